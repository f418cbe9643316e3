import CourseTestSupport
import Foundation
import Hummingbird
import Literate
import Synchronization
import Testing

@testable import CourseServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `course serve`: the files it serves, what it refuses, rebuilds and what browsers hear of them.
@Suite struct PreviewServerTests {
    static func smallSite() -> SiteBuild {
        SiteBuilder.build(BuildOptions(chapters: fixtures + "/small", jobs: 1, cacheDirectory: nil))
    }

    @Test func pathsMapToSiteFilesAndNoneLeavesTheSite() {
        #expect(PreviewServer.fileName(for: "/") == "index.html")
        #expect(PreviewServer.fileName(for: "/style.css") == "style.css")
        #expect(PreviewServer.fileName(for: "/small.html") == "small.html")
        for escape in ["/../etc/passwd", "/a/../../b", "/%2e%2e/etc/passwd", "/%2E%2E%2Fsecret", "/./x", "/a\\..\\b"] {
            #expect(PreviewServer.fileName(for: escape) == nil, "\(escape)")
        }
        #expect(PreviewServer.contentType(of: "a.svg") == "image/svg+xml")
        #expect(PreviewServer.contentType(of: "small.results.json") == "application/json")
    }

    @Test func servedPagesCarryTheLiveScriptAndBuiltPagesNever() throws {
        let build = Self.smallSite()
        let page = try #require(build.files["small.html"])
        #expect(!String(decoding: page, as: UTF8.self).contains("__course"))
        let served = String(decoding: PreviewServer.injectingLiveScript(into: page), as: UTF8.self)
        #expect(served.contains("<script src=\"/__course/live.js\"></script>\n</body>"))
        let tag = "<script src=\"/__course/live.js\"></script>\n"
        #expect(served.replacingOccurrences(of: tag, with: "") == String(decoding: page, as: UTF8.self))
    }

    @Test func aFailedBuildKeepsTheLastGoodSiteAndTellsBrowsersItsErrors() async throws {
        let site = LiveSite()
        site.update(with: Self.smallSite())
        var events = site.events().makeAsyncIterator()
        #expect(await events.next() == ": connected\n\n")
        let failing = SiteBuild(
            diagnostics: [.error(SourceLocation(file: "chapters/00-a.md", line: 3, column: 7), "broken")],
            chapters: [], files: [:])
        site.update(with: failing)
        let errors = try #require(await events.next())
        #expect(errors.hasPrefix("event: errors\ndata: [\"chapters/00-a.md:3:7: error: broken\"]"))
        #expect(site.body("small.html") != nil && site.errors.count == 1)
        // A browser that connects now hears the errors at once.
        var late = site.events().makeAsyncIterator()
        #expect(await late.next()?.hasPrefix("event: errors") == true)
        site.update(with: Self.smallSite())
        #expect(await events.next() == "event: reload\ndata: \n\n")
        #expect(site.errors.isEmpty && site.builds == 3)
    }

