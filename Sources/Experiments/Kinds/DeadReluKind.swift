import Foundation
import NetEngine

/// Dead ReLU units: how many units stop firing for good as the learning rate grows, that their
/// gradient is exactly zero, that leaky ReLU keeps them learning, and how deep narrow networks can
/// be born dead.
struct DeadReluKind: ExperimentKind {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 100
    /// Added to the seed for the networks drawn for the born-dead estimate.
    static let bornDeadSeed: UInt64 = 1000

    public init() {}

    public let name = "dead-relu"
    public let summary = "Units that never fire, over training and per learning rate; leaky ReLU; networks born dead."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "dataset", .choice(["digits", "moons"]), default: .choice("digits"),
            "training data (digits: every fifth image is held out)"),
        ParameterSpec(
            "learningRates", .list(of: .number(1e-5...10), count: 1...8),
            default: .list([0.01, 0.1, 0.5, 1, 2].map(ParameterValue.number)),
            "plain SGD step sizes to compare"),
        ParameterSpec(
            "width", .integer(2...256), default: .integer(48), "units per hidden layer", label: "units per layer"),
        ParameterSpec("depth", .integer(1...6), default: .integer(2), "hidden layers"),
        ParameterSpec("epochs", .integer(1...200), default: .integer(8), "training epochs (batches of 32, shuffled)"),
        ParameterSpec("leakySlope", .number(0.001...0.5), default: .number(0.01), "leaky ReLU's slope for z < 0"),
        ParameterSpec(
            "bornDead.width", .list(of: .integer(1...64), count: 1...4),
            default: .list([1, 2, 4].map(ParameterValue.integer)),
            "widths of the freshly initialized networks"),
        ParameterSpec(
            "bornDead.depth", .list(of: .integer(1...64), count: 1...10),
            default: .list([1, 2, 4, 8, 16, 32].map(ParameterValue.integer)), "their numbers of hidden layers"),
        ParameterSpec(
            "bornDead.trials", .integer(10...10_000), default: .integer(500), "networks drawn per width and depth"),
        ParameterSpec(
            "bornDead.domain", .choice(["interval", "point"]), default: .choice("interval"),
            "one input; 'interval': dead on all of [−1, 1] (decided exactly); 'point': dead at x = 1"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["deadFraction", .index(.each("learningRates"))],
            "share of hidden units that are never positive on the training set after training, learning rate N"),
        ResultEntry(
            ["deadFractionHistory", .index(.each("learningRates")), .index(.value(of: "epochs", plus: 0))],
            "the same after epoch E+1"),
        ResultEntry(
            ["leakyDeadFraction", .index(.each("learningRates"))],
            "share of leaky-ReLU units never positive after training (they still learn)"),
        ResultEntry(["accuracy", .index(.each("learningRates"))], "held-out accuracy of the ReLU network"),
        ResultEntry(["leakyAccuracy", .index(.each("learningRates"))], "held-out accuracy of the leaky-ReLU network"),
        ResultEntry(
            ["deadGradientMax"],
            "largest |gradient| on any dead unit's incoming weights or bias, over all rates (exactly 0)"),
        ResultEntry(["deadUnitsChecked"], "dead units whose gradients were checked"),
        ResultEntry(
            ["negativeWeightShare", .index(.each("learningRates"))],
            "share of first-layer weights that are negative after training"),
        ResultEntry(
            ["turnedNegativeShare", .index(.each("learningRates"))],
            "share of first-layer weights that training turned from positive to negative"),
        ResultEntry(
            ["bornDeadProbability", .index(.each("bornDead.width")), .index(.each("bornDead.depth"))],
            "share of fresh networks (width N, depth M) with a hidden layer zero on the whole domain"),
        ResultEntry(
            ["bornDeadTheory", .index(.each("bornDead.depth"))],
            "1 − 2^−(depth−1), the width-1 probability with zero biases, per depth M"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("deadOverTraining", "figure: dead fraction after each epoch, one line per learning rate"),
        ResultDoc("bornDead", "figure: probability of being born dead against depth, one line per width"),
        ResultDoc("summary", "table: per learning rate, dead fractions and accuracies"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let (train, test) = try Self.data(parameters.choice("dataset"), seed: seed)
        let trained = try Self.trainEveryRate(parameters, train: train, test: test, seed: seed, control: control)
        let bornDead = try Self.bornDeadProbabilities(parameters, seed: seed, control: control)
        return Self.result(parameters, trained: trained, bornDead: bornDead)
    }

    /// What training at each learning rate measured, ReLU and leaky ReLU side by side.
    struct TrainedRates {
        var deadFinal: [Double] = []
        var histories: [[Double]] = []
        var leakyDead: [Double] = []
        var accuracies: [Double] = []
        var leakyAccuracies: [Double] = []
        var negativeShares: [Double] = []
        var turnedNegativeShares: [Double] = []
        var gradientMax = 0.0
        var checkedUnits = 0
    }

    /// Trains a ReLU and a leaky-ReLU network at every learning rate, measuring dead units after
    /// each epoch and checking that dead units' gradients are zero.
    static func trainEveryRate(
        _ parameters: ParameterValues, train: Dataset, test: Dataset, seed: UInt64, control: RunControl
    ) throws -> TrainedRates {
        let sizes =
            [train.inputs.columns] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth"))
            + [train.targets.columns]
        var measured = TrainedRates()
        for (index, rate) in parameters.numbers("learningRates").enumerated() {
            for leaky in [false, true] {
                var generator = SeededGenerator(seed: seed &+ UInt64(index))
                let activation: Activation = leaky ? .leakyReLU(slope: parameters.number("leakySlope")) : .relu
                var network = Network(sizes: sizes, hidden: activation, weightInitializer: .heNormal, using: &generator)
                let initialWeights = network.denseLayers[0].weights.elements
                var optimizer = SGD(learningRate: rate)
                var history: [Double] = []
                try NetEngine.train(
                    &network, on: train, loss: .softmaxCrossEntropy, optimizer: &optimizer,
                    options: TrainingOptions(
                        epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
                    checkpoint: control.checkpoint
                ) { _, current in
                    history.append(Self.deadShare(current, on: train.inputs))
                }
                let finalDead = Self.deadShare(network, on: train.inputs)
                if leaky {
                    measured.leakyDead.append(finalDead)
                    measured.leakyAccuracies.append(accuracy(of: network, on: test))
                    continue
                }
                measured.deadFinal.append(finalDead)
                measured.histories.append(history)
                measured.accuracies.append(accuracy(of: network, on: test))
                let firstWeights = network.denseLayers[0].weights.elements
                let weightCount = Double(max(firstWeights.count, 1))
                measured.negativeShares.append(Double(firstWeights.filter { $0 < 0 }.count) / weightCount)
                let turned = zip(initialWeights, firstWeights).filter { $0 > 0 && $1 < 0 }.count
                measured.turnedNegativeShares.append(Double(turned) / weightCount)
                let (largest, count) = Self.deadUnitGradients(network, data: train)
                measured.gradientMax = max(measured.gradientMax, largest)
                measured.checkedUnits += count
            }
        }
        return measured
    }

    /// Per width and depth, the share of fresh networks born dead (Monte Carlo over the trials).
    static func bornDeadProbabilities(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws
        -> [[Double]]
    {
        let trials = parameters.integer("bornDead.trials")
        let pointOnly = parameters.choice("bornDead.domain") == "point"
        var generator = SeededGenerator(seed: seed &+ Self.bornDeadSeed)
        return try parameters.integers("bornDead.width").map { width in
            try parameters.integers("bornDead.depth").map { depth in
                try control.checkpoint()
                let dead = (0..<trials).filter { _ in
                    Self.isBornDead(width: width, depth: depth, pointOnly: pointOnly, using: &generator)
                }
                return Double(dead.count) / Double(trials)
            }
        }
    }

    /// The values, figures and table of one run.
    static func result(_ parameters: ParameterValues, trained: TrainedRates, bornDead: [[Double]]) -> ExperimentResult {
        let rates = parameters.numbers("learningRates")
        let widths = parameters.integers("bornDead.width")
        let depths = parameters.integers("bornDead.depth")
        let theory = depths.map { 1 - pow(2, -Double($0 - 1)) }
        let epochs = (1...parameters.integer("epochs")).map(Double.init)
        let depthAxis = depths.map(Double.init)
        let rows: [[ResultValue]] = rates.indices.map { index in
            [
                .number(rates[index]), .number(trained.deadFinal[index]), .number(trained.leakyDead[index]),
                .number(trained.accuracies[index]), .number(trained.leakyAccuracies[index]),
            ]
        }
        return ExperimentResult(
            values: [
                "deadFraction": .numbers(trained.deadFinal), "deadFractionHistory": .numberRows(trained.histories),
                "leakyDeadFraction": .numbers(trained.leakyDead), "accuracy": .numbers(trained.accuracies),
                "leakyAccuracy": .numbers(trained.leakyAccuracies),
                "deadGradientMax": .number(trained.gradientMax),
                "deadUnitsChecked": .number(Double(trained.checkedUnits)),
                "negativeWeightShare": .numbers(trained.negativeShares),
                "turnedNegativeShare": .numbers(trained.turnedNegativeShares),
                "bornDeadProbability": .numberRows(bornDead), "bornDeadTheory": .numbers(theory),
            ],
            figures: [
                Figure(
                    name: "deadOverTraining", title: "Share of dead ReLU units during training", kind: .line,
                    xLabel: "epoch", yLabel: "dead units",
                    series: rates.indices.map {
                        Figure.Series(
                            "learning rate \(JSONText.format(rates[$0]))", x: epochs, y: trained.histories[$0])
                    }),
                Figure(
                    name: "bornDead", title: "Networks born dead, against depth", kind: .line,
                    xLabel: "hidden layers", yLabel: "probability",
                    series: widths.indices.map {
                        Figure.Series("width \(widths[$0])", x: depthAxis, y: bornDead[$0])
                    } + [Figure.Series("width 1, theory", x: depthAxis, y: theory)]),
            ],
            tables: [
                ResultTable(
                    name: "summary", title: "After training",
                    columns: [
                        "learning rate", "dead (ReLU)", "never positive (leaky)", "accuracy (ReLU)", "accuracy (leaky)",
                    ], rows: rows, percentColumns: [1, 2, 3, 4])
            ])
    }

    /// Training and held-out sets.
    static func data(_ name: String, seed: UInt64) throws -> (Dataset, Dataset) {
        if name == "moons" {
            var generator = SeededGenerator(seed: seed)
            let all = SyntheticData.moons(count: 600, noise: 0.15, using: &generator)
            return (all.subset(0..<500), all.subset(500..<600))
        }
        return try DigitsSplit.load()
    }

    /// Share of all hidden units that are never positive on `inputs`.
    static func deadShare(_ network: Network, on inputs: Matrix) -> Double {
        let hidden = Probes.deadUnits(network, on: inputs).dropLast().joined()
        return Double(hidden.filter { $0 }.count) / Double(max(hidden.count, 1))
    }

    /// The largest |gradient| reaching the incoming weights and bias of any dead hidden unit, on
    /// the whole training set, and how many dead units there were.
    static func deadUnitGradients(_ network: Network, data: Dataset) -> (Double, Int) {
        let dead = Probes.deadUnits(network, on: data.inputs)
        let trace = network.forward(data.inputs)
        let gradient = Loss.softmaxCrossEntropy.valueAndGradient(output: trace.output, targets: data.targets).gradient
        let gradients = network.backward(trace, outputGradient: gradient)
        var largest = 0.0
        var count = 0
        for (layer, units) in dead.dropLast().enumerated() {
            let (weights, bias) = (gradients.weights(of: layer), gradients.bias(of: layer))
            for (unit, isDead) in units.enumerated() where isDead {
                count += 1
                largest = max(largest, abs(bias.elements[unit]), weights.column(unit).map(abs).max() ?? 0)
            }
        }
        return (largest, count)
    }

    /// Whether a fresh one-input ReLU network (He-normal weights, zero biases) has a hidden layer
    /// that is zero everywhere on the domain.
    static func isBornDead(width: Int, depth: Int, pointOnly: Bool, using generator: inout SeededGenerator) -> Bool {
        let network = Network(
            sizes: [1] + Array(repeating: width, count: depth) + [1], hidden: .relu,
            weightInitializer: .heNormal, using: &generator)
        var dead = false
        let interval: ClosedRange<Double> = pointOnly ? 1...1 : -1...1
        _ = LinearPieces.walk(network, origin: [0], direction: [1], in: interval) { layer, pieces in
            guard layer < depth, !dead else { return }
            dead = pieces.allSatisfy { piece in piece.a.indices.allSatisfy { piece.maximum($0) <= 0 } }
        }
        return dead
    }
}

extension DeadReluKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let digits = parameters.choice("dataset") == "digits"
        let samples = digits ? RunCost.digitsTrainCount : 400
        let sizes =
            [digits ? 64 : 2] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth")) + [
                digits ? 10 : 2
            ]
        let epochs = parameters.integer("epochs")
        // Each rate trains a ReLU and a leaky ReLU network, measuring dead units after every epoch.
        let perRun =
            .training(sizes, samples: samples, epochs: epochs) + epochs * .forward(sizes, rows: samples)
            + .forwardBackward(sizes, rows: samples)
        let trials = parameters.integer("bornDead.trials")
        let bornDead = parameters.integers("bornDead.width").flatMap { width in
            parameters.integers("bornDead.depth").map { depth in
                // Each layer of each fresh network is walked piece by piece: a fixed cost (measured:
                // about 1.2 µs a layer at width 1) plus the products.
                RunCost(work: Double(trials) * Double(depth) * (6_000 + 100 * Double(width * width)), bytes: 0)
            }
        }
        return (2 * parameters.numbers("learningRates").count) * perRun + bornDead.reduce(.zero, +)
    }
}
