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

    /// Who uses the path: a claim holds on every seed, a reference prints one number (or a spread).
    enum Use: Equatable {
        case claim
        case reference(SpreadStyle?)
    }

    /// Why `path` does not name what is needed among `directive`'s results, or nil if it does.
    /// With several seeds a path may start with a statistic (`mean`, `sd`, `min`, `max`) or
    /// `seeds.K`; a plain path is a claim on every seed or a reference with `| spread` or `| range`.
    static func problem(
        _ path: [String], of directive: ExperimentDirective, need: Need, use: Use, budget: inout Suggestions.Budget
    )
        -> (message: String, notes: [String])?
    {
        if path.first == "parameters" { return parameterProblem(path, of: directive, budget: &budget) }
        let full = "\(directive.id).\(path.joined(separator: "."))"
        let first = path.first ?? ""
        let spread: SpreadStyle? = if case .reference(let style) = use { style } else { nil }
        guard directive.hasSeveralSeeds else {
            if let spread {
                return (
                    "'| \(spread.rawValue)' needs several seeds; add 'seeds: 5' to experiment '\(directive.id)'", []
                )
            }
            if SeedPlan.reservedNames.contains(first) {
                return (
                    "'\(full)': experiment '\(directive.id)' runs one seed, so it has no '\(first)'; add 'seeds: 5' for statistics over seeds",
                    []
                )
            }
            return schemaProblem(path, prefix: [], of: directive, need: need, budget: &budget)
        }
        if SeedPlan.statistics.contains(first) {
            if spread != nil {
                return (
                    "'\(full)' is already one statistic; write '\(directive.id).\(path.dropFirst().joined(separator: "."))' with '| \(spread!.rawValue)'",
                    []
                )
            }
            guard path.count > 1 else { return ("'\(full)' needs a result after it, e.g. '\(full).…'", []) }
            return schemaProblem(Array(path.dropFirst()), prefix: [first], of: directive, need: need, budget: &budget)
        }
        if first == "seeds" {
            let count = directive.runSeeds.count
            guard path.count > 2, let index = Int(path[1]), (0..<count).contains(index), spread == nil else {
                return ("'\(full)': write 'seeds.K.RESULT' with K a seed index from 0 to \(count - 1)", [])
            }
            return schemaProblem(
                Array(path.dropFirst(2)), prefix: Array(path.prefix(2)), of: directive, need: need, budget: &budget)
        }
        if use == .reference(nil) {
            let tail = path.joined(separator: ".")
            return (
                "'\(full)' has a value for each of the \(directive.runSeeds.count) seeds of '\(directive.id)'; say which number the reader sees",
                [
                    "write '\(directive.id).mean.\(tail)' (or sd, min, max), '\(directive.id).seeds.0.\(tail)', or '\(full) | spread' (or '| range')"
                ]
            )
        }
        return schemaProblem(path, prefix: [], of: directive, need: need, budget: &budget)
    }

    /// Checks `path` (what follows `prefix`) against the kind's result schema.
    private static func schemaProblem(
        _ path: [String], prefix: [String], of directive: ExperimentDirective, need: Need,
        budget: inout Suggestions.Budget
    ) -> (message: String, notes: [String])? {
        let written = (prefix + path).joined(separator: ".")
        let full = "\(directive.id).\(written)"
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
            return ("'\((prefix + [array]).joined(separator: "."))' has \(range)", [])
        case .unknown(let candidates):
            let tail = path.joined(separator: ".")
            let notes = budget.notes(for: tail, in: candidates, listing: "results", key: directive.id + "." + tail)
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
