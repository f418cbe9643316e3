import Experiments

/// One experiment after running: its directive, each seed's results, and the claim outcomes.
public struct ExperimentOutcome: Sendable {
    /// The directive.
    public let directive: ExperimentDirective
    /// What each run produced, in the order of the directive's `runSeeds`.
    public let runs: [ExperimentResult]
    /// What references and claims address, with `parameters`: with one seed its results; with
    /// several, `seeds.K.…` for run K and the statistics `mean`, `sd`, `min`, `max` of each number.
    public let addressableResults: ResultValue
    /// Every claim, with whether it holds.
    public var claims: [ClaimOutcome] = []
    /// With `explore:`, every grid point's outcome in grid order, the default point's included
    /// (its own `gridPoints` empty); otherwise empty.
    public var gridPoints: [ExperimentOutcome] = []

    /// The outcome of `runs` of `directive`, before its claims are checked.
    init(directive: ExperimentDirective, runs: [ExperimentResult]) {
        self.directive = directive
        self.runs = runs
        var values: [String: ResultValue]
        if directive.hasSeveralSeeds {
            let perRun = runs.map { ResultValue.object($0.values) }
            values = ResultValue.statistics(over: perRun)
            values["seeds"] = .array(perRun)
        } else {
            values = runs[0].values
        }
        values["parameters"] = directive.parameters.resultValue
        addressableResults = .object(values)
    }

    /// What a claim on a plain path sees for run `index`: that run's results beside the
    /// addressable ones (whose reserved names no kind uses).
    func results(ofRun index: Int) -> ResultValue {
        guard directive.hasSeveralSeeds, case .object(var values) = addressableResults else {
            return addressableResults
        }
        values.merge(runs[index].values) { addressable, _ in addressable }
        return .object(values)
    }
}

/// One chapter after running.
public struct ChapterOutcome: Sendable {
    /// The parsed chapter.
    public var chapter: ParsedChapter
    /// Its experiments, in order.
    public var experiments: [ExperimentOutcome]
}

extension ChapterOutcome {
    /// Each experiment's addressable results, by id.
    var resultsByID: [String: ResultValue] {
        Dictionary(uniqueKeysWithValues: experiments.map { ($0.directive.id, $0.addressableResults) })
    }

    /// The chapter's results in the shape `course run --json` prints.
    public var resultsDocument: ResultValue {
        .object([
            "chapter": .string(chapter.file.slug),
            "experiments": .array(
                experiments.map { experiment in
                    .object([
                        "id": .string(experiment.directive.id),
                        "kind": .string(experiment.directive.kind.name),
                        "seed": .number(Double(experiment.directive.seed)),
                        "runSeeds": .numbers(experiment.directive.runSeeds.map { Double($0) }),
                        "parameters": experiment.directive.parameters.resultValue,
                        "results": experiment.resultsWithoutParameters,
                        "claims": .array(
                            experiment.claims.map { claim in
                                var fields: [String: ResultValue] = [
                                    "path": .string(claim.claim.path.joined(separator: ".")),
                                    "condition": .string(claim.claim.text),
                                    "holds": .boolean(claim.holds),
                                ]
                                if let value = claim.value { fields["value"] = value }
                                if let run = claim.failingRun { fields["failingRun"] = .number(Double(run)) }
                                return .object(fields)
                            }),
                    ])
                }),
        ])
    }
}

extension ExperimentOutcome {
    /// The addressable results without the echo of the parameters.
    public var resultsWithoutParameters: ResultValue {
        guard case .object(var values) = addressableResults else { return addressableResults }
        values["parameters"] = nil
        return .object(values)
    }
}
