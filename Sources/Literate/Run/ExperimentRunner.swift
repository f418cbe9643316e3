import Experiments
import Foundation
import Synchronization

/// One experiment to run: a directive of a chapter.
struct ExperimentJob: Sendable {
    /// Index of the chapter in the build.
    var chapter: Int
    /// The directive.
    var directive: ExperimentDirective
    /// Whether to ignore a cached result (it is still stored afterwards).
    var refresh: Bool
}

extension ExperimentJob {
    /// One job per directive of `chapters`, in order; `refresh` says which to rerun whatever the
    /// cache holds.
    static func jobs(for chapters: [ParsedChapter], refresh: (ParsedChapter, ExperimentDirective) -> Bool)
        -> [ExperimentJob]
    {
        chapters.enumerated().flatMap { index, chapter in
            chapter.directives.map { ExperimentJob(chapter: index, directive: $0, refresh: refresh(chapter, $0)) }
        }
    }
}

/// Runs experiments in parallel, through the cache, reporting progress on stderr.
struct ExperimentRunner: Sendable {
    /// Experiments run at once.
    var jobs: Int
    /// The cache, or nil for `--no-cache`.
    var cache: ResultCache?
    /// Where progress lines go.
    var progress: Progress

    /// The results in the order of `work`; each is independent of the job count.
    func run(_ work: [ExperimentJob]) -> [Result<ExperimentResult, ExperimentError>] {
        let results = Mutex([Result<ExperimentResult, ExperimentError>?](repeating: nil, count: work.count))
        let finished = Atomic<Int>(0)
        let workers = max(1, min(jobs, work.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: work.count, by: workers) {
                let outcome = runOne(work[index])
                results.withLock { $0[index] = outcome.result }
                let done = finished.add(1, ordering: .relaxed).newValue
                let directive = work[index].directive
                progress.report(
                    "[\(done)/\(work.count)] \(directive.kind.name) \(directive.id)\(outcome.cached ? " (cached)" : "")"
                )
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    private func runOne(_ job: ExperimentJob) -> (result: Result<ExperimentResult, ExperimentError>, cached: Bool) {
        let directive = job.directive
        let key = cache?.key(kind: directive.kind.name, parameters: directive.parameters, seed: directive.seed)
        if let cache, let key, !job.refresh, let stored = cache.load(key) { return (.success(stored), true) }
        do {
            let result = try directive.kind.run(directive.parameters, seed: directive.seed)
            if let cache, let key { cache.store(result, key: key) }
            return (.success(result), false)
        } catch let error as ExperimentError {
            return (.failure(error), false)
        } catch {
            return (.failure(ExperimentError("\(error)")), false)
        }
    }
}

/// Progress lines on stderr: overwritten in place on a terminal, plain lines otherwise, or none.
public struct Progress: Sendable {
    /// Whether anything is printed.
    public var enabled: Bool

    /// A progress reporter.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    private static let isTerminal = isatty(STDERR_FILENO) == 1

    func report(_ line: String) {
        guard enabled else { return }
        let text = Self.isTerminal ? "\r\u{1B}[2K" + line : line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends a live line on a terminal.
    func finish() {
        guard enabled, Self.isTerminal else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
