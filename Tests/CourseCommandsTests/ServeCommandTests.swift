import CourseTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `course serve` as a process: `--write` puts each good build into the output folder, `--open`
/// hands the address to the desktop's opener, and SIGTERM stops it cleanly.
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
}
