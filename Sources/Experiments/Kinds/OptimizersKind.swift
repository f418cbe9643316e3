import NetEngine

/// Chapter 7: the same deep network trained by SGD, SGD with momentum and Adam, against changing
/// only its activation.
struct OptimizersKind: ExperimentKind {
    public init() {}

    public let name = "optimizers"
    public let summary = "SGD, momentum and Adam on the same deep network, against swapping its activation."

    public let parameters =
        DigitsTraining.parameters(activation: "sigmoid") + [
            ParameterSpec("learningRate", .number(1e-5...10), default: .number(0.1), "step size of SGD and momentum"),
            ParameterSpec("momentum", .number(0...0.99), default: .number(0.9), "momentum's μ"),
            ParameterSpec("adamRate", .number(1e-6...1), default: .number(0.003), "Adam's step size"),
        ]

    public let results = DigitsTraining.resultEntries(variants: .oneOf(["sgd", "momentum", "adam", "otherActivation"]))

    public let outputs: [ResultDoc] = [ResultDoc("loss", "figure: training loss per optimizer")]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let rate = parameters.number("learningRate")
        let variants = [
            DigitsTraining.Variant(name: "sgd", label: "SGD", optimizer: SGD(learningRate: rate)),
            DigitsTraining.Variant(
                name: "momentum", label: "SGD with momentum",
                optimizer: SGD(learningRate: rate, momentum: parameters.number("momentum"))),
            DigitsTraining.Variant(
                name: "adam", label: "Adam", optimizer: Adam(learningRate: parameters.number("adamRate"))),
        ]
        return try DigitsTraining(parameters, seed: seed, control: control).compare(
            variants, of: parameters, otherOptimizer: SGD(learningRate: rate), title: "Training loss: optimizers"
        ).result
    }
}

extension OptimizersKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        DigitsTraining.cost(parameters, runs: 4)
    }
}
