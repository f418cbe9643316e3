@testable import Experiments

/// Runs `kind` with its defaults, overridden by `overrides`, and returns the result values.
func run(_ kind: any ExperimentKind, seed: UInt64 = 0, _ overrides: [String: ParameterValue] = [:]) throws -> [String:
    ResultValue]
{
    var parameters = ParameterValues(defaultsOf: kind.parameters)
    for (name, value) in overrides {
        precondition(parameters.values[name] != nil, "\(kind.name) has no parameter \(name)")
        parameters.values[name] = value
    }
    return try kind.run(parameters, seed: seed).values
}

extension ResultValue {
    /// The number at a dotted path (test helper; nil when absent).
    func number(_ path: String) -> Double? {
        value(at: path.split(separator: ".").map(String.init))?.number
    }
}

extension Dictionary where Key == String, Value == ResultValue {
    /// The number at a dotted path.
    func number(_ path: String) -> Double? {
        ResultValue.object(self).number(path)
    }

    /// The numbers of an array at a dotted path.
    func numbers(_ path: String) -> [Double] {
        ResultValue.object(self).value(at: path.split(separator: ".").map(String.init))?.elements?.compactMap(\.number)
            ?? []
    }
}
