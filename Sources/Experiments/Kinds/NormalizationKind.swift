import NetEngine

/// Chapter 7: the same deep network with raw inputs, standardized inputs, and layer norm, against
/// changing only its activation.
struct NormalizationKind: ExperimentKind {
    public init() {}

    public let name = "normalization"
    public let summary =
        "A deep sigmoid network with raw or standardized inputs and with layer norm, against swapping its activation."

    public let parameters =
        DigitsTraining.parameters(activation: "sigmoid") + [
            ParameterSpec("learningRate", .number(1e-5...10), default: .number(0.1), "plain SGD step size")
        ]

    public let results = DigitsTraining.resultEntries(
        variants: .oneOf(["raw", "standardized", "layerNorm", "otherActivation"]))

    public let outputs: [ResultDoc] = [ResultDoc("loss", "figure: training loss per variant")]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let sgd = SGD(learningRate: parameters.number("learningRate"))
        let variants = [
            DigitsTraining.Variant(name: "raw", label: "raw pixels", optimizer: sgd),
            DigitsTraining.Variant(
                name: "standardized", label: "standardized pixels", standardizeInputs: true, optimizer: sgd),
            DigitsTraining.Variant(name: "layerNorm", label: "layer norm", layerNorm: true, optimizer: sgd),
        ]
        return try DigitsTraining(parameters, seed: seed, control: control).compare(
            variants, of: parameters, otherOptimizer: sgd, title: "Training loss: inputs and normalization"
        ).result
    }
}

extension NormalizationKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        DigitsTraining.cost(parameters, runs: 4)
    }
}
