/// One segment of a documented result path. Together a kind's entries are a schema: `course
/// check` validates references and claims against it without running anything, and a test holds
/// every kind's produced results to it.
public enum ResultSegment: Sendable, ExpressibleByStringLiteral {
    /// A fixed name.
    case key(String)
    /// One of these names.
    case oneOf([String])
    /// One of the values of a choice or choice-list parameter (e.g. each of `activations`).
    case choice(of: String)
    /// Names `PREFIX0`, `PREFIX1`, … one per element of a list parameter, then `extra`.
    case numbered(prefix: String, each: String, extra: [String])
    /// A 0-based index, below the length `count` gives.
    case index(ResultCount)

    public init(stringLiteral value: String) {
        self = .key(value)
    }
}

/// How many entries an array result has, from the run's parameters.
public enum ResultCount: Sendable {
    /// One per element of a list parameter.
    case each(String)
    /// The value of an integer parameter, plus a constant.
    case value(of: String, plus: Int)
    /// A length that follows from the parameters in another way, described in words.
    case computed(String, @Sendable (ParameterValues) -> Int)

    /// The length for these parameters.
    public func count(_ parameters: ParameterValues) -> Int {
        switch self {
        case .each(let name): parameters.values[name]?.listCount ?? 0
        case .value(let name, let plus): (parameters.values[name].flatMap(\.integerValue) ?? 0) + plus
        case .computed(_, let count): count(parameters)
        }
    }

    /// How `course explain` shows the index, e.g. `[learningRates]` or `[epochs + 1]`.
    var placeholder: String {
        switch self {
        case .each(let name): "[\(name)]"
        case .value(let name, let plus): plus == 0 ? "[\(name)]" : "[\(name) + \(plus)]"
        case .computed(let words, _): "[\(words)]"
        }
    }
}

/// What a documented result holds.
public enum ResultLeaf: Sendable, Equatable {
    /// A number.
    case number
    /// A number, or a string where no number could be measured.
    case numberOrText
}

/// A documented result: its typed path, what it holds, and one line on what it means.
public struct ResultEntry: Sendable {
    /// The path's segments.
    public var path: [ResultSegment]
    /// What the path holds.
    public var leaf: ResultLeaf
    /// One line for `course explain`.
    public var help: String

    /// Documents the result at `path`.
    public init(_ path: [ResultSegment], _ help: String, leaf: ResultLeaf = .number) {
        self.path = path
        self.leaf = leaf
        self.help = help
    }

    /// The path as `course explain` shows it, e.g. `deadFraction.[learningRates]`.
    public var pattern: String {
        path.map { segment in
            switch segment {
            case .key(let name): name
            case .oneOf(let names): "{" + names.joined(separator: "|") + "}"
            case .choice(let parameter): "{\(parameter)}"
            case .numbered(let prefix, let each, let extra):
                "{\(prefix)[\(each)]" + extra.map { "|" + $0 }.joined() + "}"
            case .index(let count): count.placeholder
            }
        }.joined(separator: ".")
    }
}

extension ResultSegment {
    /// The names this segment accepts for these parameters (nil for an index).
    func names(_ parameters: ParameterValues) -> [String]? {
        switch self {
        case .key(let name): [name]
        case .oneOf(let names): names
        case .choice(let parameter):
            switch parameters.values[parameter] {
            case .choice(let name): [name]
            case .list(let values): values.compactMap(\.choiceValue)
            default: []
            }
        case .numbered(let prefix, let each, let extra):
            (0..<(parameters.values[each]?.listCount ?? 0)).map { "\(prefix)\($0)" } + extra
        case .index: nil
        }
    }
}

extension ParameterValue {
    var listCount: Int? {
        if case .list(let values) = self { values.count } else { nil }
    }

    var integerValue: Int? {
        if case .integer(let value) = self { value } else { nil }
    }

    var choiceValue: String? {
        if case .choice(let value) = self { value } else { nil }
    }
}
