import Foundation
import NetEngine

/// Per-layer gain: how a deep stack started from normal weights of a given scale passes its
/// signal up and its error down, and how well it then trains, for each activation and scale.
struct LayerGainKind: ExperimentKind {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 7

    public init() {}

    public let name = "layer-gain"
    public let summary =
        "Forward spread and backward error per layer of deep stacks started at several weight scales, and their accuracy."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "activations", .list(of: .choice(ActivationChoices.trainable), count: 1...3),
            default: .list(ActivationChoices.trainable.map(ParameterValue.choice)), "hidden activations compared"),
        ParameterSpec(
            "scales", .list(of: .number(1e-3...10), count: 1...8),
            default: .list([0.1, 0.25, 0.5, 1, 2].map(ParameterValue.number)),
            "standard deviations s of the normal initial weights (biases start at 0)"),
        ParameterSpec("depth", .integer(2...10), default: .integer(5), "hidden layers"),
        ParameterSpec("width", .integer(4...256), default: .integer(32), "units per hidden layer"),
        ParameterSpec(
            "epochs", .integer(1...200), default: .integer(8), "training epochs (plain SGD, batches of 32, shuffled)"),
        ParameterSpec("learningRate", .number(1e-5...10), default: .number(0.1), "SGD step size"),
        ParameterSpec(
            "batch", .integer(10...1437), default: .integer(256),
            "training images the measurements at initialization use"
        ),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["accuracy", .choice(of: "activations"), .index(.each("scales"))],
            "held-out accuracy after training from weights of scale S (index into scales)"),
        ResultEntry(
            [
                "forwardSpread", .choice(of: "activations"), .index(.each("scales")),
                .index(.value(of: "depth", plus: 0)),
            ],
            "at initialization: hidden layer L's outputs, each unit's standard deviation across the images, averaged over units"
        ),
        ResultEntry(
            ["errorNorm", .choice(of: "activations"), .index(.each("scales")), .index(.value(of: "depth", plus: 1))],
            "at initialization: norm of ∂loss/∂pre-activation of layer L (hidden layers, then output)"),
        ResultEntry(
            [
                "weightGradientNorm", .choice(of: "activations"), .index(.each("scales")),
                .index(.value(of: "depth", plus: 1)),
            ],
            "at initialization: norm of ∂loss/∂weights of layer L"),
        ResultEntry(
            ["measuredGain", .choice(of: "activations"), .index(.each("scales"))],
            "the forward spread's factor per hidden layer, (top / first)^(1/(depth−1))"),
        ResultEntry(
            ["predictedGain", .choice(of: "activations"), .index(.each("scales"))],
            "s·√width·c, with c = f′(0) for sigmoid (¼) and tanh (1), √½ for ReLU (half its units pass)"),
        ResultEntry(
            ["errorRatio", .choice(of: "activations"), .index(.each("scales"))],
            "first hidden layer's error norm over the output layer's"),
        ResultEntry(
            ["weightGradientRatio", .choice(of: "activations"), .index(.each("scales"))],
            "first layer's weight-gradient norm over the output layer's"),
        ResultEntry(
            ["meanOutput", .choice(of: "activations"), .index(.each("scales"))],
            "mean output of the top hidden layer at initialization"),
        ResultEntry(["tanhIdentityError"], "the largest |tanh(z) − (2σ(2z) − 1)| on [−10, 10]"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("accuracyByScale", "figure: held-out accuracy against the initial weight scale, per activation"),
        ResultDoc("forwardSpread", "figure: forward spread per hidden layer at each scale, first activation (log)"),
        ResultDoc("errorNorms", "figure: error norm per layer at each scale, first activation (log)"),
        ResultDoc("gains", "table: predicted and measured gain, error and weight-gradient ratios, accuracy"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let (train, test) = try DigitsSplit.load()
        let probe = train.subset(0..<parameters.integer("batch"))
        var cells: [String: [Cell]] = [:]
        for name in parameters.choices("activations") {
            cells[name] = try parameters.numbers("scales").map { scale in
                try Self.measure(
                    name, scale: scale, parameters, probe: probe, train: train, test: test, seed: seed, control: control
                )
            }
        }
        return Self.result(parameters, cells: cells)
    }

    /// What one activation at one scale measured.
    struct Cell {
        var accuracy: Double
        var forwardSpread: [Double]
        var errorNorms: [Double]
        var weightGradientNorms: [Double]
        var meanOutput: Double
        var predictedGain: Double

        var measuredGain: Double {
            pow(forwardSpread.last! / forwardSpread.first!, 1 / Double(max(forwardSpread.count - 1, 1)))
        }
    }

    /// Probes a fresh network on `probe`, then trains the same network and tests it.
    static func measure(
        _ name: String, scale: Double, _ parameters: ParameterValues, probe: Dataset, train: Dataset, test: Dataset,
        seed: UInt64, control: RunControl
    ) throws -> Cell {
        let depth = parameters.integer("depth")
        let width = parameters.integer("width")
        let sizes = [train.inputs.columns] + Array(repeating: width, count: depth) + [train.targets.columns]
        var generator = SeededGenerator(seed: seed)
        var network = Network(
            sizes: sizes, hidden: ActivationChoices.trainable(name),
            weightInitializer: .scaledNormal(standardDeviation: scale), using: &generator)
        let trace = network.forward(probe.inputs)
        let hidden = trace.layers.prefix(depth).map(\.activation)
        let spread = hidden.map { layer in
            (0..<layer.columns).map { populationStandardDeviation(layer.column($0)) }.reduce(0, +)
                / Double(layer.columns)
        }
        let gradient = Loss.softmaxCrossEntropy.valueAndGradient(output: trace.output, targets: probe.targets).gradient
        let gradients = network.backward(trace, outputGradient: gradient)
        let weightGradientNorms = Probes.weightGradientNorms(network, gradients: gradients)
        let top = hidden.last!.elements
        var optimizer = SGD(learningRate: parameters.number("learningRate"))
        try NetEngine.train(
            &network, on: train, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(
                epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
            checkpoint: control.checkpoint)
        return Cell(
            accuracy: accuracy(of: network, on: test), forwardSpread: spread,
            errorNorms: gradients.deltas.map(\.frobeniusNorm),
            weightGradientNorms: weightGradientNorms,
            meanOutput: top.reduce(0, +) / Double(top.count),
            predictedGain: scale * Double(width).squareRoot() * ActivationChoices.gainSlope(name))
    }
}

extension LayerGainKind {
    /// The values, figures and table of one run.
    static func result(_ parameters: ParameterValues, cells: [String: [Cell]]) -> ExperimentResult {
        let activations = parameters.choices("activations")
        let scales = parameters.numbers("scales")
        let depth = parameters.integer("depth")
        func byActivation(_ value: (Cell) -> ResultValue) -> ResultValue {
            .object(cells.mapValues { .array($0.map(value)) })
        }
        let first = activations[0]
        let hiddenAxis = (1...depth).map(Double.init)
        let layerAxis = (1...(depth + 1)).map(Double.init)
        let label = { (scale: Double) in "s = \(JSONText.format(scale))" }
        let tanhError =
            stride(from: -10.0, through: 10.0, by: 0.001).map { z in
                abs(Activation.tanh(z) - (2 * Activation.sigmoid(2 * z) - 1))
            }.max() ?? 0
        let rows: [[ResultValue]] = activations.flatMap { name in
            zip(scales, cells[name]!).map { scale, cell in
                [
                    .string(ActivationChoices.label(name)), .number(scale), .number(cell.predictedGain),
                    .number(cell.measuredGain),
                    .number(cell.errorNorms[0] / cell.errorNorms[depth]),
                    .number(cell.weightGradientNorms[0] / cell.weightGradientNorms[depth]), .number(cell.accuracy),
                ]
            }
        }
        return ExperimentResult(
            values: [
                "accuracy": byActivation { .number($0.accuracy) },
                "forwardSpread": byActivation { .numbers($0.forwardSpread) },
                "errorNorm": byActivation { .numbers($0.errorNorms) },
                "weightGradientNorm": byActivation { .numbers($0.weightGradientNorms) },
                "measuredGain": byActivation { .number($0.measuredGain) },
                "predictedGain": byActivation { .number($0.predictedGain) },
                "errorRatio": byActivation { .number($0.errorNorms[0] / $0.errorNorms[depth]) },
                "weightGradientRatio": byActivation {
                    .number($0.weightGradientNorms[0] / $0.weightGradientNorms[depth])
                },
                "meanOutput": byActivation { .number($0.meanOutput) },
                "tanhIdentityError": .number(tanhError),
            ],
            figures: [
                Figure(
                    name: "accuracyByScale", title: "Held-out accuracy against the initial weight scale", kind: .line,
                    xLabel: "standard deviation s of the initial weights (log scale)", yLabel: "held-out accuracy",
                    xScale: .log,
                    series: activations.map { name in
                        Figure.Series(ActivationChoices.label(name), x: scales, y: cells[name]!.map(\.accuracy))
                    }),
                Figure(
                    name: "forwardSpread",
                    title: "Spread of each \(first) layer's outputs across images, at initialization",
                    kind: .line, xLabel: "hidden layer", yLabel: "spread across images", yScale: .log,
                    series: zip(scales, cells[first]!).map {
                        Figure.Series(label($0), x: hiddenAxis, y: $1.forwardSpread)
                    }),
                Figure(
                    name: "errorNorms", title: "Back-propagated error per \(first) layer, at initialization",
                    kind: .line, xLabel: "layer (last = output)", yLabel: "‖∂loss/∂z‖", yScale: .log,
                    series: zip(scales, cells[first]!).map { Figure.Series(label($0), x: layerAxis, y: $1.errorNorms) }),
            ],
            tables: [
                ResultTable(
                    name: "gains", title: "Per-layer gain at initialization, and accuracy after training",
                    columns: [
                        "activation", "weight scale s", "predicted gain", "measured gain", "error ratio first/output",
                        "weight-gradient ratio first/output", "held-out accuracy",
                    ], rows: rows, percentColumns: [6])
            ])
    }

    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let sizes = [64] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth")) + [10]
        let cells = parameters.choices("activations").count * parameters.numbers("scales").count
        let one =
            .forwardBackward(sizes, rows: parameters.integer("batch"))
            + .training(sizes, samples: RunCost.digitsTrainCount, epochs: parameters.integer("epochs"))
            + .forward(sizes, rows: RunCost.digitsCount)
        return cells * one + .scalars(20_001, each: 40)
    }
}
