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
    /// Text under the directive's one figure (`caption:` written as text), Markdown-free.
    public var caption: String
    /// One caption per figure (`caption:` written as a mapping from figure name to text).
    public var figureCaptions: [String: String] = [:]
    /// Where the block's fence starts.
    public var location: SourceLocation
    /// The block's place among the chapter's directive blocks (see `FencedDirectiveBlock.ordinal`).
    public var blockOrdinal = 0
    /// Where each written option's value starts, for errors found after running.
    public var optionLocations: [String: SourceLocation]
    /// The parameters a reader may move (`explore:`), or nil.
    public var explore: ExploreGrid?

    /// The caption under `figure`: its own, or the directive's text caption.
    public func caption(for figure: String) -> String { figureCaptions[figure] ?? caption }

    /// Every caption with the option name its location is stored under (`caption`, `caption.NAME`).
    var captionsByOption: [(option: String, text: String)] {
        (caption.isEmpty ? [] : [("caption", caption)])
            + figureCaptions.sorted { $0.key < $1.key }.map { ("caption." + $0.key, $0.value) }
    }

    /// Whether the results are per seed, with statistics (more than one run).
    public var hasSeveralSeeds: Bool { runSeeds.count > 1 }

    /// The built-in option names every directive accepts besides its kind's parameters.
    static let commonOptions = ["id", "seed", "seeds", "expect", "show", "caption", "explore"]

    /// The directive at every point of its `explore:` grid, in order (itself alone without one).
    public var allPoints: [ExperimentDirective] { (0..<(explore?.pointCount ?? 1)).map(atPoint) }

    /// Whether the page shows the figure or table `name` (its `show:` list, or everything).
    public func shows(_ name: String) -> Bool { show.isEmpty || show.contains(name) }

    /// E.g. "width = 48, epochs = 8": grid point `point`'s values of the explored parameters.
    public func pointName(_ point: Int) -> String {
        guard let explore else { return "" }
        return zip(explore.axes, explore.indices(of: point)).map { "\($0.name) = \($0.values[$1].yamlText)" }
            .joined(separator: ", ")
    }

    /// The directive as it runs at grid point `point` of its `explore:` grid.
    public func atPoint(_ point: Int) -> ExperimentDirective {
        guard let explore else { return self }
        var copy = self
        for (name, value) in explore.values(at: point) { copy.parameters.values[name] = value }
        return copy
    }
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
