import NetEngine

/// Chapter 7: weight scales from too small to too large: how the signal's spread survives the
/// layers and how well the network then trains, against changing only the activation.
struct InitializationKind: ExperimentKind {
    public init() {}

    public let name = "initialization"
    public let summary = "Weight scales from too small to too large: per-layer activation spread and accuracy."

    public let parameters =
        DigitsTraining.parameters(activation: "tanh") + [
            ParameterSpec(
                "scales", .list(of: .number(1e-4...100), count: 1...8),
                default: .list([0.01, 0.1, 0.3, 1, 3].map(ParameterValue.number)),
                "standard deviations of the normal initial weights"),
            ParameterSpec("learningRate", .number(1e-5...10), default: .number(0.05), "plain SGD step size"),
        ]

    public let results =
        DigitsTraining.resultEntries(variants: .numbered(prefix: "scale", each: "scales", extra: ["otherActivation"]))
        + [ResultEntry(["accuracyByScale", .index(.each("scales"))], "the accuracies in the order of scales")]

    public let outputs: [ResultDoc] = [ResultDoc("loss", "figure: training loss per initial scale")]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let sgd = SGD(learningRate: parameters.number("learningRate"))
        let scales = parameters.numbers("scales").enumerated().map { index, scale in
            DigitsTraining.Variant(
                name: "scale\(index)", label: "weight scale \(JSONText.format(scale))",
                initializer: .scaledNormal(standardDeviation: scale), optimizer: sgd)
        }
        var comparison = try DigitsTraining(parameters, seed: seed, control: control).compare(
            scales, of: parameters, otherOptimizer: sgd, title: "Training loss: initial weight scale")
        comparison.extraValues["accuracyByScale"] = .numbers(comparison.outcomes.dropLast().map(\.outcome.testAccuracy))
        return comparison.result
    }
}

extension InitializationKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        DigitsTraining.cost(parameters, runs: parameters.numbers("scales").count + 1)
    }
}
