import Foundation
import Hummingbird
import Literate
import Synchronization

/// The site `course serve` serves: the files and experiments of the last good build, the errors
/// of the last build if it failed, and the browsers waiting to hear about the next one.
public final class LiveSite: Sendable {
    private struct State {
        var bodies: [String: ByteBuffer] = [:]
        var experiments = LiveExperiments(chapters: [], cache: nil)
        var errors: [String] = []
        var builds = 0
        var listeners: [Int: AsyncStream<String>.Continuation] = [:]
        var nextListener = 0
    }

    private let state = Mutex(State())
    private let cache: ResultCache?

    /// An empty site whose reruns go through `cache`; ``update(with:)`` fills it.
    public init(cache: ResultCache? = nil) {
        self.cache = cache
    }

    /// The body served for the file `name` of the last good build (a page with the live script),
    /// made once per build: every response shares its bytes.
    public func body(_ name: String) -> ByteBuffer? { state.withLock { $0.bodies[name] } }

    /// The experiments of the last good build, for reruns.
    public var experiments: LiveExperiments { state.withLock { $0.experiments } }

    /// The errors of the last build, empty when it succeeded.
    public var errors: [String] { state.withLock { $0.errors } }

    /// How many builds have finished.
    public var builds: Int { state.withLock { $0.builds } }

    /// Takes a build's outcome: a good one replaces the files and tells every browser to reload;
    /// a failing one keeps the files and tells every browser its errors.
    public func update(with build: SiteBuild) {
        let failed = build.diagnostics.hasErrors
        let lines = build.diagnostics.map(\.description)
        let experiments = LiveExperiments(chapters: failed ? [] : build.chapters, cache: cache)
        let served = Dictionary(
            uniqueKeysWithValues: (failed ? [:] : build.files).map { name, data in
                (
                    name,
                    ByteBuffer(bytes: name.hasSuffix(".html") ? PreviewServer.injectingLiveScript(into: data) : data)
                )
            })
        let event = failed ? Self.event("errors", data: Self.jsonArray(lines)) : Self.event("reload", data: "")
        let listeners = state.withLock { state -> [AsyncStream<String>.Continuation] in
            if failed {
                state.errors = lines
            } else {
                state.bodies = served
                state.experiments = experiments
                state.errors = []
            }
            state.builds += 1
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield(event) }
    }

    /// A stream of Server-Sent Events for one browser: first the current errors (if any), then
    /// one event per build. It ends when the browser goes away.
    public func events() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let (id, errors) = state.withLock { state in
            let id = state.nextListener
            state.nextListener += 1
            state.listeners[id] = continuation
            return (id, state.errors)
        }
        continuation.yield(errors.isEmpty ? ": connected\n\n" : Self.event("errors", data: Self.jsonArray(errors)))
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every browser's stream (when the server stops).
    public func close() {
        let listeners = state.withLock { state in
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }

    /// One Server-Sent Event (`data` on one line: it is JSON or empty).
    static func event(_ name: String, data: String) -> String { "event: \(name)\ndata: \(data)\n\n" }

    private static func jsonArray(_ lines: [String]) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: lines, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
