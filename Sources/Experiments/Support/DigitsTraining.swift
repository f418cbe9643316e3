import NetEngine

/// The training set-up chapter 7's kinds share: a deep MLP on the digits split, changed in one
/// respect at a time (inputs, normalization layers, optimizer, initialization, or activation).
struct DigitsTraining {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 5

    var depth: Int
    var width: Int
    var epochs: Int
    var seed: UInt64
    var control: RunControl

    /// The parameters every variant comparison takes; `depth`, `width` and `epochs` size any
    /// digits training.
    static func parameters(activation: String, epochs: Int = 10) -> [ParameterSpec] {
        [
            ParameterSpec(
                "activation", .choice(ActivationChoices.trainable), default: .choice(activation),
                "the network's hidden activation"),
            ParameterSpec(
                "alternative", .choice(ActivationChoices.trainable), default: .choice("relu"),
                "the activation swapped in for the 'change only the activation' comparison"),
            ParameterSpec("depth", .integer(1...8), default: .integer(4), "hidden layers"),
            ParameterSpec("width", .integer(4...256), default: .integer(32), "units per hidden layer"),
            ParameterSpec(
                "epochs", .integer(1...200), default: .integer(epochs), "training epochs (batches of 32, shuffled)"),
        ]
    }

    /// The results every chapter 7 kind produces, one per variant it trains (`variants`; the last,
    /// `otherActivation`, changes only the activation).
    static func resultEntries(variants: ResultSegment) -> [ResultEntry] {
        [
            ResultEntry(["testAccuracy", variants], "held-out accuracy of the variant after training"),
            ResultEntry(
                ["initialSpread", variants, .index(.value(of: "depth", plus: 0))],
                "standard deviation of hidden layer L's activations on the test set at initialization"),
            ResultEntry(
                ["saturatedFraction", variants, .index(.value(of: "depth", plus: 0))],
                "share of saturated units in hidden layer L on the test set after training"),
            ResultEntry(
                ["lossHistory", variants, .index(.value(of: "epochs", plus: 0))], "mean training loss during epoch E+1"),
        ]
    }

    /// The cost of `runs` trainings with the shared parameters, each evaluated on the test set.
    static func cost(_ parameters: ParameterValues, runs: Int) -> RunCost {
        let sizes = [64] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth")) + [10]
        let run =
            .training(sizes, samples: RunCost.digitsTrainCount, epochs: parameters.integer("epochs"))
            + 3 * .forward(sizes, rows: 359)
        return runs * run
    }

    /// The network's size and training length from `depth`, `width` and `epochs`; every training
    /// step calls `control`'s checkpoint.
    init(_ parameters: ParameterValues, seed: UInt64, control: RunControl) {
        depth = parameters.integer("depth")
        width = parameters.integer("width")
        epochs = parameters.integer("epochs")
        self.seed = seed
        self.control = control
    }

    /// One way of training the shared network with its activation.
    struct Variant {
        /// The result key.
        var name: String
        /// The legend entry, in words.
        var label: String
        var initializer: WeightInitializer = .standardUniform
        var layerNorm = false
        var standardizeInputs = false
        var optimizer: any Optimizer
    }

    /// Trains every variant with the `activation` of `parameters`, then the plain network with
    /// only its activation changed to `alternative` (`otherActivation`, trained by
    /// `otherOptimizer`), and compares them.
    func compare(_ variants: [Variant], of parameters: ParameterValues, otherOptimizer: any Optimizer, title: String)
        throws -> VariantComparison
    {
        let activation = ActivationChoices.trainable(parameters.choice("activation"))
        let alternative = ActivationChoices.trainable(parameters.choice("alternative"))
        var outcomes = try variants.map { variant in
            (
                variant.name, variant.label,
                try run(
                    activation: activation, initializer: variant.initializer, layerNorm: variant.layerNorm,
                    standardizeInputs: variant.standardizeInputs, optimizer: variant.optimizer)
            )
        }
        let instead = "\(ActivationChoices.label(parameters.choice("alternative"))) instead"
        outcomes.append(("otherActivation", instead, try run(activation: alternative, optimizer: otherOptimizer)))
        return VariantComparison(outcomes: outcomes, epochs: epochs, title: title)
    }

    /// What one training run produced.
    struct Outcome {
        var lossHistory: [Double]
        var testAccuracy: Double
        /// Per hidden layer, on the test set after training.
        var saturatedFraction: [Double]
        /// Per hidden layer, standard deviation of the activations at initialization.
        var initialSpread: [Double]
    }

    /// Trains one variant and measures it.
    func run(
        activation: Activation, initializer: WeightInitializer = .standardUniform, layerNorm: Bool = false,
        standardizeInputs: Bool = false, optimizer: some Optimizer = SGD(learningRate: 0.1)
    ) throws -> Outcome {
        var (train, test) = try DigitsSplit.load()
        if standardizeInputs {
            let (means, deviations) = Self.featureMoments(train.inputs)
            train = train.mappingInputs { Self.standardize($0, means: means, deviations: deviations) }
            test = test.mappingInputs { Self.standardize($0, means: means, deviations: deviations) }
        }
        var generator = SeededGenerator(seed: seed)
        var network = Network(
            sizes: [train.inputs.columns] + Array(repeating: width, count: depth) + [10], hidden: activation,
            weightInitializer: initializer, using: &generator)
        if layerNorm {
            for position in stride(from: depth, through: 1, by: -1) {
                network.layers.insert(.layerNorm(LayerNorm(features: width)), at: position)
            }
        }
        let initialTrace = network.forward(test.inputs)
        let initialSpread = Self.hiddenActivations(network, initialTrace).map(populationStandardDeviation)
        var optimizer = optimizer
        var history: [Double] = []
        try NetEngine.train(
            &network, on: train, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(epochs: epochs, batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
            checkpoint: control.checkpoint
        ) { report, _ in
            history.append(report.meanBatchLoss)
        }
        let trace = network.forward(test.inputs)
        let saturated = saturatedFractions(network, trace: trace, hidden: activation, threshold: 0.1)
        return Outcome(
            lossHistory: history, testAccuracy: accuracy(of: network, on: test), saturatedFraction: saturated,
            initialSpread: initialSpread)
    }

    private static func hiddenActivations(_ network: Network, _ trace: Trace) -> [[Double]] {
        zip(network.layers, trace.layers).dropLast().compactMap { layer, step in
            if case .dense = layer { step.activation.elements } else { nil }
        }
    }

    private static func featureMoments(_ inputs: Matrix) -> ([Double], [Double]) {
        let means = inputs.columnSums().map { $0 / Double(inputs.rows) }
        let deviations = (0..<inputs.columns).map { column in
            populationStandardDeviation(inputs.column(column))
        }
        return (means, deviations)
    }

    private static func standardize(_ inputs: Matrix, means: [Double], deviations: [Double]) -> Matrix {
        var result = inputs
        for row in 0..<inputs.rows {
            for column in 0..<inputs.columns {
                result[row, column] =
                    deviations[column] > 0 ? (inputs[row, column] - means[column]) / deviations[column] : 0
            }
        }
        return result
    }
}
