/// The type of one experiment parameter, with its limits.
public indirect enum ParameterType: Sendable, Equatable {
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// A finite number within the range.
    case number(ClosedRange<Double>)
    /// `true` or `false`.
    case boolean
    /// One of the listed names.
    case choice([String])
    /// A list of values of one type, with a bounded length.
    case list(of: ParameterType, count: ClosedRange<Int>)

    /// How `course explain` shows it, e.g. `integer 1…64` or `list of 1…8 numbers 0.0001…10`.
    public var description: String {
        switch self {
        case .integer(let range): "integer \(range.lowerBound)…\(range.upperBound)"
        case .number(let range): "number \(JSONText.format(range.lowerBound))…\(JSONText.format(range.upperBound))"
        case .boolean: "true or false"
        case .choice(let names): "one of " + names.joined(separator: ", ")
        case .list(let element, let count): "list of \(count.lowerBound)…\(count.upperBound) × (\(element.description))"
        }
    }
}

/// A parameter value after validation.
public enum ParameterValue: Sendable, Equatable {
    /// An integer parameter's value.
    case integer(Int)
    /// A number parameter's value (`1` and `1.0` are the same).
    case number(Double)
    /// A boolean parameter's value.
    case boolean(Bool)
    /// A choice parameter's value.
    case choice(String)
    /// A list parameter's values.
    case list([ParameterValue])

    /// As a result value (for `parameters.…` references and JSON).
    public var resultValue: ResultValue {
        switch self {
        case .integer(let value): .number(Double(value))
        case .number(let value): .number(value)
        case .boolean(let value): .boolean(value)
        case .choice(let value): .string(value)
        case .list(let values): .array(values.map(\.resultValue))
        }
    }
}

/// One documented parameter of an experiment kind.
public struct ParameterSpec: Sendable {
    /// The option's name in a directive.
    public var name: String
    /// Its type and limits.
    public var type: ParameterType
    /// The value used when the directive does not give one.
    public var defaultValue: ParameterValue
    /// One line for `course explain`.
    public var help: String
    /// What a page's control for it says, when its name alone would not (`at` is "z").
    public var label: String?

    /// A parameter named `name`.
    public init(
        _ name: String, _ type: ParameterType, default defaultValue: ParameterValue, _ help: String,
        label: String? = nil
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.help = help
        self.label = label
    }
}

/// Validated parameter values of one directive, every parameter present (defaults filled in).
public struct ParameterValues: Sendable, Equatable {
    /// Values by parameter name.
    public var values: [String: ParameterValue]

    /// Values by name.
    public init(_ values: [String: ParameterValue]) {
        self.values = values
    }

    /// The defaults of `specs`.
    public init(defaultsOf specs: [ParameterSpec]) {
        self.values = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, $0.defaultValue) })
    }

    /// An integer parameter.
    public func integer(_ name: String) -> Int {
        if case .integer(let value) = values[name] { return value }
        preconditionFailure("parameter \(name) is not a validated integer")
    }

    /// A number parameter.
    public func number(_ name: String) -> Double {
        switch values[name] {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: preconditionFailure("parameter \(name) is not a validated number")
        }
    }

    /// A boolean parameter.
    public func boolean(_ name: String) -> Bool {
        if case .boolean(let value) = values[name] { return value }
        preconditionFailure("parameter \(name) is not a validated boolean")
    }

    /// A choice parameter.
    public func choice(_ name: String) -> String {
        if case .choice(let value) = values[name] { return value }
        preconditionFailure("parameter \(name) is not a validated choice")
    }

    /// A list of choices.
    public func choices(_ name: String) -> [String] {
        list(name).map {
            if case .choice(let value) = $0 { value } else { preconditionFailure("\(name) holds non-choices") }
        }
    }

    /// A list of numbers.
    public func numbers(_ name: String) -> [Double] {
        list(name).map {
            switch $0 {
            case .number(let value): value
            case .integer(let value): Double(value)
            default: preconditionFailure("\(name) holds non-numbers")
            }
        }
    }

    /// A list of integers.
    public func integers(_ name: String) -> [Int] {
        list(name).map {
            if case .integer(let value) = $0 { value } else { preconditionFailure("\(name) holds non-integers") }
        }
    }

    private func list(_ name: String) -> [ParameterValue] {
        if case .list(let values) = values[name] { return values }
        preconditionFailure("parameter \(name) is not a validated list")
    }

    /// All values as one result object (keys sorted when printed); a dotted name such as
    /// `bornDead.width` becomes a nested object, so `parameters.bornDead.width` addresses it.
    public var resultValue: ResultValue {
        var root: [String: ResultValue] = [:]
        for (name, value) in values {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                root[name] = value.resultValue
                continue
            }
            var group: [String: ResultValue] = [:]
            if case .object(let existing) = root[parts[0]] { group = existing }
            group[parts[1]] = value.resultValue
            root[parts[0]] = .object(group)
        }
        return .object(root)
    }
}
