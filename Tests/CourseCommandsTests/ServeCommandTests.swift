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
}
