import Experiments

/// The condition of a claim under `expect:`.
///
/// Grammar: `OP OPERAND` with OP one of `< <= > >= == !=` and OPERAND a number or a result path
/// of the same experiment; `≈ X ± T` (also `~ X +- T`); `all OP OPERAND` for arrays;
/// `nonincreasing`, `nondecreasing` for arrays.
public indirect enum Condition: Sendable, Equatable {
    /// A comparison.
    case compare(ComparisonOperator, Operand)
    /// |value − center| ≤ tolerance; the center is a number or another result path.
    case approximately(center: Operand, tolerance: Double)
    /// Every element of an array satisfies the condition.
    case all(Condition)
    /// Each element ≤ the previous one.
    case nonincreasing
    /// Each element ≥ the previous one.
    case nondecreasing

    /// What a comparison compares against.
    public enum Operand: Sendable, Equatable {
        /// A literal number.
        case number(Double)
        /// Another result path of the same experiment.
        case path([String])
    }

    /// `<`, `<=`, `>`, `>=`, `==`, `!=`.
    public enum ComparisonOperator: String, Sendable, CaseIterable {
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case greater = ">"

        func holds(_ lhs: Double, _ rhs: Double) -> Bool {
            switch self {
            case .less: lhs < rhs
            case .lessOrEqual: lhs <= rhs
            case .greater: lhs > rhs
            case .greaterOrEqual: lhs >= rhs
            case .equal: lhs == rhs
            case .notEqual: lhs != rhs
            }
        }
    }

    /// The result paths the condition compares with.
    public var paths: [[String]] {
        switch self {
        case .compare(_, .path(let path)), .approximately(.path(let path), _): [path]
        case .all(let inner): inner.paths
        default: []
        }
    }

    /// Parses a condition, or says what is wrong with it.
    public static func parse(_ text: String) -> Result<Condition, ConditionSyntaxError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "nonincreasing" { return .success(.nonincreasing) }
        if trimmed == "nondecreasing" { return .success(.nondecreasing) }
        if trimmed.hasPrefix("all ") {
            return parse(String(trimmed.dropFirst(4))).flatMap { inner in
                if case .all = inner { return .failure(ConditionSyntaxError("'all' cannot be nested")) }
                return .success(.all(inner))
            }
        }
        for prefix in ["≈", "~"] where trimmed.hasPrefix(prefix) {
            return parseApproximately(String(trimmed.dropFirst(prefix.count)))
        }
        for comparison in ComparisonOperator.allCases where trimmed.hasPrefix(comparison.rawValue) {
            let operand = trimmed.dropFirst(comparison.rawValue.count).trimmingCharacters(in: .whitespaces)
            if let number = Double(operand), number.isFinite { return .success(.compare(comparison, .number(number))) }
            guard let path = ResultPath.parse(operand) else {
                return .failure(ConditionSyntaxError("'\(operand)' is neither a number nor a result path"))
            }
            return .success(.compare(comparison, .path(path)))
        }
        return .failure(
            ConditionSyntaxError(
                "cannot read the condition '\(trimmed)'; write e.g. \"> 0.3\", \"< other.path\", \"≈ 0.25 ± 0.01\", \"all > 0\" or \"nonincreasing\""
            ))
    }

    private static func parseApproximately(_ text: String) -> Result<Condition, ConditionSyntaxError> {
        let parts = text.components(separatedBy: text.contains("±") ? "±" : "+-").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let failure = ConditionSyntaxError(
            "write an approximate claim as \"≈ X ± T\" (or \"~ X +- T\"), X a number or a result path, T a number ≥ 0")
        guard parts.count == 2, let tolerance = Double(parts[1]), tolerance.isFinite, tolerance >= 0 else {
            return .failure(failure)
        }
        if let center = Double(parts[0]), center.isFinite {
            return .success(.approximately(center: .number(center), tolerance: tolerance))
        }
        guard let path = ResultPath.parse(parts[0]) else { return .failure(failure) }
        return .success(.approximately(center: .path(path), tolerance: tolerance))
    }

    /// Result paths this condition refers to.
    public var referencedPaths: [[String]] {
        switch self {
        case .compare(_, .path(let path)), .approximately(.path(let path), _): [path]
        case .all(let inner): inner.referencedPaths
        default: []
        }
    }
}

/// Why a condition could not be read.
public struct ConditionSyntaxError: Error, Sendable {
    /// The explanation.
    public var message: String

    init(_ message: String) {
        self.message = message
    }
}
