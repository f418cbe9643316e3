import CourseTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `course serve` as a process: `--write` puts each good build into the output folder, `--open`
/// hands the address to the desktop's opener, SIGTERM stops it cleanly, and so does Ctrl-C
/// while a rerun runs and a page listens for rebuilds.
@Suite struct ServeCommandTests {
    /// A port nothing listens on now.
    static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func writeFillsTheOutputFolderAndOpenHandsOverTheAddress() throws {
        let project = try TemporaryFolder()
        defer { project.cleanUp() }
        let text = try String(contentsOfFile: fixtures + "/small/00-small.md", encoding: .utf8)
        try project.write("chapters/00-small.md", text)
        let opened = project.path + "/opened.txt"
        let opener = try project.write("bin/xdg-open", "#!/bin/sh\necho \"$1\" > \"\(opened)\"\n")
        chmod(opener, 0o755)
        let port = Self.freePort()
        let server = try startCourseProcess(
            ["serve", "--port", String(port), "--write", "--open", "--quiet"], in: project.path,
            environment: ["PATH": project.path + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "")])
        defer { if server.process.isRunning { server.process.terminate() } }
        let deadline = Date().addingTimeInterval(120)
        while !server.outputSoFar.contains("Serving the course at"), server.process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        while !FileManager.default.fileExists(atPath: opened), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let address = try String(contentsOfFile: opened, encoding: .utf8)
        #expect(address == "http://127.0.0.1:\(port)/\n")
        let page = try String(contentsOfFile: project.path + "/output/small.html", encoding: .utf8)
        #expect(page.contains("class=\"experiment\"") && !page.contains("__course"))
        server.process.terminate()
        let run = try server.finish()
        #expect(run.status == 0, "\(run.errors)")
    }

    @Test func ctrlCStopsTheServerAtOnceWhileARerunRuns() throws {
        let project = try TemporaryFolder()
        defer { project.cleanUp() }
        try project.write("chapters/00-fitting.md", fittingChapter)
        let port = Self.freePort()
        let server = try startCourseProcess(["serve", "--port", String(port), "--quiet"], in: project.path)
        defer { if server.process.isRunning { server.process.terminate() } }
        let deadline = Date().addingTimeInterval(120)
        while !server.outputSoFar.contains("Serving the course at"), server.process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let base = "http://127.0.0.1:\(port)"
        let events = URLSession.shared.dataTask(with: try #require(URL(string: base + "/__course/events")))
        events.resume()
        var request = URLRequest(url: try #require(URL(string: base + "/__course/rerun")))
        request.httpMethod = "POST"
        request.httpBody = Data(
            #"{"chapter":"fitting","experiment":"fit","page":"p","values":\#(longFitValues)}"#.utf8)
        let rerun = URLSession.shared.dataTask(with: request)
        rerun.resume()
        defer {
            events.cancel()
            rerun.cancel()
        }
        Thread.sleep(forTimeInterval: 1)
        let interrupted = Date()
        kill(server.process.processIdentifier, SIGINT)
        let run = try server.finish()
        #expect(Date().timeIntervalSince(interrupted) < 3)
        #expect(run.status == 0, "\(run.errors)")
    }

    /// A connection to `port` that asked for `request` and reads what comes, a second at most per read.
    final class RawConnection {
        let socket: Int32
        private(set) var received = ""

        init(port: Int, request: String) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            var timeout = timeval(tv_sec: 1, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
            _ = request.withCString { send(socket, $0, strlen($0), 0) }
        }

        /// Reads until the text received so far contains `text`, or `seconds` pass.
        func wait(for text: String, seconds: Double = 30) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !received.contains(text), Date() < deadline {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count == 0 { break }
                if count > 0 { received += String(decoding: buffer[0..<count], as: UTF8.self) }
            }
            return received.contains(text)
        }

        deinit { close(socket) }
    }

    @Test func anEditReloadsOpenPagesABrokenOneShowsItsErrorAndNoPathLeavesTheSite() throws {
        let project = try TemporaryFolder()
        defer { project.cleanUp() }
        let text = try String(contentsOfFile: fixtures + "/small/00-small.md", encoding: .utf8)
        let chapter = try project.write("chapters/00-small.md", text)
        _ = try project.write("secret.txt", "not for the web")
        symlink(project.path + "/secret.txt", project.path + "/chapters/escape.html")
        let port = Self.freePort()
        let server = try startCourseProcess(["serve", "--port", String(port)], in: project.path)
        defer { if server.process.isRunning { server.process.terminate() } }
        let deadline = Date().addingTimeInterval(120)
        while !server.outputSoFar.contains("Serving the course at"), server.process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        for path in ["/escape.html", "/chapters/escape.html", "/../secret.txt", "/%2e%2e/secret.txt"] {
            let answer = try RawConnection(port: port, request: "GET \(path) HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(answer.wait(for: "\r\n\r\n") && answer.received.hasPrefix("HTTP/1.1 404"), "\(path)")
            #expect(!answer.received.contains("not for the web"), "\(path)")
        }
        let events = try RawConnection(
            port: port, request: "GET /__course/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
        #expect(events.wait(for: ": connected"))
        try text.replacingOccurrences(of: "Some *emphasis*", with: "Some *new emphasis*")
            .write(toFile: chapter, atomically: false, encoding: .utf8)
        #expect(events.wait(for: "event: reload"))
        let page = try RawConnection(port: port, request: "GET /small.html HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(page.wait(for: "Some <em>new emphasis</em>"))
        try text.replacingOccurrences(of: "points: 11", with: "points: 3")
            .write(toFile: chapter, atomically: false, encoding: .utf8)
        #expect(events.wait(for: "event: errors"))
        #expect(events.received.contains("chapters/00-small.md:"), "\(events.received)")
        #expect(events.received.contains("'points' is 3; it must be between 11 and 2001"))
        let kept = try RawConnection(port: port, request: "GET /small.html HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(kept.wait(for: "Some <em>new emphasis</em>"))
        #expect(events.received.components(separatedBy: "event: reload").count == 2)
        server.process.terminate()
        #expect(try server.finish().status == 0)
    }
}
