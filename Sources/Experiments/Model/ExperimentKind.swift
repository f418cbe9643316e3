/// What one run of an experiment produced.
public struct ExperimentResult: Sendable, Equatable, Codable {
    /// Named values (an object at the top), addressable by path in references and claims.
    public var values: [String: ResultValue]
    /// Figures, in the order the kind documents.
    public var figures: [Figure]
    /// Tables, in the order the kind documents.
    public var tables: [ResultTable]

    /// A result with the given values, figures and tables.
    public init(values: [String: ResultValue], figures: [Figure] = [], tables: [ResultTable] = []) {
        precondition(values["parameters"] == nil, "no result may be named 'parameters'")
        self.values = values
        self.figures = figures
        self.tables = tables
    }
}

/// A documented figure or table of a kind, for `course explain` and `show:`.
public struct ResultDoc: Sendable {
    /// The figure's or table's name.
    public var path: String
    /// One line on what it is.
    public var help: String

    /// Documents `path`.
    public init(_ path: String, _ help: String) {
        self.path = path
        self.help = help
    }
}

/// An experiment kind: its parameters, what it produces, and how to run it.
public protocol ExperimentKind: Sendable {
    /// The name used after `{experiment}` in a directive.
    var name: String { get }
    /// One line for `course kinds`.
    var summary: String { get }
    /// Parameters with types, defaults and limits.
    var parameters: [ParameterSpec] { get }
    /// The results it produces, as a schema of typed paths.
    var results: [ResultEntry] { get }
    /// Names and one-line descriptions of its figures and tables, in the order it produces them.
    var outputs: [ResultDoc] { get }
    /// What one run with these validated parameters needs, estimated without running; a run over
    /// ``RunCost/limit`` is refused before it starts.
    func cost(_ parameters: ParameterValues) -> RunCost
    /// Runs once with validated `parameters`, calling `control`'s checkpoint between steps; the
    /// same inputs always give the same result.
    func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult
}

extension ExperimentKind {
    /// Runs once to the end.
    public func run(_ parameters: ParameterValues, seed: UInt64) throws -> ExperimentResult {
        try run(parameters, seed: seed, control: .unlimited)
    }
}

/// A failure inside an experiment that the chapter author can act on.
public struct ExperimentError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// An error with the given message.
    public init(_ description: String) {
        self.description = description
    }
}
