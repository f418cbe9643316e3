import NetEngine

/// Chapter 7: the same deep network with raw inputs, standardized inputs, and layer norm, against
/// changing only its activation.
public struct NormalizationKind: ExperimentKind {
    public init() {}

    public let name = "normalization"
    public let summary =
        "A deep sigmoid network with raw or standardized inputs and with layer norm, against swapping its activation."

    static let variants = ["raw", "standardized", "layerNorm", "otherActivation"]

    public let parameters =
        DigitsTraining.parameters(activation: "sigmoid") + [
            ParameterSpec("learningRate", .number(1e-5...10), default: .number(0.1), "plain SGD step size")
        ]

    public let results = DigitsTraining.resultEntries(
        variants: .oneOf(["raw", "standardized", "layerNorm", "otherActivation"]))

    public let outputs: [ResultDoc] = [ResultDoc("loss", "figure: training loss per variant")]

    public func run(_ parameters: ParameterValues, seed: UInt64) throws -> ExperimentResult {
        let harness = DigitsTraining(parameters, seed: seed)
        let activation = SigmoidSaturation.activation(parameters.choice("activation"))
        let sgd = SGD(learningRate: parameters.number("learningRate"))
        let outcomes: [(String, DigitsTraining.Outcome)] = [
            ("raw", try harness.run(activation: activation, optimizer: sgd)),
            ("standardized", try harness.run(activation: activation, standardizeInputs: true, optimizer: sgd)),
            ("layerNorm", try harness.run(activation: activation, layerNorm: true, optimizer: sgd)),
            (
                "otherActivation",
                try harness.run(
                    activation: SigmoidSaturation.activation(parameters.choice("alternative")), optimizer: sgd)
            ),
        ]
        return ChapterSevenResult(
            outcomes: outcomes, epochs: harness.epochs, title: "Training loss: inputs and normalization"
        ).result
    }
}

/// Results and the loss figure shared by chapter 7's kinds.
struct ChapterSevenResult {
    let outcomes: [(String, DigitsTraining.Outcome)]
    let epochs: Int
    let title: String
    var extraValues: [String: ResultValue] = [:]

    var result: ExperimentResult {
        func byVariant(_ value: (DigitsTraining.Outcome) -> ResultValue) -> ResultValue {
            .object(Dictionary(uniqueKeysWithValues: outcomes.map { ($0.0, value($0.1)) }))
        }
        var values: [String: ResultValue] = [
            "testAccuracy": byVariant { .number($0.testAccuracy) },
            "saturatedFraction": byVariant { .numbers($0.saturatedFraction) },
            "lossHistory": byVariant { .numbers($0.lossHistory) },
            "initialSpread": byVariant { .numbers($0.initialSpread) },
        ]
        values.merge(extraValues) { $1 }
        let axis = (1...epochs).map(Double.init)
        return ExperimentResult(
            values: values,
            figures: [
                Figure(
                    name: "loss", title: title, kind: .line, xLabel: "epoch", yLabel: "training loss",
                    series: outcomes.prefix(8).map { Figure.Series($0.0, x: axis, y: $0.1.lossHistory) })
            ])
    }
}

extension NormalizationKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        DigitsTraining.cost(parameters, runs: 4)
    }
}
