import Foundation
import NetEngine

/// Flat tails: how sigmoid, tanh and ReLU stacks saturate and pass gradients at initialization
/// under several initializations, and what happens when a deep sigmoid stack is trained on digits.
struct SigmoidSaturationKind: ExperimentKind {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 7

    public init() {}

    public let name = "sigmoid-saturation"
    public let summary =
        "Saturation and per-layer gradients of deep sigmoid, tanh and ReLU stacks; training them on digits."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "activations", .list(of: .choice(ActivationChoices.trainable), count: 1...3),
            default: .list(ActivationChoices.trainable.map(ParameterValue.choice)), "hidden activations compared"),
        ParameterSpec(
            "initializations", .list(of: .choice(ActivationChoices.initializations), count: 1...4),
            default: .list(ActivationChoices.initializations.map(ParameterValue.choice)),
            "standard: uniform ±1/√fan-in; glorot: uniform ±√(6/(fan-in+fan-out)); he: normal √(2/fan-in); scaled: normal weightScale"
        ),
        ParameterSpec(
            "weightScale", .number(1e-4...100), default: .number(1),
            "standard deviation of the 'scaled' initialization",
            label: "weight scale s"),
        ParameterSpec("depth", .integer(1...10), default: .integer(5), "hidden layers"),
        ParameterSpec("width", .integer(4...256), default: .integer(32), "units per hidden layer"),
        ParameterSpec(
            "trainInitialization", .choice(ActivationChoices.initializations), default: .choice("standard"),
            "initialization of the trained networks"),
        ParameterSpec(
            "epochs", .integer(1...200), default: .integer(12), "training epochs (plain SGD, batches of 32, shuffled)"),
        ParameterSpec("learningRate", .number(1e-5...10), default: .number(0.1), "SGD step size"),
        ParameterSpec(
            "saturation", .number(0.001...0.9), default: .number(0.1),
            "a unit counts as saturated where f′(z) is below this share of f′'s peak"),
        ParameterSpec(
            "batch", .integer(10...1437), default: .integer(256),
            "training images used for the measurements at initialization"),
        ParameterSpec(
            "wrongLogit", .number(0...50), default: .number(8),
            "a sigmoid output unit at logit −wrongLogit whose target is 1: confidently wrong"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            [
                "saturatedFraction", .choice(of: "activations"), .choice(of: "initializations"),
                .index(.value(of: "depth", plus: 0)),
            ], "share of saturated (image, unit) pairs in hidden layer L at initialization"),
        ResultEntry(
            [
                "gradientNorm", .choice(of: "activations"), .choice(of: "initializations"),
                .index(.value(of: "depth", plus: 1)),
            ], "norm of the loss gradient on layer L's weights at initialization (L = hidden layers, then output)"),
        ResultEntry(
            ["gradientRatio", .choice(of: "activations"), .choice(of: "initializations")],
            "first layer's gradient norm over the output layer's"),
        ResultEntry(
            ["lossHistory", .choice(of: "activations"), .index(.value(of: "epochs", plus: 0))],
            "mean training loss during epoch E+1 (trainInitialization)"),
        ResultEntry(
            ["topLayerMeanActivation", .choice(of: "activations"), .index(.value(of: "epochs", plus: 0))],
            "mean output of the top hidden layer on the training set after epoch E+1"),
        ResultEntry(
            ["topSaturation", .choice(of: "activations"), .index(.value(of: "epochs", plus: 0))],
            "saturated share of the top hidden layer after epoch E+1"),
        ResultEntry(["testAccuracy", .choice(of: "activations")], "held-out accuracy after training"),
        ResultEntry(["maxSigmoidDerivative"], "the largest σ′(z) on a fine grid of [−10, 10]"),
        ResultEntry(
            ["wrongOutputGradient", "crossEntropy"],
            "|∂loss/∂logit| of binary cross-entropy for the confidently wrong output"),
        ResultEntry(["wrongOutputGradient", "squaredError"], "the same for squared error on σ(logit)"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc(
            "histograms", "figure: pre-activation histograms per layer of the first activation and initialization"),
        ResultDoc(
            "gradientNorms", "figure: gradient norm per layer at initialization (trainInitialization; log scale)"),
        ResultDoc("trainingLoss", "figure: training loss per epoch"),
        ResultDoc("topLayer", "figure: mean activation of the top hidden layer per epoch"),
        ResultDoc(
            "initializationTable", "table: saturation and gradient ratio for every activation and initialization"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let (train, test) = try DigitsSplit.load()
        let sizes =
            [train.inputs.columns] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth"))
            + [train.targets.columns]
        let initialized = Self.probeInitializations(
            parameters, sizes: sizes, probe: train.subset(0..<parameters.integer("batch")), seed: seed)
        let trained = try Self.trainEachActivation(
            parameters, sizes: sizes, train: train, test: test, seed: seed, control: control)
        return Self.result(parameters, initialized: initialized, trained: trained)
    }

    /// Saturation and gradient norms of fresh networks, per activation and initialization.
    struct Initialized {
        var saturated: [String: ResultValue] = [:]
        var norms: [String: ResultValue] = [:]
        var ratios: [String: ResultValue] = [:]
        var tableRows: [[ResultValue]] = []
        var histograms: Figure?
    }

    /// What training each activation recorded, epoch by epoch.
    struct Trained {
        var losses: [String: [Double]] = [:]
        var topMeans: [String: [Double]] = [:]
        var topSaturation: [String: [Double]] = [:]
        var accuracies: [String: ResultValue] = [:]
    }

    /// Builds a network for every activation × initialization and measures it on `probe`.
    static func probeInitializations(_ parameters: ParameterValues, sizes: [Int], probe: Dataset, seed: UInt64)
        -> Initialized
    {
        let threshold = parameters.number("saturation")
        var measured = Initialized()
        for name in parameters.choices("activations") {
            var saturatedByInit: [String: ResultValue] = [:]
            var normsByInit: [String: ResultValue] = [:]
            var ratioByInit: [String: ResultValue] = [:]
            for initialization in parameters.choices("initializations") {
                var generator = SeededGenerator(seed: seed)
                let network = Network(
                    sizes: sizes, hidden: ActivationChoices.trainable(name), output: .identity,
                    weightInitializer: ActivationChoices.initializer(initialization, parameters), using: &generator)
                let trace = network.forward(probe.inputs)
                let fractions = saturatedFractions(
                    network, trace: trace, hidden: ActivationChoices.trainable(name), threshold: threshold)
                let gradient = Loss.softmaxCrossEntropy.valueAndGradient(output: trace.output, targets: probe.targets)
                    .gradient
                let layerNorms = Probes.weightGradientNorms(
                    network, gradients: network.backward(trace, outputGradient: gradient))
                let ratio = layerNorms.first! / max(layerNorms.last!, 1e-300)
                saturatedByInit[initialization] = .numbers(fractions)
                normsByInit[initialization] = .numbers(layerNorms)
                ratioByInit[initialization] = .number(ratio)
                measured.tableRows.append([
                    .string(ActivationChoices.label(name)), .string(initialization), .number(fractions.last ?? 0),
                    .number(ratio),
                ])
                if measured.histograms == nil {
                    measured.histograms = Self.histograms(
                        trace, name: name, initialization: initialization, depth: parameters.integer("depth"))
                }
            }
            measured.saturated[name] = .object(saturatedByInit)
            measured.norms[name] = .object(normsByInit)
            measured.ratios[name] = .object(ratioByInit)
        }
        return measured
    }

    /// Trains one network per activation on the digits, recording loss and the top layer each epoch.
    static func trainEachActivation(
        _ parameters: ParameterValues, sizes: [Int], train: Dataset, test: Dataset, seed: UInt64, control: RunControl
    ) throws -> Trained {
        let depth = parameters.integer("depth")
        let threshold = parameters.number("saturation")
        var measured = Trained()
        for name in parameters.choices("activations") {
            var generator = SeededGenerator(seed: seed)
            var network = Network(
                sizes: sizes, hidden: ActivationChoices.trainable(name), output: .identity,
                weightInitializer: ActivationChoices.initializer(parameters.choice("trainInitialization"), parameters),
                using: &generator)
            var optimizer = SGD(learningRate: parameters.number("learningRate"))
            try NetEngine.train(
                &network, on: train, loss: .softmaxCrossEntropy, optimizer: &optimizer,
                options: TrainingOptions(
                    epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
                checkpoint: control.checkpoint
            ) { report, current in
                let trace = current.forward(train.inputs)
                let top = trace.layers[depth - 1].activation.elements
                measured.losses[name, default: []].append(report.meanBatchLoss)
                measured.topMeans[name, default: []].append(top.reduce(0, +) / Double(max(top.count, 1)))
                let fractions = saturatedFractions(
                    current, trace: trace, hidden: ActivationChoices.trainable(name), threshold: threshold)
                measured.topSaturation[name, default: []].append(fractions[depth - 1])
            }
            measured.accuracies[name] = .number(accuracy(of: network, on: test))
        }
        return measured
    }

    /// |∂loss/∂logit| for a confidently wrong sigmoid output, under cross-entropy and squared error.
    static func wrongOutputGradients(_ parameters: ParameterValues) -> (crossEntropy: Double, squaredError: Double) {
        let wrong = Matrix([[-parameters.number("wrongLogit")]])
        let target = Matrix([[1]])
        let crossEntropy = abs(
            Loss.binaryCrossEntropyWithLogits.valueAndGradient(output: wrong, targets: target).gradient[0, 0])
        let squaredError = abs(
            Loss.meanSquaredError.valueAndGradient(
                output: wrong.map(Activation.sigmoid.callAsFunction), targets: target
            )
            .gradient[0, 0] * Activation.sigmoid.derivative(wrong[0, 0]))
        return (crossEntropy, squaredError)
    }

    /// The values, figures and table of one run.
    static func result(_ parameters: ParameterValues, initialized: Initialized, trained: Trained) -> ExperimentResult {
        let activations = parameters.choices("activations")
        let depth = parameters.integer("depth")
        let (crossEntropyGradient, squaredErrorGradient) = wrongOutputGradients(parameters)
        let maxDerivative =
            stride(from: -10.0, through: 10.0, by: 0.001).map { Activation.sigmoid.derivative($0) }.max() ?? 0
        let epochs = (1...parameters.integer("epochs")).map(Double.init)
        let layerAxis = (1...(depth + 1)).map(Double.init)
        let trainInit = parameters.choice("trainInitialization")
        return ExperimentResult(
            values: [
                "saturatedFraction": .object(initialized.saturated), "gradientNorm": .object(initialized.norms),
                "gradientRatio": .object(initialized.ratios),
                "lossHistory": .object(trained.losses.mapValues(ResultValue.numbers)),
                "topLayerMeanActivation": .object(trained.topMeans.mapValues(ResultValue.numbers)),
                "topSaturation": .object(trained.topSaturation.mapValues(ResultValue.numbers)),
                "testAccuracy": .object(trained.accuracies), "maxSigmoidDerivative": .number(maxDerivative),
                "wrongOutputGradient": .object([
                    "crossEntropy": .number(crossEntropyGradient), "squaredError": .number(squaredErrorGradient),
                ]),
            ],
            figures: [
                initialized.histograms!,
                Figure(
                    name: "gradientNorms", title: "Weight-gradient norm per layer at initialization (\(trainInit))",
                    kind: .line,
                    xLabel: "layer (last = output)", yLabel: "gradient norm", yScale: .log,
                    series: activations.compactMap { name in
                        initialized.norms[name]?.value(at: [trainInit])?.elements.map {
                            Figure.Series(ActivationChoices.label(name), x: layerAxis, y: $0.compactMap(\.number))
                        }
                    }),
                Figure(
                    name: "trainingLoss", title: "Training loss", kind: .line, xLabel: "epoch", yLabel: "cross-entropy",
                    series: activations.map {
                        Figure.Series(ActivationChoices.label($0), x: epochs, y: trained.losses[$0] ?? [])
                    }),
                Figure(
                    name: "topLayer", title: "Mean activation of the top hidden layer", kind: .line, xLabel: "epoch",
                    yLabel: "mean activation",
                    series: activations.map {
                        Figure.Series(ActivationChoices.label($0), x: epochs, y: trained.topMeans[$0] ?? [])
                    }),
            ],
            tables: [
                ResultTable(
                    name: "initializationTable", title: "At initialization",
                    columns: [
                        "activation", "initialization", "saturated, top hidden layer", "gradient ratio first/output",
                    ],
                    rows: initialized.tableRows, percentColumns: [2])
            ])
    }

    /// Histograms of each hidden layer's pre-activations.
    static func histograms(_ trace: Trace, name: String, initialization: String, depth: Int) -> Figure {
        let all = trace.layers.prefix(depth).flatMap(\.preActivation.elements)
        let limit = max(all.map(abs).max() ?? 1, 1e-9)
        let bins = 24
        let width = 2 * limit / Double(bins)
        let centers = (0..<bins).map { -limit + (Double($0) + 0.5) * width }
        let series = trace.layers.prefix(depth).enumerated().map { index, layer -> Figure.Series in
            var counts = [Double](repeating: 0, count: bins)
            for z in layer.preActivation.elements { counts[min(bins - 1, max(0, Int((z + limit) / width)))] += 1 }
            let total = Double(max(layer.preActivation.elements.count, 1))
            return Figure.Series("layer \(index + 1)", x: centers, y: counts.map { $0 / total })
        }
        return Figure(
            name: "histograms",
            title: "Pre-activations per hidden layer at initialization (\(name), \(initialization))",
            kind: .line, xLabel: "pre-activation z", yLabel: "share of units", series: series)
    }
}

extension SigmoidSaturationKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let sizes = [64] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth")) + [10]
        let activations = parameters.choices("activations").count
        let probes = activations * parameters.choices("initializations").count
        let epochs = parameters.integer("epochs")
        let training =
            .training(sizes, samples: RunCost.digitsTrainCount, epochs: epochs)
            + epochs * .forward(sizes, rows: RunCost.digitsTrainCount) + .forward(sizes, rows: RunCost.digitsCount)
        return probes * .forwardBackward(sizes, rows: parameters.integer("batch")) + activations * training
            + .scalars(20_001, each: 40)
    }
}
