import Experiments
import Yams

/// A directive's `explore:` option: the parameters a reader may move and the values each takes.
/// Every combination is a grid point, run at build time like the directive itself.
public struct ExploreGrid: Sendable, Equatable {
    /// One parameter a reader may move.
    public struct Dimension: Sendable, Equatable {
        /// The parameter's name.
        public var name: String
        /// Its values, in the order the controls offer them.
        public var values: [ParameterValue]
        /// What the control says: the parameter's label, or its name in words.
        public var label: String
    }

    /// The explored parameters, in the order written.
    public var axes: [Dimension]
    /// The point whose values are the directive's own: the page shows it, and claims hold there.
    public var defaultPoint: Int

    /// At most this many parameters.
    public static let maximumAxes = 3
    /// At most this many points.
    public static let maximumPoints = 64

    /// The number of points: the product of the axes' lengths.
    public var pointCount: Int { axes.reduce(1) { $0 * $1.values.count } }

    /// The value index on each axis of point `point` (the first axis varies slowest).
    public func indices(of point: Int) -> [Int] {
        var remainder = point
        var indices = [Int](repeating: 0, count: axes.count)
        for axis in axes.indices.reversed() {
            indices[axis] = remainder % axes[axis].values.count
            remainder /= axes[axis].values.count
        }
        return indices
    }

    /// The parameter values that point `point` overrides.
    public func values(at point: Int) -> [String: ParameterValue] {
        Dictionary(uniqueKeysWithValues: zip(axes, indices(of: point)).map { ($0.name, $0.values[$1]) })
    }

    /// Reads `explore:`: a mapping from scalar parameters of `kind` to lists of their values,
    /// each list holding the directive's own value (`parameters`), at most ``maximumPoints`` in all.
    static func parse(
        _ node: Node, kind: any ExperimentKind, parameters: ParameterValues, origin: YAMLOrigin
    ) -> Result<ExploreGrid, DiagnosticsError> {
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            return .failure(
                DiagnosticsError([
                    .error(
                        origin.location(of: node), "'explore' maps parameters to the values a reader may pick",
                        notes: ["e.g. 'explore: {width: [16, 48, 128]}'"])
                ]))
        }
        var diagnostics: [Diagnostic] = []
        var axes: [Dimension] = []
        var defaultIndices: [Int] = []
        for (key, list) in mapping {
            let name = key.scalar?.string ?? "?"
            guard let spec = kind.parameters.first(where: { $0.name == name }) else {
                diagnostics.append(
                    .error(
                        origin.location(of: key), "'\(kind.name)' has no parameter '\(name)' to explore",
                        notes: Suggestions.notes(for: name, in: kind.parameters.map(\.name), listing: "parameters")))
                continue
            }
            if case .list = spec.type {
                diagnostics.append(
                    .error(
                        origin.location(of: key),
                        "'\(name)' is itself a list; explore moves parameters that take one value per run"))
                continue
            }
            switch axis(name, spec: spec, list: list, own: parameters.values[name]!, origin: origin) {
            case .success(let (axis, index)):
                axes.append(axis)
                defaultIndices.append(index)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        if mapping.count > maximumAxes {
            diagnostics.append(
                .error(
                    origin.location(of: node),
                    "'explore' moves \(mapping.count) parameters; a figure can offer at most \(maximumAxes)"))
        }
        guard diagnostics.isEmpty else { return .failure(DiagnosticsError(diagnostics)) }
        var grid = ExploreGrid(axes: axes, defaultPoint: 0)
        guard grid.pointCount <= maximumPoints else {
            let sizes = axes.map { "\($0.values.count)" }.joined(separator: " × ")
            return .failure(
                DiagnosticsError([
                    .error(
                        origin.location(of: node),
                        "'explore' makes \(sizes) = \(grid.pointCount) points; a figure may have at most \(maximumPoints)",
                        notes: ["offer fewer values, or move fewer parameters"])
                ]))
        }
        grid.defaultPoint = zip(axes, defaultIndices).reduce(0) { $0 * $1.0.values.count + $1.1 }
        return .success(grid)
    }

    /// One axis: its values, checked against the parameter, and the index of the directive's own.
    private static func axis(
        _ name: String, spec: ParameterSpec, list: Node, own: ParameterValue, origin: YAMLOrigin
    ) -> Result<(Dimension, Int), Diagnostic> {
        let location = origin.location(of: list)
        guard case .sequence(let items) = list, (2...maximumPoints).contains(items.count) else {
            return .failure(
                .error(location, "'explore.\(name)' is a list of 2 to \(maximumPoints) values for '\(name)'"))
        }
        var values: [ParameterValue] = []
        for item in items {
            switch OptionDecoder.decode(item, as: spec.type, name: name, origin: origin) {
            case .success(let value):
                guard !values.contains(value) else {
                    return .failure(.error(origin.location(of: item), "'explore.\(name)' lists a value twice"))
                }
                values.append(value)
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        let numbers = values.compactMap(\.orderedNumber)
        if numbers.count == values.count, zip(numbers, numbers.dropFirst()).contains(where: { $0 >= $1 }) {
            return .failure(
                .error(location, "list the values of 'explore.\(name)' in increasing order, as its slider shows them"))
        }
        guard let index = values.firstIndex(of: own) else {
            return .failure(
                .error(
                    location,
                    "'explore.\(name)' must include the directive's own \(name) (\(own.yamlText)): the page starts there",
                    notes: ["add \(own.yamlText) to the list, or set '\(name)' to one of its values"]))
        }
        return .success((Dimension(name: name, values: values, label: spec.label ?? words(name)), index))
    }
}

/// A parameter's name in words: `learningRate` as "learning rate", `bornDead.width` as "born dead width".
func words(_ name: String) -> String {
    var result = ""
    for character in name {
        if character == "." {
            result += " "
        } else if character.isUppercase, let last = result.last, last.isLowercase {
            result += " " + character.lowercased()
        } else {
            result.append(character)
        }
    }
    return result
}

extension ParameterValue {
    /// The number of an integer or number value (what a slider orders), else nil.
    var orderedNumber: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The value as YAML writes it.
    var yamlText: String {
        switch self {
        case .integer(let number): String(number)
        case .number(let number): JSONText.format(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .choice(let name): name
        case .list(let values): "[" + values.map(\.yamlText).joined(separator: ", ") + "]"
        }
    }
}
