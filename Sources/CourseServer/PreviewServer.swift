import Foundation
import Hummingbird
import Literate
import ServiceLifecycle

/// The HTTP side of `course serve`: the live site's files, with a small script injected into
/// every page that reloads it after a rebuild and shows a failed build's errors over it.
public enum PreviewServer {
    /// Where the injected script and the event stream live (no course file can be named so).
    static let reservedPrefix = "/__course/"

    /// The router over `site`.
    public static func router(for site: LiveSite) -> Router<BasicRequestContext> {
        let router = Router()
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
        guard let name = fileName(for: path), let data = site.file(name) else { return notFound(path) }
        var body = data
        if name.hasSuffix(".html") { body = injectingLiveScript(into: data) }
        return Response(
            status: .ok, headers: [.contentType: contentType(of: name), .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The site file a request path names, or nil for a path that tries to leave the site.
    static func fileName(for path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }), !decoded.contains("\\") else { return nil }
        let name = segments.joined(separator: "/")
        return name.isEmpty ? "index.html" : name
    }

    /// A page with the live script before `</body>`; the built pages themselves never carry it.
    static func injectingLiveScript(into page: Data) -> Data {
        let tag = "<script src=\"\(reservedPrefix)live.js\"></script>\n"
        let text = String(decoding: page, as: UTF8.self)
        guard let end = text.range(of: "</body>", options: .backwards) else { return Data((text + tag).utf8) }
        return Data(text.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: tag).utf8)
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

    /// Reloads the page after a good build; shows a failed build's errors over the page.
    static let liveScript = """
        // Injected by `course serve` only: reload after each good build, show a failed one's errors.
        (function () {
          var overlay = null;
          function show(lines) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:1000;" +
                "background:#2b0d0d;color:#ffe9e9;font:13px/1.45 ui-monospace,monospace;padding:12px 16px;" +
                "border-top:3px solid #e5484d";
              document.body.appendChild(overlay);
            }
            overlay.innerHTML = "";
            var title = document.createElement("p");
            title.style.cssText = "margin:0 0 6px;font-weight:bold";
            title.textContent = "The last build failed; this page is the last good build. Fix the chapter and save.";
            var pre = document.createElement("pre");
            pre.style.cssText = "margin:0;white-space:pre-wrap";
            pre.textContent = lines.join("\\n");
            overlay.appendChild(title);
            overlay.appendChild(pre);
          }
          var events = new EventSource("/__course/events");
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("errors", function (event) { show(JSON.parse(event.data)); });
        })();
        """
}
