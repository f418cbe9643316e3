import NetEngine

/// Backpropagation against central finite differences, for every activation and every loss.
struct GradientCheckKind: ExperimentKind {
    /// Added to the seed for the networks that check the activations.
    static let activationNetworkSeed: UInt64 = 1
    /// Added to the seed for the networks that check the losses.
    static let lossNetworkSeed: UInt64 = 2

    public init() {}

    public let name = "gradient-check"
    public let summary = "Backprop gradients against central finite differences, per activation and per loss."

    static let losses = ["meanSquaredError", "binaryCrossEntropy", "softmaxCrossEntropy"]

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "activations", .list(of: .choice(ActivationChoices.all), count: 1...8),
            default: .list(ActivationChoices.all.map(ParameterValue.choice)), "hidden activations to check (with MSE)"
        ),
        ParameterSpec(
            "losses", .list(of: .choice(losses), count: 1...3),
            default: .list(losses.map(ParameterValue.choice)), "losses to check (with tanh hidden units)"),
        ParameterSpec(
            "sizes", .list(of: .integer(1...32), count: 2...6),
            default: .list([3, 5, 4, 3].map(ParameterValue.integer)),
            "layer sizes, inputs first"),
        ParameterSpec("batch", .integer(1...64), default: .integer(8), "examples in the checked batch"),
        ParameterSpec("step", .number(1e-8...1e-2), default: .number(1e-5), "finite-difference step h"),
        ParameterSpec("leakySlope", .number(0...1), default: .number(0.1), "leaky ReLU's slope for z < 0"),
        ParameterSpec("eluAlpha", .number(0.01...10), default: .number(1), "ELU's α"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["activationError", .choice(of: "activations")],
            "largest relative error over all parameters, network with activation NAME"),
        ResultEntry(["lossError", .choice(of: "losses")], "the same for loss NAME"),
        ResultEntry(["worstError"], "the largest of them all"),
        ResultEntry(["parameterCount"], "parameters compared per network"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("errors", "figure: largest relative error per activation and per loss (log scale)"),
        ResultDoc("errorTable", "table: the same numbers"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let sizes = parameters.integers("sizes")
        let batch = parameters.integer("batch")
        let checker = GradientCheck(step: parameters.number("step"))
        var generator = SeededGenerator(seed: seed)
        let inputs = Matrix(
            rows: batch, columns: sizes[0],
            elements: (0..<(batch * sizes[0])).map { _ in generator.nextUniform(in: -1...1) })
        let outputs = sizes.last!
        let labels = (0..<batch).map { _ in generator.nextInt(below: outputs) }
        func check(_ activation: Activation, _ loss: Loss, _ targets: Matrix, seed: UInt64) -> Double {
            var networkGenerator = SeededGenerator(seed: seed)
            let network = Network(
                sizes: sizes, hidden: activation, weightInitializer: .glorotUniform, biasValue: 0.1,
                using: &networkGenerator)
            return checker.check(network, inputs: inputs, targets: targets, loss: loss).maxRelativeError
        }
        let regressionTargets = Matrix(
            rows: batch, columns: outputs,
            elements: (0..<(batch * outputs)).map { _ in generator.nextUniform(in: -1...1) })
        var activationErrors: [String: ResultValue] = [:]
        var rows: [[ResultValue]] = []
        var bars: [Double] = []
        var categories: [String] = []
        for name in parameters.choices("activations") {
            try control.checkpoint()
            let error = check(
                ActivationChoices.activation(named: name, parameters), .meanSquaredError, regressionTargets,
                seed: seed &+ Self.activationNetworkSeed)
            activationErrors[name] = .number(error)
            rows.append([.string("activation \(name)"), .number(error)])
            (bars, categories) = (bars + [error], categories + [name])
        }
        var lossErrors: [String: ResultValue] = [:]
        for name in parameters.choices("losses") {
            try control.checkpoint()
            let (loss, targets): (Loss, Matrix) =
                switch name {
                case "binaryCrossEntropy":
                    (
                        .binaryCrossEntropyWithLogits,
                        Matrix(rows: batch, columns: outputs, elements: (0..<(batch * outputs)).map { Double($0 % 2) })
                    )
                case "softmaxCrossEntropy": (.softmaxCrossEntropy, oneHot(labels, classes: outputs))
                default: (.meanSquaredError, regressionTargets)
                }
            let error = check(.tanh, loss, targets, seed: seed &+ Self.lossNetworkSeed)
            lossErrors[name] = .number(error)
            rows.append([.string("loss \(name)"), .number(error)])
            (bars, categories) = (bars + [error], categories + [name])
        }
        let parameterCount = zip(sizes.dropLast(), sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        return ExperimentResult(
            values: [
                "activationError": .object(activationErrors), "lossError": .object(lossErrors),
                "worstError": .number(bars.max() ?? 0), "parameterCount": .number(Double(parameterCount)),
            ],
            figures: [
                Figure(
                    name: "errors", title: "Backprop against finite differences", kind: .bar,
                    xLabel: "activation or loss", yLabel: "largest relative error", yScale: .log,
                    series: [Figure.Series("largest relative error", x: [], y: bars.map { max($0, 1e-17) })],
                    categories: categories)
            ],
            tables: [
                ResultTable(
                    name: "errorTable", title: "Largest relative error", columns: ["checked", "error"], rows: rows)
            ])
    }
}

extension GradientCheckKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let sizes = parameters.integers("sizes")
        let parametersChecked = zip(sizes.dropLast(), sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        let checks = parameters.choices("activations").count + parameters.choices("losses").count
        // Central differences: two forward passes of the batch per parameter, and one backward pass.
        return checks
            * (2 * parametersChecked * .forward(sizes, rows: parameters.integer("batch"))
                + .forwardBackward(sizes, rows: parameters.integer("batch")))
    }
}
