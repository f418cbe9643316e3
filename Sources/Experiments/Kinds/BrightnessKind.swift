import NetEngine

/// Does the activation make a digit classifier robust to dim or bright digits? Train linear,
/// sigmoid and ReLU models (the last also behind a 2×2 max pool), with and without biases, on raw or
/// per-image normalized pixels, and test them on digits scaled in intensity (clipped to the pixel range).
struct BrightnessKind: ExperimentKind {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 3

    public init() {}

    public let name = "brightness"
    public let summary =
        "Digit classifiers tested on dimmed and brightened digits: activation, biases and normalization."

    static let models = [
        "softmax", "softmaxNoBias", "softmaxL2", "sigmoidMLP", "sigmoidMLPNoBias", "reluMLP", "reluMLPNoBias",
        "pooledReluMLP", "pooledReluMLPNoBias",
    ]
    /// The models that see the image through a max pool first.
    static let pooledPrefix = "pooled"
    /// The pool: 2×2 patches of the 8×8 digits, 16 values per image.
    static let pool = MaxPool(height: 8, width: 8, window: 2)
    static let treatments = ["raw", "normalized"]

    /// A model's legend entry, in words.
    static func label(_ model: String) -> String {
        let base =
            model.hasPrefix("softmax")
            ? "softmax regression"
            : model.hasPrefix("sigmoid")
                ? "sigmoid MLP" : model.hasPrefix(pooledPrefix) ? "2×2 max pool, then ReLU MLP" : "ReLU MLP"
        if model.hasSuffix("L2") { return base + ", L2 penalty" }
        return model.hasSuffix("NoBias") ? base + ", no biases" : base
    }

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "intensities", .list(of: .number(0.01...10), count: 1...12),
            default: .list([0.5, 1, 1.5].map(ParameterValue.number)),
            "test-time pixel scale factors (results clipped to [0, 1], as real pixels are)"),
        ParameterSpec(
            "models", .list(of: .choice(models), count: 1...9),
            default: .list(models.prefix(7).map(ParameterValue.choice)),
            "softmax regression, sigmoid MLP, ReLU MLP, each with or without bias terms; softmaxL2: softmax regression with an intercept and an L2 penalty on its weights; pooled: a ReLU MLP that sees the maximum of each 2×2 patch"
        ),
        ParameterSpec(
            "treatments", .list(of: .choice(treatments), count: 1...2),
            default: .list(treatments.map(ParameterValue.choice)),
            "train and test on raw pixels, on per-image normalized pixels (mean 0, standard deviation 1), or both"),
        ParameterSpec(
            "weightDecay", .number(0...10), default: .number(0.01),
            "softmaxL2's penalty λ: λ·w is added to each weight's gradient (not the intercept's)"),
        ParameterSpec("width", .integer(4...256), default: .integer(32), "hidden units of the MLPs (one hidden layer)"),
        ParameterSpec(
            "epochs", .integer(1...200), default: .integer(15), "training epochs (Adam, batches of 32, shuffled)"),
        ParameterSpec("learningRate", .number(1e-5...1), default: .number(0.005), "Adam's step size"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["accuracy", .choice(of: "models"), .choice(of: "treatments"), .index(.each("intensities"))],
            "held-out accuracy of MODEL trained on TREATMENT (raw, normalized) pixels, at intensity N"),
        ResultEntry(
            [
                "changedPredictions", .choice(of: "models"), .choice(of: "treatments"),
                .index(.each("intensities")),
            ],
            "share of held-out images whose predicted digit differs from the prediction at intensity 1"),
        ResultEntry(
            ["changedImages", .choice(of: "models"), .choice(of: "treatments"), .index(.each("intensities"))],
            "the same as a count of images"),
        ResultEntry(["testImages"], "the number of held-out images"),
        ResultEntry(
            ["clippedShare", .index(.each("intensities"))],
            "share of held-out pixels that the scaling pushes past 1 and clips, at intensity N"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("raw", "figure: accuracy against intensity, models trained on raw pixels"),
        ResultDoc("normalized", "figure: the same with per-image normalization"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let (train, test) = try DigitsSplit.load()
        let intensities = parameters.numbers("intensities")
        let scaledTests = intensities.map { Digits.scaleIntensity(test.inputs, by: $0) }
        var accuracies: [String: ResultValue] = [:]
        var changes: [String: ResultValue] = [:]
        var changedCounts: [String: ResultValue] = [:]
        var figures: [Figure] = []
        for treatment in parameters.choices("treatments") {
            let normalize = treatment == "normalized"
            func prepare(_ inputs: Matrix) -> Matrix { normalize ? Digits.normalizePerImage(inputs) : inputs }
            let trainSet = train.mappingInputs(prepare)
            var series: [Figure.Series] = []
            for model in parameters.choices("models") {
                let network = try trainModel(model, on: trainSet, parameters, seed: seed, control: control)
                let curve = scaledTests.map { inputs in
                    accuracy(
                        of: network, on: Dataset(inputs: prepare(inputs), targets: test.targets, labels: test.labels))
                }
                let reference = argmaxRows(network(prepare(test.inputs)))
                let changed = scaledTests.map { inputs in
                    let predictions = argmaxRows(network(prepare(inputs)))
                    return Double(zip(predictions, reference).filter { $0 != $1 }.count)
                }
                accuracies[model] = Self.adding(curve, for: treatment, to: accuracies[model])
                changes[model] = Self.adding(
                    changed.map { $0 / Double(reference.count) }, for: treatment, to: changes[model])
                changedCounts[model] = Self.adding(changed, for: treatment, to: changedCounts[model])
                series.append(Figure.Series(Self.label(model), x: intensities, y: curve))
            }
            figures.append(
                Figure(
                    name: treatment,
                    title: "Accuracy on scaled digits, \(treatment == "raw" ? "raw pixels" : "per-image normalized")",
                    kind: .line, xLabel: "test intensity (× pixel values, clipped)", yLabel: "held-out accuracy",
                    series: series))
        }
        let clipped = intensities.map { factor in
            Double(test.inputs.elements.filter { $0 * factor > 1 }.count) / Double(test.inputs.elements.count)
        }
        return ExperimentResult(
            values: [
                "accuracy": .object(accuracies), "changedPredictions": .object(changes),
                "changedImages": .object(changedCounts), "clippedShare": .numbers(clipped),
                "testImages": .number(Double(test.inputs.rows)),
            ], figures: figures)
    }

    /// `existing` (an object by treatment, or nil) with `values` under `treatment`.
    private static func adding(_ values: [Double], for treatment: String, to existing: ResultValue?) -> ResultValue {
        var byTreatment: [String: ResultValue] = [:]
        if case .object(let fields) = existing { byTreatment = fields }
        byTreatment[treatment] = .numbers(values)
        return .object(byTreatment)
    }

    private func trainModel(
        _ model: String, on data: Dataset, _ parameters: ParameterValues, seed: UInt64, control: RunControl
    ) throws -> Network {
        var generator = SeededGenerator(seed: seed)
        let classes = data.targets.columns
        var network: Network
        let inputs = model.hasPrefix(Self.pooledPrefix) ? Self.pool.outputCount : data.inputs.columns
        if model.hasPrefix("softmax") {
            network = Network(
                sizes: [inputs, classes], hidden: .identity, weightInitializer: .glorotUniform,
                using: &generator)
        } else {
            let hidden: Activation = model.hasPrefix("sigmoid") ? .sigmoid : .relu
            network = Network(
                sizes: [inputs, parameters.integer("width"), classes], hidden: hidden,
                weightInitializer: hidden == .relu ? .heNormal : .glorotUniform, using: &generator)
        }
        if model.hasPrefix(Self.pooledPrefix) { network.layers.insert(.maxPool(Self.pool), at: 0) }
        var optimizer = BiasMaskingOptimizer(
            base: WeightDecayOptimizer(
                base: Adam(learningRate: parameters.number("learningRate")),
                decay: model.hasSuffix("L2") ? parameters.number("weightDecay") : 0),
            trainBiases: !model.hasSuffix("NoBias"))
        try NetEngine.train(
            &network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(
                epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
            checkpoint: control.checkpoint)
        return network
    }
}

/// Wraps an optimizer; when biases are not trained, their gradients are zeroed, so biases that
/// start at zero stay exactly zero (a network "without bias terms").
struct BiasMaskingOptimizer<Base: Optimizer>: Optimizer {
    var base: Base
    var trainBiases: Bool

    mutating func step(_ network: inout Network, gradients: [Matrix]) {
        guard !trainBiases else { return base.step(&network, gradients: gradients) }
        var masked = gradients
        for layer in network.layers.indices {
            let index = Network.biasIndex(of: layer)
            masked[index] = Matrix(rows: masked[index].rows, columns: masked[index].columns)
        }
        base.step(&network, gradients: masked)
    }
}

extension BrightnessKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let width = parameters.integer("width")
        let epochs = parameters.integer("epochs")
        let models = parameters.choices("models").map { model -> RunCost in
            let sizes =
                model.hasPrefix("softmax") ? [64, 10] : [model.hasPrefix(Self.pooledPrefix) ? 16 : 64, width, 10]
            return .training(sizes, samples: RunCost.digitsTrainCount, epochs: epochs)
                + (parameters.numbers("intensities").count + 1) * .forward(sizes, rows: 359)
        }
        return parameters.choices("treatments").count * models.reduce(.zero, +)
    }
}

/// Wraps an optimizer and adds λ·w to each weight's gradient (an L2 penalty λ/2·‖w‖²); biases are
/// not penalized.
struct WeightDecayOptimizer<Base: Optimizer>: Optimizer {
    var base: Base
    var decay: Double

    mutating func step(_ network: inout Network, gradients: [Matrix]) {
        guard decay > 0 else { return base.step(&network, gradients: gradients) }
        var penalized = gradients
        for (layer, parameters) in network.layers.map(\.parameters).enumerated() {
            let index = Network.weightsIndex(of: layer)
            penalized[index] = gradients[index] + decay * parameters[0]
        }
        base.step(&network, gradients: penalized)
    }
}
