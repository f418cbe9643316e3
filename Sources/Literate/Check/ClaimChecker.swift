import Experiments

/// The outcome of one claim after running.
public struct ClaimOutcome: Sendable {
    /// The claim.
    public var claim: Claim
    /// The value found at its path (nil when the path does not exist).
    public var value: ResultValue?
    /// Whether the condition holds.
    public var holds: Bool
    /// Why it failed, for the diagnostic.
    public var explanation: String
    /// Whether the claim could not be evaluated at all (a missing path, a value of the wrong
    /// shape): a mistake in the chapter, never a failing number, so `--keep-going` does not
    /// soften it.
    public var isMalformed = false
    /// Notes for a malformed claim, e.g. a suggestion.
    public var notes: [String] = []
    /// With several seeds, the first run (an index into `runSeeds`) on which the claim fails.
    public var failingRun: Int? = nil
}

/// Evaluates claims against an experiment's results (with `parameters` included).
enum ClaimChecker {
    /// The outcome of `claim` on an experiment's runs: a claim that names a plain result (not a
    /// statistic, `seeds.K` or a parameter) must hold on every seed, and a failure names the first
    /// that breaks it; any other claim is evaluated once.
    static func evaluate(_ claim: Claim, on outcome: ExperimentOutcome) -> ClaimOutcome {
        let paths = [claim.path] + claim.condition.paths
        guard outcome.directive.hasSeveralSeeds,
            paths.contains(where: { !SeedPlan.reservedNames.contains($0.first ?? "") })
        else { return evaluate(claim, on: outcome.addressableResults) }
        var first: ClaimOutcome?
        for run in outcome.runs.indices {
            var result = evaluate(claim, on: outcome.results(ofRun: run))
            if result.isMalformed { return result }
            if !result.holds {
                result.failingRun = run
                return result
            }
            first = first ?? result
        }
        return first!
    }

    /// The outcome of `claim` on `results`.
    static func evaluate(_ claim: Claim, on results: ResultValue) -> ClaimOutcome {
        let pathText = claim.path.joined(separator: ".")
        guard let value = results.value(at: claim.path) else {
            return ClaimOutcome(
                claim: claim, value: nil, holds: false, explanation: "there is no result '\(pathText)'",
                isMalformed: true, notes: Suggestions.notes(for: pathText, in: results.leafPaths, listing: "results"))
        }
        if let missing = claim.condition.paths.first(where: { results.value(at: $0) == nil }) {
            let missingText = missing.joined(separator: ".")
            return ClaimOutcome(
                claim: claim, value: value, holds: false, explanation: "there is no result '\(missingText)'",
                isMalformed: true, notes: Suggestions.notes(for: missingText, in: results.leafPaths, listing: "results")
            )
        }
        switch check(claim.condition, value: value, results: results) {
        case .success(let holds):
            let explanation =
                "\(pathText) is \(value), which is not \(claim.text)"
                + operands(of: claim.condition, in: results)
            return ClaimOutcome(claim: claim, value: value, holds: holds, explanation: holds ? "" : explanation)
        case .failure(let error):
            return ClaimOutcome(
                claim: claim, value: value, holds: false, explanation: error.message, isMalformed: !error.isNumeric)
        }
    }

    /// The value of the path a condition compares with, e.g. " (1)" after "not > derivative.relu".
    private static func operands(of condition: Condition, in results: ResultValue) -> String {
        let shown = condition.paths.compactMap { results.value(at: $0)?.description }
        return shown.isEmpty ? "" : " (" + shown.joined(separator: ", ") + ")"
    }

    private static func check(_ condition: Condition, value: ResultValue, results: ResultValue) -> Result<
        Bool, ClaimEvaluationError
    > {
        switch condition {
        case .compare(let comparison, let operand):
            guard let number = value.number else {
                return .failure(.init("the value is not a number; use 'all …' for arrays"))
            }
            if let problem = notFinite(number) { return .failure(problem) }
            return operandValue(operand, results: results).map { comparison.holds(number, $0) }
        case .approximately(let center, let tolerance):
            guard let number = value.number else { return .failure(.init("the value is not a number")) }
            if let problem = notFinite(number) { return .failure(problem) }
            return operandValue(center, results: results).map { abs(number - $0) <= tolerance }
        case .all(let inner):
            guard let elements = value.elements else { return .failure(.init("'all' needs an array")) }
            var holds = true
            for element in elements {
                switch check(inner, value: element, results: results) {
                case .success(let elementHolds): holds = holds && elementHolds
                case .failure(let error): return .failure(error)
                }
            }
            return .success(holds)
        case .nonincreasing, .nondecreasing:
            guard let numbers = value.elements?.compactMap(\.number), numbers.count == value.elements?.count else {
                return .failure(
                    .init(
                        "'\(condition == .nonincreasing ? "nonincreasing" : "nondecreasing")' needs an array of numbers"
                    ))
            }
            if let problem = numbers.lazy.compactMap(notFinite).first { return .failure(problem) }
            let pairs = zip(numbers, numbers.dropFirst())
            return .success(condition == .nonincreasing ? pairs.allSatisfy { $1 <= $0 } : pairs.allSatisfy { $1 >= $0 })
        }
    }

    private static func operandValue(_ operand: Condition.Operand, results: ResultValue) -> Result<
        Double, ClaimEvaluationError
    > {
        switch operand {
        case .number(let number): return .success(number)
        case .path(let path):
            guard let number = results.value(at: path)?.number else {
                return .failure(.init("'\(path.joined(separator: "."))' is not a number in this experiment's results"))
            }
            if let problem = notFinite(number) { return .failure(problem) }
            return .success(number)
        }
    }

    /// A claim never holds on NaN or an infinity: every comparison with them would mislead.
    private static func notFinite(_ number: Double) -> ClaimEvaluationError? {
        number.isFinite
            ? nil
            : ClaimEvaluationError(
                isNumeric: true,
                "the value is \(number.isNaN ? "NaN" : number > 0 ? "+∞" : "−∞"), not a finite number, so no claim on it holds"
            )
    }
}

struct ClaimEvaluationError: Error {
    var message: String
    /// The claim was well-formed but met a number no claim can hold on (NaN or an infinity).
    var isNumeric = false
    init(isNumeric: Bool = false, _ message: String) {
        self.message = message
        self.isNumeric = isNumeric
    }
}