    @Test func aBurstOfSavesGivesOneRebuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = try folder.write("chapters/00-a.md", "one")
        let watcher = SiteWatcher(paths: [folder.path + "/chapters", folder.path + "/course.yml"], interval: 0.05)
        let calls = Mutex(0)
        watcher.start { calls.withLock { $0 += 1 } }
        defer { watcher.stop() }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(calls.withLock { $0 } == 0)
        for text in ["two", "three!", "four!!"] {
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.02)
        }
        Thread.sleep(forTimeInterval: 0.4)
        #expect(calls.withLock { $0 } == 1)
        _ = try folder.write("course.yml", "title: T\n")
        Thread.sleep(forTimeInterval: 0.4)
        #expect(calls.withLock { $0 } == 2)
    }

    /// Serves `build` (the small site) on an ephemeral port for `body`, which gets the base
    /// address and the server's rerun pool.
    static func withServer(
        _ build: SiteBuild = smallSite(), _ body: (String, RerunPool) async throws -> Void
    ) async throws {
        let site = LiveSite()
        site.update(with: build)
        let pool = RerunPool(workers: 1)
        defer { pool.close() }
        let port = Mutex(0)
        let application = Application(
            router: PreviewServer.router(for: site, pool: pool),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in port.withLock { $0 = channel.localAddress?.port ?? 0 } })
        let server = Task { try await application.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        for _ in 0..<100 where port.withLock({ $0 }) == 0 { try await Task.sleep(for: .milliseconds(20)) }
        try await body("http://127.0.0.1:\(port.withLock { $0 })", pool)
    }

    @Test func theServerAnswersOverHTTPWithFilesA404AndNoEscapes() async throws {
        try await Self.withServer { base, _ in try await Self.checkFiles(base) }
    }

    static func checkFiles(_ base: String) async throws {
        let (page, pageStatus, pageType) = try await Self.get(base + "/small.html")
        #expect(pageStatus == 200 && pageType == "text/html; charset=utf-8")
        #expect(page.contains("/__course/live.js"))
        #expect(try await Self.get(base + "/").1 == 200)
        let (style, _, styleType) = try await Self.get(base + "/style.css")
        #expect(styleType == "text/css; charset=utf-8" && style.contains("--text"))
        let (missing, missingStatus, _) = try await Self.get(base + "/nope.html")
        #expect(missingStatus == 404 && missing.contains("has no page"))
        #expect(try await Self.get(base + "/%2e%2e/%2e%2e/etc/passwd").1 == 404)
        let (script, _, scriptType) = try await Self.get(base + "/__course/live.js")
        #expect(scriptType == "text/javascript; charset=utf-8" && script.contains("EventSource"))
    }

    @Test func aRerunAnswersWithItsPointAndABadRequestWithAJSONError() async throws {
        try await Self.withServer { base, _ in
            let good = #"{"chapter":"small","experiment":"tiny","page":"p","values":{"at":"-1"}}"#
            let (answer, status) = try await Self.post(base + "/__course/rerun", good)
            #expect(status == 200, "\(answer)")
            let point = try #require(
                (try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any])?["point"]
                    as? [String: Any])
            #expect((point["claims"] as? [[String: Any]])?.first?["holds"] as? Bool == false)
            #expect((point["refs"] as? [String: String])?["tiny.parameters.at"] == "−1")
            let bad: [(body: String, status: Int, says: String)] = [
                ("{not json", 400, "must be a JSON object"),
                (#"{"chapter":1,"experiment":"tiny","page":"p","values":{}}"#, 400, "must each be text"),
                (#"{"chapter":"nope","experiment":"tiny","page":"p","values":{}}"#, 404, "no chapter 'nope'"),
                (#"{"chapter":"small","experiment":"nope","page":"p","values":{}}"#, 404, "no experiment 'nope'"),
                (#"{"chapter":"small","experiment":"tiny","page":"p","values":{"at":"x"}}"#, 422, "not valid"),
                (String(repeating: "x", count: 20_000), 413, "over 16384 bytes"),
            ]
            for request in bad {
                let (text, code) = try await Self.post(base + "/__course/rerun", request.body)
                #expect(code == request.status, "\(request.body.prefix(60)): \(text)")
                let error = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["error"]
                #expect((error as? String)?.contains(request.says) == true, "\(text)")
            }
            let (panels, panelStatus, _) = try await Self.get(base + "/__course/play?chapter=small")
            #expect(panelStatus == 200 && panels.contains("tiny-play-at"))
            #expect(try await Self.get(base + "/__course/play?chapter=nope").1 == 404)
            // The server is still there after all of that.
            #expect(try await Self.get(base + "/small.html").1 == 200)
        }
    }

    @Test func aPageThatGoesAwayStopsItsRun() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try folder.write("chapters/00-fitting.md", fittingChapter)
        let build = SiteBuilder.build(BuildOptions(chapters: folder.path + "/chapters", jobs: 1, cacheDirectory: nil))
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
        try await Self.withServer(build) { base, pool in
            let body = #"{"chapter":"fitting","experiment":"fit","page":"p1","values":\#(longFitValues)}"#
            let rerun = Task { try await Self.post(base + "/__course/rerun", body) }
            for _ in 0..<250 where pool.load.running == 0 { try await Task.sleep(for: .milliseconds(20)) }
            #expect(pool.load == (1, 0))
            let clock = ContinuousClock()
            let gone = clock.now
            // What the page's beacon sends; another page's name stops nothing.
            #expect(try await Self.post(base + "/__course/stop", "p2").1 == 204)
            #expect(pool.load == (1, 0))
            #expect(try await Self.post(base + "/__course/stop", "p1").1 == 204)
            let (answer, status) = try await rerun.value
            #expect(status == 408 && answer.contains("the page stopped waiting"), "\(answer)")
            #expect(clock.now - gone < .seconds(2))
            #expect(pool.load == (0, 0))
            #expect(try await Self.post(base + "/__course/stop", String(repeating: "x", count: 300)).1 == 413)
        }
    }

    /// The body and status of a POST of `body`.
    static func post(_ address: String, _ body: String) async throws -> (String, Int) {
        var request = URLRequest(url: try #require(URL(string: address)))
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let error { return continuation.resume(throwing: error) }
                continuation.resume(
                    returning: (
                        String(decoding: data ?? Data(), as: UTF8.self), (response as? HTTPURLResponse)?.statusCode ?? 0
                    ))
            }.resume()
        }
    }

    /// The body, status and content type of a GET.
    static func get(_ address: String) async throws -> (String, Int, String) {
        let url = try #require(URL(string: address))
        return try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: url) { data, response, error in
                if let error { return continuation.resume(throwing: error) }
                let http = response as? HTTPURLResponse
                continuation.resume(
                    returning: (
                        String(decoding: data ?? Data(), as: UTF8.self), http?.statusCode ?? 0,
                        http?.value(forHTTPHeaderField: "Content-Type") ?? ""
                    ))
            }.resume()
        }
    }
}
