import Experiments

/// One `{experiment} KIND` block, validated: everything needed to run it and check its claims.
public struct ExperimentDirective: Sendable {
    /// The name references use (`id:`, or `KIND-N`).
    public var id: String
    /// The experiment kind.
    public var kind: any ExperimentKind
    /// The seed (`seed:`, default 0).
    public var seed: UInt64
    /// The seed of each run, in order: `[seed]` without `seeds:`; with `seeds: N`, N seeds mixed
    /// from `seed` (``SeedPlan/runSeed(base:index:)``); with `seeds: [a, b, …]`, those.
    public var runSeeds: [UInt64]
    /// Every parameter, defaults filled in.
    public var parameters: ParameterValues
    /// Claims under `expect:`, in the order written.
    public var claims: [Claim]
    /// Names of the figures and tables to render (all when empty).
    public var show: [String]
    /// Text under the figure (`caption:`), Markdown-free.
    public var caption: String
    /// Where the block's fence starts.
    public var location: SourceLocation
    /// The block's place among the chapter's directive blocks (see `FencedDirectiveBlock.ordinal`).
    public var blockOrdinal = 0
    /// Where each written option's value starts, for errors found after running.
    public var optionLocations: [String: SourceLocation]

    /// Whether the results are per seed, with statistics (more than one run).
    public var hasSeveralSeeds: Bool { runSeeds.count > 1 }

    /// The built-in option names every directive accepts besides its kind's parameters.
    static let commonOptions = ["id", "seed", "seeds", "expect", "show", "caption"]
}

/// A claim: a result path and the condition it must satisfy.
public struct Claim: Sendable {
    /// The path, e.g. `deadFraction.2`.
    public var path: [String]
    /// The condition as written.
    public var text: String
    /// The parsed condition.
    public var condition: Condition
    /// Where the claim's key is written.
    public var location: SourceLocation
}
