import NetEngine

/// Tests a forum hypothesis: the first-layer weights of inputs that carry the label grow, while
/// those of useless inputs stay small.
struct FeatureGrowthKind: ExperimentKind {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 1

    public init() {}

    public let name = "feature-growth"
    public let summary = "First-layer weight norms of informative and of noise inputs over training."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "informative", .integer(1...64), default: .integer(4),
            "inputs that decide the label (its sign of their sum)"),
        ParameterSpec("noise", .integer(1...256), default: .integer(16), "inputs that are pure noise"),
        ParameterSpec(
            "samples", .integer(50...10_000), default: .integer(1000), "training examples (inputs standard normal)"),
        ParameterSpec("width", .integer(2...256), default: .integer(32), "hidden ReLU units"),
        ParameterSpec(
            "epochs", .integer(1...500), default: .integer(40), "training epochs (plain SGD, batches of 32, shuffled)"),
        ParameterSpec("learningRate", .number(1e-5...2), default: .number(0.05), "SGD step size"),
        ParameterSpec(
            "weightDecay", .number(0...0.1), default: .number(0),
            "L2 penalty: each step also shrinks every parameter by this factor × the step size"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["informativeNorm", .index(.value(of: "epochs", plus: 1))],
            "mean first-layer weight norm of the informative inputs after epoch E (E = 0: at initialization)"),
        ResultEntry(["noiseNorm", .index(.value(of: "epochs", plus: 1))], "the same for the noise inputs"),
        ResultEntry(["ratio"], "informative over noise norm at the end"),
        ResultEntry(["initialRatio"], "the same ratio at initialization"),
        ResultEntry(["noiseGrowth"], "noise norm at the end over noise norm at initialization"),
        ResultEntry(["accuracy"], "training accuracy at the end"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("norms", "figure: mean weight norm per input group over training")
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        var generator = SeededGenerator(seed: seed)
        let informative = parameters.integer("informative")
        let noise = parameters.integer("noise")
        let inputs = informative + noise
        let samples = parameters.integer("samples")
        let features = Matrix(
            rows: samples, columns: inputs, elements: (0..<(samples * inputs)).map { _ in generator.nextNormal() })
        let labels = (0..<samples).map { row in (0..<informative).reduce(0.0) { $0 + features[row, $1] } > 0 ? 1 : 0 }
        let data = Dataset(inputs: features, labels: labels, classes: 2)
        var network = Network(
            sizes: [inputs, parameters.integer("width"), 2], hidden: .relu, weightInitializer: .heNormal,
            using: &generator)
        var informativeNorms: [Double] = []
        var noiseNorms: [Double] = []
        func record(_ network: Network) {
            let norms = Probes.inputWeightNorms(network)
            informativeNorms.append(norms.prefix(informative).reduce(0, +) / Double(informative))
            noiseNorms.append(noise == 0 ? 0 : norms.suffix(noise).reduce(0, +) / Double(noise))
        }
        record(network)
        var optimizer = SGD(
            learningRate: parameters.number("learningRate"), weightDecay: parameters.number("weightDecay"))
        try NetEngine.train(
            &network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(
                epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
            checkpoint: control.checkpoint
        ) { _, current in
            record(current)
        }
        let epochs = informativeNorms.indices.map(Double.init)
        let ratio = informativeNorms.last! / max(noiseNorms.last!, 1e-300)
        return ExperimentResult(
            values: [
                "informativeNorm": .numbers(informativeNorms), "noiseNorm": .numbers(noiseNorms),
                "ratio": .number(ratio), "initialRatio": .number(informativeNorms[0] / max(noiseNorms[0], 1e-300)),
                "noiseGrowth": .number(noiseNorms.last! / max(noiseNorms[0], 1e-300)),
                "accuracy": .number(accuracy(of: network, on: data)),
            ],
            figures: [
                Figure(
                    name: "norms", title: "First-layer weight norm per input", kind: .line, xLabel: "epoch",
                    yLabel: "mean weight norm",
                    series: [
                        Figure.Series("informative inputs", x: epochs, y: informativeNorms),
                        Figure.Series("noise inputs", x: epochs, y: noiseNorms),
                    ])
            ])
    }
}

extension FeatureGrowthKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let inputs = parameters.integer("informative") + parameters.integer("noise")
        let sizes = [inputs, parameters.integer("width"), 2]
        return .training(sizes, samples: parameters.integer("samples"), epochs: parameters.integer("epochs"))
            + .scalars(Double(parameters.integer("samples") * inputs), each: 4)
    }
}
