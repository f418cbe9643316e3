/// How a run is stopped before its end: every kind calls ``checkpoint()`` between its steps (a
/// training step, a trial, a variant), and the check throws when the run should stop, because a
/// newer request replaced it or its time is up. The build never stops a run: it passes
/// ``unlimited``.
public struct RunControl: Sendable {
    private let check: @Sendable () throws -> Void

    /// A control whose checkpoint calls `check`, which throws to stop the run.
    public init(check: @escaping @Sendable () throws -> Void) {
        self.check = check
    }

    /// A control that never stops a run.
    public static let unlimited = RunControl {}

    /// Throws if the run should stop now.
    public func checkpoint() throws { try check() }
}
