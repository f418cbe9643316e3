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
    /// Added to the seed for choosing which trained units to flip.
    static let trainedFlipSeed: UInt64 = 3

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
            "share of hidden units (relu, sigmoid) whose largest-magnitude outgoing weight, centred over the classes, is negative"
        ),
        ResultEntry(
            ["uncentredAgainstShare", .oneOf(["relu", "sigmoid"])],
            "the same share without centring (not invariant: a constant added to a unit's outgoing weights changes it)"),
        ResultEntry(
            ["againstUnit", .oneOf(["label", "onClass", "elsewhere"])],
            "the ReLU unit most strongly against a class: the class, its mean activation on that class and on the others"
        ),
        ResultEntry(
            [
                "trainedFlip",
                .oneOf(["predictionChanges", "maxLogitDifference", "correlationBefore", "correlationAfter"]),
            ],
            "flipping the trained sigmoid classifier's units: share of changed predictions, largest logit change, and the flipped units' mean correlation with their class before and after"
        ),
        ResultEntry(
            ["reluFlip", .oneOf(["accuracy", "predictionChanges"])],
            "the same flip (signs negated, no bias correction possible) on the trained ReLU classifier"),
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

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        var generator = SeededGenerator(seed: seed)
        let sizes = parameters.integers("sizes")
        let flipActivation: Activation = parameters.choice("flipActivation") == "tanh" ? .tanh : .sigmoid
        let network = Network(
            sizes: sizes, hidden: flipActivation, weightInitializer: .glorotUniform, biasValue: 0, using: &generator)
        let (flipped, flippedUnits) = Self.flip(network, share: parameters.number("flipShare"), using: &generator)
        let count = flippedUnits.joined().count
        let probes = Matrix(
            rows: 200, columns: sizes[0],
            elements: (0..<(200 * sizes[0])).map { _ in generator.nextUniform(in: -1...1) })
        let difference = (network(probes) - flipped(probes)).elements.map(abs).max() ?? 0

        let (train, test) = try DigitsSplit.load()
        var values: [String: ResultValue] = [
            "flipMaxDifference": .number(difference), "flippedUnits": .number(Double(count)),
        ]
        var against: [String: ResultValue] = [:]
        var uncentred: [String: ResultValue] = [:]
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
            try NetEngine.train(
                &classifier, on: train, loss: .softmaxCrossEntropy, optimizer: &optimizer,
                options: TrainingOptions(
                    epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
                checkpoint: control.checkpoint)
            let analysis = UnitAnalysis(classifier, data: test)
            against[name] = .number(analysis.againstShare)
            uncentred[name] = .number(analysis.uncentredAgainstShare)
            var flipGenerator = SeededGenerator(seed: seed &+ Self.trainedFlipSeed)
            let (flippedClassifier, flippedUnits) = Self.flip(
                classifier, share: parameters.number("flipShare"), using: &flipGenerator)
            let changes = Self.predictionChanges(classifier, flippedClassifier, on: test.inputs)
            if name == "relu" {
                values["reluFlip"] = .object([
                    "accuracy": .number(accuracy(of: flippedClassifier, on: test)),
                    "predictionChanges": .number(changes),
                ])
                let example = analysis.strongestAgainst
                values["againstUnit"] = .object([
                    "label": .number(Double(example.label)), "onClass": .number(example.onClass),
                    "elsewhere": .number(example.elsewhere),
                ])
            } else {
                let after = flippedClassifier.forward(test.inputs).layers[0].activation
                let units = flippedUnits[0]
                let indicator = { (unit: Int) in test.labels.map { $0 == analysis.supported[unit] ? 1.0 : 0 } }
                values["trainedFlip"] = .object([
                    "predictionChanges": .number(changes),
                    "maxLogitDifference": .number(
                        (classifier(test.inputs) - flippedClassifier(test.inputs)).elements.map(abs).max() ?? 0),
                    "correlationBefore": .number(
                        mean(units.map { correlation(analysis.activations.column($0), indicator($0)) })),
                    "correlationAfter": .number(mean(units.map { correlation(after.column($0), indicator($0)) })),
                ])
            }
            correlations[name] = .numbers(analysis.presenceCorrelations)
            means[name] = .number(
                analysis.presenceCorrelations.reduce(0, +) / Double(max(analysis.presenceCorrelations.count, 1)))
            accuracies[name] = .number(accuracy(of: classifier, on: test))
            if name == "relu" {
                (figure, table) = analysis.figureAndTable(shown: parameters.integer("shownUnits"))
            }
        }
        values["againstShare"] = .object(against)
        values["uncentredAgainstShare"] = .object(uncentred)
        values["presenceCorrelation"] = .object(correlations)
        values["meanPresenceCorrelation"] = .object(means)
        values["accuracy"] = .object(accuracies)
        return ExperimentResult(values: values, figures: [figure!], tables: [table!])
    }

    /// Flips `share` of each hidden layer's units: incoming weights and bias negated, outgoing
    /// weights negated; for the sigmoid, σ(−z) = 1 − σ(z), so the next layer's bias gains the
    /// flipped unit's (original) outgoing weights.
    static func flip(_ network: Network, share: Double, using generator: inout SeededGenerator) -> (Network, [[Int]]) {
        var layers = network.denseLayers
        var flipped: [[Int]] = []
        for index in 0..<(layers.count - 1) {
            let units = layers[index].outputCount
            let chosen = Array(generator.permutation(units).prefix(Int((share * Double(units)).rounded())))
            flipped.append(chosen)
            for unit in chosen {
                for input in 0..<layers[index].inputCount { layers[index].weights[input, unit].negate() }
                layers[index].bias[unit].negate()
                for output in 0..<layers[index + 1].outputCount {
                    let weight = layers[index + 1].weights[unit, output]
                    if layers[index].activation == .sigmoid { layers[index + 1].bias[output] += weight }
                    layers[index + 1].weights[unit, output] = -weight
                }
            }
        }
        return (Network(layers.map(Layer.dense)), flipped)
    }

    /// The share of `inputs` whose predicted class differs between two networks.
    static func predictionChanges(_ one: Network, _ other: Network, on inputs: Matrix) -> Double {
        let (first, second) = (argmaxRows(one(inputs)), argmaxRows(other(inputs)))
        return Double(zip(first, second).filter { $0 != $1 }.count) / Double(max(first.count, 1))
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
