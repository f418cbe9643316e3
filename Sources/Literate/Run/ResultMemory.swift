import Experiments
import Synchronization

/// Decoded cache entries kept for the life of a process, so that a server rebuilding after each
/// save reads each entry from disk once. Keys are the disk cache's, so an entry is never stale.
public final class ResultMemory: Sendable {
    private let results = Mutex([String: ExperimentResult]())

    /// An empty memory.
    public init() {}

    func result(for key: String) -> ExperimentResult? { results.withLock { $0[key] } }

    func keep(_ result: ExperimentResult, for key: String) { results.withLock { $0[key] = result } }
}
