import Foundation
import NetEngine

/// Without a non-linearity, depth buys nothing: a deep identity-activation network is one affine
/// map; the same depth with ReLU is not, and only the ReLU network can learn a non-linear boundary.
struct LinearityCollapseKind: ExperimentKind {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 1

    public init() {}

    public let name = "linearity-collapse"
    public let summary = "A deep linear network equals one affine map; with ReLU it does not, and it can solve XOR."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "depth", .integer(1...50), default: .integer(10),
            "hidden layers of the random networks compared with one affine map"),
        ParameterSpec("width", .integer(1...256), default: .integer(16), "units per hidden layer of those networks"),
        ParameterSpec(
            "probes", .integer(10...20_000), default: .integer(1000),
            "random inputs (uniform in [−1, 1]²) they are compared on"),
        ParameterSpec(
            "dataset", .choice(ToyData.names), default: .choice("xor"), "the training set for the three classifiers"),
        ParameterSpec("samples", .integer(20...5000), default: .integer(400), "training points"),
        ParameterSpec("noise", .number(0...1), default: .number(0.15), "noise of the training points"),
        ParameterSpec(
            "trainDepth", .integer(1...8), default: .integer(3), "hidden layers of the trained deep networks"),
        ParameterSpec(
            "trainWidth", .integer(2...128), default: .integer(16), "units per hidden layer of the trained networks"),
        ParameterSpec("epochs", .integer(1...2000), default: .integer(150), "training epochs (Adam, batches of 32)"),
        ParameterSpec("learningRate", .number(1e-5...1), default: .number(0.01), "Adam's step size"),
        ParameterSpec(
            "resolution", .integer(10...200), default: .integer(60), "grid cells per side of the decision-region plots"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(["maxDifference"], "largest |deep identity network − its collapsed affine map| over the probes"),
        ResultEntry(["reluResidual"], "relative RMS residual of the best affine fit to the same-depth ReLU network"),
        ResultEntry(["linearResidual"], "the same fit's residual for the identity network (rounding only)"),
        ResultEntry(["singleLayerAccuracy"], "training accuracy of softmax regression (no hidden layer)"),
        ResultEntry(["deepLinearAccuracy"], "training accuracy of the deep identity-activation network"),
        ResultEntry(["reluAccuracy"], "training accuracy of the same network with ReLU"),
        ResultEntry(
            ["bestLineAccuracy"],
            "the best training accuracy any straight line reaches (every direction in steps of 0.5°, every threshold)"),
        ResultEntry(["singleLayerLoss"], "softmax regression's mean cross-entropy on the training set after training"),
        ResultEntry(["deepLinearLoss"], "the same for the deep identity-activation network"),
        ResultEntry(
            ["singleLayerConfidence"],
            "softmax regression's largest predicted probability over all training points (0.5 is a coin toss)"),
        ResultEntry(["chanceLoss"], "the cross-entropy of predicting 1/2 for every point: ln 2"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("deepLinearRegions", "figure: decision regions of the trained deep linear network"),
        ResultDoc("reluRegions", "figure: decision regions of the trained ReLU network"),
        ResultDoc("accuracies", "table: the three training accuracies"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        var generator = SeededGenerator(seed: seed)
        let depth = parameters.integer("depth")
        let width = parameters.integer("width")
        let probes = Matrix(
            rows: parameters.integer("probes"), columns: 2,
            elements: (0..<(2 * parameters.integer("probes"))).map { _ in generator.nextUniform(in: -1...1) })
        let sizes = [2] + Array(repeating: width, count: depth) + [2]
        let linear = randomNetwork(
            sizes: sizes, hidden: .identity, weightInitializer: .glorotUniform, biasScale: 0.1, using: &generator)
        let collapsed = linear.collapsedToOneLayer()
        let linearOutputs = linear(probes)
        let difference = (linearOutputs - collapsed(probes)).elements.map(abs).max() ?? 0
        let relu = randomNetwork(
            sizes: sizes, hidden: .relu, weightInitializer: .glorotUniform, biasScale: 0.1, using: &generator)

        let data = ToyData.make(
            parameters.choice("dataset"), count: parameters.integer("samples"),
            noise: parameters.number("noise"), using: &generator)
        let trainSizes =
            [2] + Array(repeating: parameters.integer("trainWidth"), count: parameters.integer("trainDepth")) + [2]
        var accuracies: [String: Double] = [:]
        var losses: [String: Double] = [:]
        var trained: [String: Network] = [:]
        for (name, sizes, activation) in [
            ("singleLayerAccuracy", [2, 2], Activation.identity),
            ("deepLinearAccuracy", trainSizes, .identity), ("reluAccuracy", trainSizes, .relu),
        ] {
            var network = Network(
                sizes: sizes, hidden: activation, weightInitializer: .glorotUniform, using: &generator)
            accuracies[name] = try ToyData.trainClassifier(
                &network, on: data, epochs: parameters.integer("epochs"),
                learningRate: parameters.number("learningRate"), seed: seed &+ Self.shuffleSeed, control: control)
            trained[name] = network
            losses[name] = Loss.softmaxCrossEntropy.value(output: network(data.inputs), targets: data.targets)
        }
        let singleLayerProbabilities = softmaxRows(trained["singleLayerAccuracy"]!(data.inputs))
        let resolution = parameters.integer("resolution")
        func regions(_ key: String, _ name: String, _ title: String) -> Figure {
            ToyData.regionsFigure(trained[key]!, data: data, name: name, title: title, resolution: resolution)
        }
        return ExperimentResult(
            values: [
                "maxDifference": .number(difference),
                "reluResidual": .number(AffineFit(inputs: probes, outputs: relu(probes)).relativeResidual),
                "linearResidual": .number(AffineFit(inputs: probes, outputs: linearOutputs).relativeResidual),
                "singleLayerAccuracy": .number(accuracies["singleLayerAccuracy"]!),
                "deepLinearAccuracy": .number(accuracies["deepLinearAccuracy"]!),
                "reluAccuracy": .number(accuracies["reluAccuracy"]!),
                "bestLineAccuracy": .number(Self.bestLineAccuracy(data)),
                "singleLayerLoss": .number(losses["singleLayerAccuracy"]!),
                "deepLinearLoss": .number(losses["deepLinearAccuracy"]!),
                "singleLayerConfidence": .number(singleLayerProbabilities.elements.max() ?? 0),
                "chanceLoss": .number(
                    Loss.softmaxCrossEntropy.value(
                        output: Matrix(rows: data.inputs.rows, columns: 2), targets: data.targets)),
            ],
            figures: [
                regions("deepLinearAccuracy", "deepLinearRegions", "Deep linear network: decision regions"),
                regions("reluAccuracy", "reluRegions", "ReLU network: decision regions"),
            ],
            tables: [
                ResultTable(
                    name: "accuracies", title: "Training accuracy", columns: ["model", "accuracy"],
                    rows: [
                        [.string("softmax regression (no hidden layer)"), .number(accuracies["singleLayerAccuracy"]!)],
                        [
                            .string("\(parameters.integer("trainDepth")) identity hidden layers"),
                            .number(accuracies["deepLinearAccuracy"]!),
                        ],
                        [
                            .string("\(parameters.integer("trainDepth")) ReLU hidden layers"),
                            .number(accuracies["reluAccuracy"]!),
                        ],
                    ], percentColumns: [1])
            ])
    }

    /// The best training accuracy of any line: for each direction (steps of 0.5°, both orientations),
    /// points are sorted by their projection and every threshold between them is tried.
    static func bestLineAccuracy(_ data: Dataset) -> Double {
        let labels = data.labels
        let positives = labels.filter { $0 == 1 }.count
        var best = 0
        for step in 0..<720 {
            let angle = Double(step) * Double.pi / 360
            let projections = (0..<data.inputs.rows).map { row in
                cos(angle) * data.inputs[row, 0] + sin(angle) * data.inputs[row, 1]
            }
            // Threshold below everything: every point is called class 1.
            var correct = positives
            best = max(best, correct)
            for index in projections.indices.sorted(by: { projections[$0] < projections[$1] }) {
                correct += labels[index] == 1 ? -1 : 1
                best = max(best, correct)
            }
        }
        return Double(best) / Double(labels.count)
    }
}

extension LinearityCollapseKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let depth = parameters.integer("depth")
        let width = parameters.integer("width")
        let probes = parameters.integer("probes")
        let randomSizes = [2] + Array(repeating: width, count: depth) + [2]
        let trainSizes =
            [2] + Array(repeating: parameters.integer("trainWidth"), count: parameters.integer("trainDepth")) + [2]
        let samples = parameters.integer("samples")
        let epochs = parameters.integer("epochs")
        let grid = parameters.integer("resolution") * parameters.integer("resolution")
        let collapse = RunCost(work: Double(depth) * Double(width * width * 2), bytes: 0)
        let fit = RunCost(work: Double(probes) * 3 * 2 * 4, bytes: Double(probes) * 8 * 8)
        let lineSearch = RunCost(work: 720 * Double(samples) * 16, bytes: Double(samples) * 8 * 2)
        return 3 * .forward(randomSizes, rows: probes) + collapse + 2 * fit + lineSearch
            + .training([2, 2], samples: samples, epochs: epochs) + 2
            * .training(trainSizes, samples: samples, epochs: epochs)
            + 2 * .forward(trainSizes, rows: grid)
    }
}
