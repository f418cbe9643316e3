import Experiments

/// One experiment after running: its directive, results and claim outcomes.
public struct ExperimentOutcome: Sendable {
    /// The directive.
    public var directive: ExperimentDirective
    /// What it produced.
    public var result: ExperimentResult
    /// Every claim, with whether it holds.
    public var claims: [ClaimOutcome]

    /// The results with the parameters used, as references and claims see them.
    public var addressableResults: ResultValue {
        var values = result.values
        values["parameters"] = directive.parameters.resultValue
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
                        "parameters": experiment.directive.parameters.resultValue,
                        "results": .object(experiment.result.values),
                        "claims": .array(
                            experiment.claims.map { claim in
                                var fields: [String: ResultValue] = [
                                    "path": .string(claim.claim.path.joined(separator: ".")),
                                    "condition": .string(claim.claim.text),
                                    "holds": .boolean(claim.holds),
                                ]
                                if let value = claim.value { fields["value"] = value }
                                return .object(fields)
                            }),
                    ])
                }),
        ])
    }
}
