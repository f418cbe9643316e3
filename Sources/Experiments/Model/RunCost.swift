/// What one run of a kind needs, estimated from its parameters before anything runs, so that a
/// directive that would take minutes or gigabytes is refused with a clear error instead.
public struct RunCost: Sendable, Equatable {
    /// Arithmetic, in multiply-adds; an element-wise operation and a training step's fixed
    /// overhead are counted in the same unit.
    public var work: Double
    /// Peak memory, in bytes.
    public var bytes: Double

    /// A cost of `work` units and `bytes` of memory.
    public init(work: Double, bytes: Double) {
        self.work = work
        self.bytes = bytes
    }

    /// Nothing.
    public static let zero = RunCost(work: 0, bytes: 0)

    /// The most one directive may cost: about 20 seconds of one core of the machines the course is
    /// built on (measured, with a margin, to stay under a minute), and 1 GB with room for the process.
    public static let limit = RunCost(work: 6e10, bytes: 800_000_000)

    /// Work done one after the other: the works add, the peak memory is the larger.
    public static func + (lhs: RunCost, rhs: RunCost) -> RunCost {
        RunCost(work: lhs.work + rhs.work, bytes: max(lhs.bytes, rhs.bytes))
    }

    /// The same work `count` times over (memory is reused).
    public static func * (count: Int, cost: RunCost) -> RunCost {
        RunCost(work: Double(count) * cost.work, bytes: cost.bytes)
    }

    /// Whether either figure is over the limit's.
    public func exceeds(_ limit: RunCost) -> Bool {
        work > limit.work || bytes > limit.bytes
    }

    /// E.g. "3.2e9 multiply-adds and 120 MB".
    public var description: String {
        let megabytes = bytes / 1_000_000
        let memory =
            megabytes >= 1000 ? "\(Self.rounded(megabytes / 1000)) GB" : "\(Self.rounded(max(megabytes, 0.1))) MB"
        return "\(Self.scientific(work)) multiply-adds and \(memory)"
    }

    private static func rounded(_ value: Double) -> String {
        value >= 10 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }

    private static func scientific(_ value: Double) -> String {
        guard value >= 1000 else { return String(Int(value.rounded())) }
        var exponent = 0
        var mantissa = value
        while mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        return "\((mantissa * 10).rounded() / 10)e\(exponent)"
    }
}
