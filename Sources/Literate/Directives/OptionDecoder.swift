import Experiments
import Yams

/// Checks a YAML node against a parameter type, producing the typed value or a message.
enum OptionDecoder {
    /// The validated value of `node` for a parameter named `name` of `type`, or a located error.
    static func decode(_ node: Node, as type: ParameterType, name: String, origin: YAMLOrigin) -> Result<
        ParameterValue, Diagnostic
    > {
        let location = origin.location(of: node)
        func failure(_ message: String, notes: [String] = []) -> Result<ParameterValue, Diagnostic> {
            .failure(.error(location, message, notes: notes))
        }
        switch type {
        case .list(let element, let count):
            guard case .sequence(let sequence) = node else {
                return failure("'\(name)' must be a list such as [\(example(element))], got \(describe(node))")
            }
            guard count.contains(sequence.count) else {
                return failure(
                    "'\(name)' has \(sequence.count) entries; it takes \(count.lowerBound) to \(count.upperBound)")
            }
            var values: [ParameterValue] = []
            for item in sequence {
                switch decode(item, as: element, name: "\(name) entry", origin: origin) {
                case .success(let value): values.append(value)
                case .failure(let diagnostic): return .failure(diagnostic)
                }
            }
            return .success(.list(values))
        case .integer(let range):
            guard let scalar = plainScalar(node), let number = Double(scalar), number.isFinite else {
                return failure("'\(name)' must be a whole number, got \(describe(node))")
            }
            guard number == number.rounded() else {
                return failure("'\(name)' must be a whole number, got \(scalar)")
            }
            // Digits are read exactly (seeds go up to 2⁵³); other forms such as 1e3 go through Double.
            guard let whole = Int(scalar) ?? (abs(number) < 1e15 ? Int(number) : nil), range.contains(whole) else {
                return failure("'\(name)' is \(scalar); it must be between \(range.lowerBound) and \(range.upperBound)")
            }
            return .success(.integer(whole))
        case .number(let range):
            guard let scalar = plainScalar(node), let number = Double(scalar), number.isFinite else {
                return failure("'\(name)' must be a number, got \(describe(node))")
            }
            guard range.contains(number) else {
                return failure(
                    "'\(name)' is \(scalar); it must be between \(JSONText.format(range.lowerBound)) and \(JSONText.format(range.upperBound))"
                )
            }
            return .success(.number(number == 0 ? 0 : number))
        case .boolean:
            guard plainScalar(node) != nil, let flag = node.bool else {
                return failure("'\(name)' must be true or false, got \(describe(node))")
            }
            return .success(.boolean(flag))
        case .choice(let names):
            guard let scalar = node.scalar?.string, names.contains(scalar) else {
                let written = node.scalar?.string ?? describe(node)
                return failure(
                    "'\(name)' cannot be '\(written)'",
                    notes: Suggestions.notes(for: written, in: names, listing: "choices"))
            }
            return .success(.choice(scalar))
        }
    }

    /// The text of a plain (unquoted) scalar.
    static func plainScalar(_ node: Node) -> String? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        return scalar.string
    }

    /// A short description of what was written, for messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return scalar.style == .plain ? "'\(text)'" : "the quoted text '\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    private static func example(_ type: ParameterType) -> String {
        switch type {
        case .integer(let range): "\(range.lowerBound), \(range.upperBound)"
        case .number(let range): "\(JSONText.format(range.lowerBound)), \(JSONText.format(range.upperBound))"
        case .boolean: "true, false"
        case .choice(let names): names.prefix(2).joined(separator: ", ")
        case .list: "[…]"
        }
    }
}
