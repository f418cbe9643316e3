import Foundation
import NetEngine

/// "High means present" is a convention, not a law: flipping a tanh or sigmoid unit's signs gives
/// the same function with the unit's meaning inverted; trained ReLU and sigmoid classifiers are
/// full of units whose high activation argues against a class.
struct SignSymmetryKind: ExperimentKind {
    /// Added to the seed for the trained classifiers' initial weights.
    static let classifierSeed: UInt64 = 1
    /// Added to the seed for the order of their training batches.
    static let shuffleSeed: UInt64 = 2

    public init() {}

    public let name = "sign-symmetry"
    public let summary =
        "Flipping a tanh/sigmoid unit's signs leaves the function unchanged; trained units that argue against a class."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "flipActivation", .choice(["tanh", "sigmoid"]), default: .choice("sigmoid"),
            "activation of the network whose units are flipped"),
        ParameterSpec("flipShare", .number(0...1), default: .number(0.5), "share of each hidden layer's units flipped"),
        ParameterSpec(
            "sizes", .list(of: .integer(1...256), count: 3...6),
            default: .list([64, 32, 32, 10].map(ParameterValue.integer)),
            "layer sizes of the flipped network, inputs first"),
        ParameterSpec(
            "width", .integer(4...256), default: .integer(32),
            "hidden units of the trained digit classifiers (one hidden layer)"),
        ParameterSpec(
            "epochs", .integer(1...200), default: .integer(20), "their training epochs (Adam, batches of 32)"),
        ParameterSpec("learningRate", .number(1e-5...1), default: .number(0.003), "Adam's step size"),
        ParameterSpec("shownUnits", .integer(1...8), default: .integer(4), "units drawn in the per-class figure"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(["flipMaxDifference"], "largest |output change| after flipping (rounding only)"),
        ResultEntry(["flippedUnits"], "units flipped"),
        ResultEntry(
            ["againstShare", .oneOf(["relu", "sigmoid"])],
            "share of hidden units (relu, sigmoid) whose largest-magnitude outgoing weight is negative"),
        ResultEntry(
            ["presenceCorrelation", .oneOf(["relu", "sigmoid"]), .index(.value(of: "width", plus: 0))],
            "unit N: correlation between its activation and the presence of the class it most supports"),
        ResultEntry(["meanPresenceCorrelation", .oneOf(["relu", "sigmoid"])], "the mean of those correlations"),
        ResultEntry(["accuracy", .oneOf(["relu", "sigmoid"])], "held-out accuracy of the trained classifier"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("unitsByClass", "figure: mean activation per digit class for a few ReLU units"),
        ResultDoc("units", "table: those units' strongest class, the sign of their effect on it, and the correlation"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64) throws -> ExperimentResult {
        var generator = SeededGenerator(seed: seed)
        let sizes = parameters.integers("sizes")
        let flipActivation: Activation = parameters.choice("flipActivation") == "tanh" ? .tanh : .sigmoid
        let network = Network(
            sizes: sizes, hidden: flipActivation, weightInitializer: .glorotUniform, biasValue: 0, using: &generator)
        let (flipped, count) = Self.flip(network, share: parameters.number("flipShare"), using: &generator)
        let probes = Matrix(
            rows: 200, columns: sizes[0],
            elements: (0..<(200 * sizes[0])).map { _ in generator.nextUniform(in: -1...1) })
        let difference = (network(probes) - flipped(probes)).elements.map(abs).max() ?? 0

        let (train, test) = try DigitsSplit.load()
        var values: [String: ResultValue] = [
            "flipMaxDifference": .number(difference), "flippedUnits": .number(Double(count)),
        ]
        var against: [String: ResultValue] = [:]
        var correlations: [String: ResultValue] = [:]
        var means: [String: ResultValue] = [:]
        var accuracies: [String: ResultValue] = [:]
        var figure: Figure?
        var table: ResultTable?
        for (name, activation) in [("relu", Activation.relu), ("sigmoid", .sigmoid)] {
            var trainer = SeededGenerator(seed: seed &+ Self.classifierSeed)
            var classifier = Network(
                sizes: [train.inputs.columns, parameters.integer("width"), 10], hidden: activation,
                weightInitializer: .glorotUniform, using: &trainer)
            var optimizer = Adam(learningRate: parameters.number("learningRate"))
            NetEngine.train(
                &classifier, on: train, loss: .softmaxCrossEntropy, optimizer: &optimizer,
                options: TrainingOptions(
                    epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed))
            let analysis = UnitAnalysis(classifier, data: test)
            against[name] = .number(analysis.againstShare)
            correlations[name] = .numbers(analysis.presenceCorrelations)
            means[name] = .number(
                analysis.presenceCorrelations.reduce(0, +) / Double(max(analysis.presenceCorrelations.count, 1)))
            accuracies[name] = .number(accuracy(of: classifier, on: test))
            if name == "relu" {
                (figure, table) = analysis.figureAndTable(shown: parameters.integer("shownUnits"))
            }
        }
        values["againstShare"] = .object(against)
        values["presenceCorrelation"] = .object(correlations)
        values["meanPresenceCorrelation"] = .object(means)
        values["accuracy"] = .object(accuracies)
        return ExperimentResult(values: values, figures: [figure!], tables: [table!])
    }

    /// Flips `share` of each hidden layer's units: incoming weights and bias negated, outgoing
    /// weights negated; for the sigmoid, σ(−z) = 1 − σ(z), so the next layer's bias gains the
    /// flipped unit's (original) outgoing weights.
    static func flip(_ network: Network, share: Double, using generator: inout SeededGenerator) -> (Network, Int) {
        var layers = network.denseLayers
        var count = 0
        for index in 0..<(layers.count - 1) {
            let units = layers[index].outputCount
            let chosen = generator.permutation(units).prefix(Int((share * Double(units)).rounded()))
            for unit in chosen {
                count += 1
                for input in 0..<layers[index].inputCount { layers[index].weights[input, unit].negate() }
                layers[index].bias[unit].negate()
                for output in 0..<layers[index + 1].outputCount {
                    let weight = layers[index + 1].weights[unit, output]
                    if layers[index].activation == .sigmoid { layers[index + 1].bias[output] += weight }
                    layers[index + 1].weights[unit, output] = -weight
                }
            }
        }
        return (Network(layers.map(Layer.dense)), count)
    }
}

/// How the hidden units of a one-hidden-layer classifier relate to the classes.
struct UnitAnalysis {
    /// Per unit: the class its largest-magnitude outgoing weight goes to, and that weight.
    let strongest: [(label: Int, weight: Double)]
    /// Per unit: the class its largest positive outgoing weight goes to.
    let supported: [Int]
    /// Hidden activations on the data, one row per example.
    let activations: Matrix
    let labels: [Int]

    init(_ network: Network, data: Dataset) {
        let output = network.denseLayers[1].weights
        strongest = (0..<output.rows).map { unit in
            let row = output.row(unit)
            let label = row.indices.max { abs(row[$0]) < abs(row[$1]) } ?? 0
            return (label, row[label])
        }
        supported = (0..<output.rows).map { unit in
            let row = output.row(unit)
            return row.indices.max { row[$0] < row[$1] } ?? 0
        }
        activations = network.forward(data.inputs).layers[0].activation
        labels = data.labels
    }

    var againstShare: Double {
        Double(strongest.filter { $0.weight < 0 }.count) / Double(max(strongest.count, 1))
    }

    /// Pearson correlation between each unit's activation and the indicator of its supported class.
    var presenceCorrelations: [Double] {
        supported.indices.map { unit in
            correlation(activations.column(unit), labels.map { $0 == supported[unit] ? 1 : 0 })
        }
    }

    /// Mean activation per digit for the units with the largest outgoing weights.
    func figureAndTable(shown: Int) -> (Figure, ResultTable) {
        let order = strongest.indices.sorted { abs(strongest[$0].weight) > abs(strongest[$1].weight) }.prefix(shown)
        let series = order.map { unit -> Figure.Series in
            let column = activations.column(unit)
            let means = (0..<10).map { digit -> Double in
                let values = zip(column, labels).filter { $0.1 == digit }.map(\.0)
                return values.reduce(0, +) / Double(max(values.count, 1))
            }
            return Figure.Series("unit \(unit)", x: [], y: means)
        }
        let figure = Figure(
            name: "unitsByClass", title: "Mean activation per digit of the strongest ReLU units", kind: .bar,
            xLabel: "digit", yLabel: "mean activation", series: series, categories: (0..<10).map(String.init))
        let correlations = presenceCorrelations
        let rows: [[ResultValue]] = order.map { unit in
            [
                .string("unit \(unit)"), .number(Double(strongest[unit].label)),
                .string(strongest[unit].weight < 0 ? "against" : "for"), .number(correlations[unit]),
            ]
        }
        let table = ResultTable(
            name: "units", title: "The strongest ReLU units",
            columns: [
                "unit", "class it affects most", "effect on that class", "correlation with the class it supports",
            ], rows: rows)
        return (figure, table)
    }
}

extension SignSymmetryKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let sizes = parameters.integers("sizes")
        let classifier = [64, parameters.integer("width"), 10]
        return 4 * .forward(sizes, rows: 200)
            + 2
            * (.training(classifier, samples: RunCost.digitsTrainCount, epochs: parameters.integer("epochs"))
                + 2 * .forward(classifier, rows: RunCost.digitsCount))
    }
}
