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

    public func run(_ parameters: ParameterValues, seed: UInt64) throws -> ExperimentResult {
        let harness = DigitsTraining(parameters, seed: seed)
        let activation = ActivationChoices.trainable(parameters.choice("activation"))
        let sgd = SGD(learningRate: parameters.number("learningRate"))
        var outcomes: [(String, DigitsTraining.Outcome)] = []
        for (index, scale) in parameters.numbers("scales").enumerated() {
            outcomes.append(
                (
                    "scale\(index)",
                    try harness.run(
                        activation: activation, initializer: .scaledNormal(standardDeviation: scale),
                        optimizer: sgd)
                ))
        }
        outcomes.append(
            (
                "otherActivation",
                try harness.run(
                    activation: ActivationChoices.trainable(parameters.choice("alternative")),
                    optimizer: sgd)
            ))
        var summary = VariantComparison(
            outcomes: outcomes, epochs: harness.epochs, title: "Training loss: initial weight scale")
        summary.extraValues["accuracyByScale"] = .numbers(outcomes.dropLast().map(\.1.testAccuracy))
        return summary.result
    }
}

extension InitializationKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        DigitsTraining.cost(parameters, runs: parameters.numbers("scales").count + 1)
    }
}
