import Experiments
import Foundation

/// A reader's values for a rerun, checked exactly as a directive's options are (the same YAML
/// reading and the same messages), and the words that say what changed.
enum RerunValues {
    /// The longest value a field may hold.
    static let maximumLength = 2_000

    /// `directive` with `written` values in place of its own, or a message for each wrong field.
    static func apply(_ written: [String: String], to directive: ExperimentDirective) -> Result<
        ExperimentDirective, RerunProblem
    > {
        var changed = directive
        var problems: [String: String] = [:]
        let kind = directive.kind
        for (name, text) in written.sorted(by: { $0.key < $1.key }) {
            if name == "seed" {
                guard !directive.hasSeveralSeeds else {
                    problems[name] =
                        "this experiment runs over \(directive.runSeeds.count) seeds; they cannot change here"
                    continue
                }
                switch decode(text, as: ParameterType.integer(0...(1 << 53)), name: name) {
                case .success(.integer(let seed)):
                    changed.seed = UInt64(seed)
                    changed.runSeeds = [UInt64(seed)]
                case .success: break
                case .failure(let problem): problems[name] = problem.message
                }
                continue
            }
            guard let spec = kind.parameters.first(where: { $0.name == name }) else {
                let notes = Suggestions.notes(
                    for: name, in: kind.parameters.map(\.name) + (directive.hasSeveralSeeds ? [] : ["seed"]),
                    listing: "parameters")
                problems[name] = (["'\(kind.name)' has no parameter '\(name)'"] + notes).joined(separator: "; ")
                continue
            }
            switch decode(text, as: spec.type, name: name) {
            case .success(let value): changed.parameters.values[name] = value
            case .failure(let problem): problems[name] = problem.message
            }
        }
        guard problems.isEmpty else {
            let count = problems.count == 1 ? "1 value is" : "\(problems.count) values are"
            return .failure(RerunProblem(status: 422, "\(count) not valid; nothing was run", fields: problems))
        }
        return .success(changed)
    }

    /// One field's value, read as YAML like a directive option; a list may be written without
    /// its brackets ("0.1, 0.5").
    static func decode(_ text: String, as type: ParameterType, name: String) -> Result<ParameterValue, FieldProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .failure(FieldProblem("'\(name)' is empty")) }
        guard trimmed.count <= maximumLength else {
            return .failure(FieldProblem("'\(name)' is \(trimmed.count) characters long; at most \(maximumLength)"))
        }
        var yaml = trimmed
        if case .list = type, !trimmed.hasPrefix("[") { yaml = "[" + trimmed + "]" }
        let origin = YAMLOrigin(file: "value of \(name)", line: 1, column: 1)
        switch YAMLReader.compose(yaml, origin: origin) {
        case .failure(let diagnostic): return .failure(FieldProblem(diagnostic.message))
        case .success(nil): return .failure(FieldProblem("'\(name)' is empty"))
        case .success(let node?):
            return OptionDecoder.decode(node, as: type, name: name, origin: origin).mapError { diagnostic in
                FieldProblem(([diagnostic.message] + diagnostic.notes).joined(separator: "; "))
            }
        }
    }

    /// What is wrong with one field.
    struct FieldProblem: Error {
        var message: String

        init(_ message: String) { self.message = message }
    }

    /// Each value of `changed` that differs from `built`'s, e.g. "units per layer = 64".
    static func changes(from built: ExperimentDirective, to changed: ExperimentDirective) -> [String] {
        let seed = changed.seed != built.seed ? ["seed = \(changed.seed)"] : []
        return seed
            + built.kind.parameters.compactMap { spec in
                guard let value = changed.parameters.values[spec.name], value != built.parameters.values[spec.name]
                else { return nil }
                return "\(spec.label ?? spec.name) = \(ExploreControls.label(value))"
            }
    }

    /// The Play panel's status line after a rerun.
    static func status(
        of point: ExperimentOutcome, changes: [String], built: ExperimentDirective, changed: (parts: Int, numbers: Int)
    ) -> String {
        let summary = ExploreControls.summary(point.claims)
        let claims = point.claims.isEmpty ? "" : "; " + summary.prefix(1).lowercased() + summary.dropFirst()
        guard !changes.isEmpty else {
            return "The values the page was built with: the run the text describes\(claims)."
        }
        let parts = changed.parts == 1 ? "1 figure or table" : "\(changed.parts) figures or tables"
        let numbers = changed.numbers == 1 ? "1 number in the text" : "\(changed.numbers) numbers in the text"
        return "Rerun with \(changes.joined(separator: ", "))\(claims). Changed: \(parts) and \(numbers); "
            + "the words around the marked numbers describe the built run."
    }
}
