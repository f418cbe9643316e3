import Experiments
import Foundation
import Hummingbird
import Literate
import ServiceLifecycle

/// The HTTP side of `course serve`: the live site's files, with a small script injected into
/// every page that reloads it after a rebuild, shows a failed build's errors over it, and gives
/// each experiment a Play panel whose reruns `pool` runs.
public enum PreviewServer {
    /// Where the injected script and the event stream live (no course file can be named so).
    static let reservedPrefix = "/__course/"

    /// The router over `site`, running reruns in `pool`.
    public static func router(for site: LiveSite, pool: RerunPool) -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/__course/rerun") { request, _ in await rerun(request, site: site, pool: pool) }
        // A page that goes away (closed, reloaded, left) says so with a beacon: its run stops.
        router.post("/__course/stop") { request, _ -> Response in
            var request = request
            guard let body = try? await request.collectBody(upTo: 256) else {
                return json(RerunProblem(status: 413, "the request is over 256 bytes"))
            }
            pool.stop(page: String(decoding: body.readableBytesView, as: UTF8.self))
            return Response(status: .noContent)
        }
        router.get("/__course/play") { request, _ -> Response in
            guard let slug = request.uri.queryParameters["chapter"].map(String.init),
                let panels = site.experiments.panels(chapter: slug)
            else { return json(RerunProblem(status: 404, "no such chapter")) }
            let body = ResultValue.object(["panels": .object(panels.mapValues(ResultValue.string))])
            return json(Data(JSONText.render(body).utf8), status: .ok)
        }
        router.get("/__course/events") { _, _ -> Response in
            let events = site.events()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    // An open stream would keep the server's graceful shutdown (Ctrl-C) waiting.
                    try await withGracefulShutdownHandler {
                        for await event in events { try await writer.write(ByteBuffer(string: event)) }
                    } onGracefulShutdown: {
                        site.close()
                    }
                    try await writer.finish(nil)
                })
        }
        router.get("/__course/live.js") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: liveScript)))
        }
        router.get("/") { _, _ in serve("index.html", from: site) }
        router.get("**") { request, _ in serve(request.uri.path, from: site) }
        return router
    }

    /// The response for a request path: the file, or the 404 page. Paths are looked up among the
    /// build's files by name, so nothing outside the site can be reached; a path with a `..`
    /// segment (written or percent-encoded) is refused outright.
    static func serve(_ path: String, from site: LiveSite) -> Response {
        guard let name = fileName(for: path), let body = site.body(name) else { return notFound(path) }
        return Response(
            status: .ok, headers: [.contentType: contentType(of: name), .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: body))
    }

    /// The site file a request path names, or nil for a path that tries to leave the site.
    static func fileName(for path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }), !decoded.contains("\\") else { return nil }
        let name = segments.joined(separator: "/")
        return name.isEmpty ? "index.html" : name
    }

    /// Validates, queues and runs one rerun; every failure is a JSON error with a 4xx or 5xx status.
    /// A graceful shutdown (Ctrl-C) stops the pool, so the server need not wait for the run.
    static func rerun(_ request: Request, site: LiveSite, pool: RerunPool) async -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: RerunRequest.maximumBodySize)
        } catch {
            return json(RerunProblem(status: 413, "the request is over \(RerunRequest.maximumBodySize) bytes"))
        }
        let parsed = RerunRequest.parse(Data(body.readableBytesView))
        guard case .success(let rerun) = parsed else {
            if case .failure(let problem) = parsed { return json(problem) }
            return json(RerunProblem(status: 400, "unreadable request"))
        }
        switch site.experiments.prepare(rerun) {
        case .failure(let problem): return json(problem)
        case .success(let prepared):
            do {
                let answer = try await withGracefulShutdownHandler {
                    try await pool.run(page: rerun.page) { control in try prepared.run(control: control) }
                } onGracefulShutdown: {
                    pool.close()
                }
                return json(answer, status: .ok)
            } catch let stop as RerunPool.Stop {
                return json(problem(for: stop, pool: pool))
            } catch let problem as RerunProblem {
                return json(problem)
            } catch {
                return json(RerunProblem(status: 500, "the rerun failed: \(error)"))
            }
        }
    }

    /// What the page hears when its run stopped early.
    static func problem(for stop: RerunPool.Stop, pool: RerunPool) -> RerunProblem {
        switch stop {
        case .replaced: RerunProblem(status: 409, "a newer rerun from this page replaced this one")
        case .timedOut:
            RerunProblem(
                status: 504,
                "the rerun took longer than \(pool.timeLimit.components.seconds) s, the limit; lower the values that size its work"
            )
        case .abandoned: RerunProblem(status: 408, "the page stopped waiting")
        case .queueFull: RerunProblem(status: 503, "\(pool.queueLimit) reruns are already waiting; try again shortly")
        case .closed: RerunProblem(status: 503, "the server is stopping")
        }
    }

    private static func json(_ problem: RerunProblem) -> Response {
        json(problem.json, status: HTTPResponse.Status(code: problem.status))
    }

    private static func json(_ data: Data, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A page with the live script before `</body>`; the built pages themselves never carry it.
    static func injectingLiveScript(into page: Data) -> Data {
        let tag = Data("<script src=\"\(reservedPrefix)live.js\"></script>\n".utf8)
        guard let end = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + tag }
        var served = page
        served.insert(contentsOf: tag, at: end.lowerBound)
        return served
    }

    /// The `Content-Type` for a file name.
    static func contentType(of name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "csv", "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    private static func notFound(_ path: String) -> Response {
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title>
            <link rel="stylesheet" href="/style.css"></head>
            <body><main><h1>Not found</h1><p>This course has no page <code>\(escaped(path))</code>. \
            <a href="/">The table of contents</a> lists every chapter.</p></main></body></html>
            """
        return Response(
            status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
