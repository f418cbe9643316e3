import Experiments

/// Checks, before anything runs, that a reference or claim names a result its experiment will
/// produce, against the kind's documented result schema. `check` and `build` report the same
/// errors, since both parse with it.
enum ResultPathCheck {
    /// What the place using the path needs.
    enum Need {
        /// One value (a reference, a comparison, an operand).
        case value
        /// An array (`all …`, `nonincreasing`, `nondecreasing`).
        case array
    }

    /// Why `path` does not name what is needed among `directive`'s results, or nil if it does.
    static func problem(
        _ path: [String], of directive: ExperimentDirective, need: Need, budget: inout Suggestions.Budget
    )
        -> (message: String, notes: [String])?
    {
        let written = path.joined(separator: ".")
        let full = "\(directive.id).\(written)"
        if path.first == "parameters" { return parameterProblem(path, of: directive, budget: &budget) }
        switch directive.kind.lookUp(path, parameters: directive.parameters) {
        case .value:
            return need == .array ? ("'\(full)' is one value, not an array; compare it with <, >, ≈ …", []) : nil
        case .array(let count):
            guard need == .value else { return nil }
            return ("'\(full)' is an array of \(count); add an index such as '\(written).0'", [])
        case .object(let keys):
            return ("'\(full)' holds several values; name one of: \(keys.joined(separator: ", "))", [])
        case .indexOutOfRange(let array, let count):
            let range = count == 0 ? "no entries" : count == 1 ? "1 entry (0)" : "\(count) entries (0–\(count - 1))"
            return ("'\(array)' has \(range)", [])
        case .unknown(let candidates):
            let notes = budget.notes(
                for: written, in: candidates, listing: "results", key: directive.id + "." + written)
            return ("'\(directive.id)' has no result '\(written)'", notes)
        }
    }

    /// `parameters.NAME…` must start with a parameter of the kind.
    private static func parameterProblem(
        _ path: [String], of directive: ExperimentDirective, budget: inout Suggestions.Budget
    )
        -> (message: String, notes: [String])?
    {
        let names = directive.kind.parameters.map(\.name)
        let tail = path.dropFirst()
        let named = (1...max(tail.count, 1)).contains { names.contains(tail.prefix($0).joined(separator: ".")) }
        guard tail.isEmpty || !named else { return nil }
        let written = tail.first ?? ""
        return (
            "'\(directive.kind.name)' has no parameter '\(written)'",
            budget.notes(for: written, in: names, listing: "parameters", key: directive.kind.name + "." + written)
        )
    }
}
