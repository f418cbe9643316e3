import Experiments
import Foundation
import Synchronization

/// One run to do: one seed of a directive of a chapter, at its own parameters or at one point of
/// its `explore:` grid.
struct ExperimentJob: Sendable {
    /// Index of the chapter in the build.
    var chapter: Int
    /// The directive, with the grid point's parameters when there is one.
    var directive: ExperimentDirective
    /// Which of the directive's runs this is (an index into its `runSeeds`).
    var run: Int
    /// Whether to ignore a cached result (it is still stored afterwards).
    var refresh: Bool
    /// The `explore:` grid point this run belongs to, or nil for the directive as written.
    var gridPoint: Int? = nil

    /// The seed this run uses.
    var seed: UInt64 { directive.runSeeds[run] }
}

extension ExperimentJob {
    /// One job per seed of each directive of `chapters`, in order; `refresh` says which
    /// directives to rerun whatever the cache holds.
    static func jobs(for chapters: [ParsedChapter], refresh: (ParsedChapter, ExperimentDirective) -> Bool)
        -> [ExperimentJob]
    {
        chapters.enumerated().flatMap { index, chapter in
            chapter.directives.flatMap { directive in
                let again = refresh(chapter, directive)
                return directive.runSeeds.indices.map {
                    ExperimentJob(chapter: index, directive: directive, run: $0, refresh: again)
                }
            }
        }
    }
}

extension ExperimentJob {
    /// One job per seed of every grid point other than the default one, for each explored
    /// directive of `chapters`, in order.
    static func gridJobs(for chapters: [ParsedChapter], refresh: (ParsedChapter, ExperimentDirective) -> Bool)
        -> [ExperimentJob]
    {
        chapters.enumerated().flatMap { index, chapter in
            chapter.directives.flatMap { directive -> [ExperimentJob] in
                guard let grid = directive.explore else { return [] }
                let again = refresh(chapter, directive)
                return (0..<grid.pointCount).filter { $0 != grid.defaultPoint }.flatMap { point in
                    directive.runSeeds.indices.map {
                        ExperimentJob(
                            chapter: index, directive: directive.atPoint(point), run: $0, refresh: again,
                            gridPoint: point)
                    }
                }
            }
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

    /// The results in the order of `work`; each is independent of the job count. Workers take
    /// jobs from one shared queue, the costliest first, so a long run never starts last.
    func run(_ work: [ExperimentJob]) -> [Result<ExperimentResult, ExperimentError>] {
        let results = Mutex([Result<ExperimentResult, ExperimentError>?](repeating: nil, count: work.count))
        let costs = work.map { $0.directive.kind.cost($0.directive.parameters).work }
        let queue = work.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        let taken = Atomic<Int>(0)
        let finished = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, work.count))) { _ in
            while true {
                let position = taken.add(1, ordering: .relaxed).oldValue
                guard position < queue.count else { break }
                let index = queue[position]
                let outcome = runOne(work[index])
                results.withLock { $0[index] = outcome.result }
                let done = finished.add(1, ordering: .relaxed).newValue
                progress.report(
                    "[\(done)/\(work.count)] \(Self.describe(work[index]))\(outcome.cached ? " (cached)" : "")")
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// E.g. "dead-relu dying" or "dead-relu dying, seed 2 of 5".
    private static func describe(_ job: ExperimentJob) -> String {
        let directive = job.directive
        let seeds = directive.hasSeveralSeeds ? ", seed \(job.run + 1) of \(directive.runSeeds.count)" : ""
        let point = job.gridPoint.map { " (\(directive.pointName($0)))" } ?? ""
        return "\(directive.kind.name) \(directive.id)\(point)\(seeds)"
    }

    private func runOne(_ job: ExperimentJob) -> (result: Result<ExperimentResult, ExperimentError>, cached: Bool) {
        let directive = job.directive
        let key = cache?.key(kind: directive.kind.name, parameters: directive.parameters, seed: job.seed)
        if let cache, let key, !job.refresh, let stored = cache.load(key) { return (.success(stored), true) }
        do {
            let result = try directive.kind.run(directive.parameters, seed: job.seed)
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
