import NetEngine

/// Extra linear layers can only lose: a 64 → N → 64 → 10 network with identity activations is one
/// 64 → 10 map of rank at most N, so a narrow middle layer makes it weaker than softmax regression.
struct LinearBottleneckKind: ExperimentKind {
    /// Added to the seed for the order of the training batches.
    static let shuffleSeed: UInt64 = 11

    public init() {}

    public let name = "linear-bottleneck"
    public let summary =
        "Digit classifiers 64 → N → 64 → 10 without activations: one map of rank at most N, against softmax regression."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "widths", .list(of: .integer(1...64), count: 1...8),
            default: .list([2, 5, 10, 32].map(ParameterValue.integer)), "widths N of the middle layer"),
        ParameterSpec("epochs", .integer(1...100), default: .integer(15), "training epochs (Adam, batches of 32)"),
        ParameterSpec("learningRate", .number(1e-5...1), default: .number(0.005), "Adam's step size"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["accuracy", .index(.each("widths"))], "held-out accuracy of the 64 → N → 64 → 10 identity network"),
        ResultEntry(["singleLayerAccuracy"], "held-out accuracy of softmax regression (64 → 10), trained the same way"),
        ResultEntry(
            ["rank", .index(.each("widths"))],
            "rank of the trained network's product W₁W₂W₃ (a 64 × 10 matrix): singular values above 1e-9 of the largest"
        ),
        ResultEntry(["singleLayerRank"], "rank of softmax regression's 64 × 10 weight matrix"),
        ResultEntry(
            ["smallestKept", .index(.each("widths"))],
            "the product's N-th singular value over its largest (the last that N units can carry)"),
        ResultEntry(
            ["largestDropped", .index(.each("widths"))],
            "its (N+1)-th singular value over its largest: rounding, if the rank is N (0 when N ≥ 10)"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("accuracyByWidth", "figure: held-out accuracy against the middle layer's width"),
        ResultDoc("singularValues", "figure: singular values of each trained product, largest first (log scale)"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let (train, test) = try DigitsSplit.load()
        let widths = parameters.integers("widths")
        let single = try trainNetwork(sizes: [64, 10], on: train, parameters, seed: seed, control: control)
        let singleValues = single.denseLayers[0].weights.singularValues
        var accuracies: [Double] = []
        var ranks: [Double] = []
        var kept: [Double] = []
        var dropped: [Double] = []
        var spectra: [Figure.Series] = []
        for width in widths {
            let network = try trainNetwork(
                sizes: [64, width, 64, 10], on: train, parameters, seed: seed, control: control)
            accuracies.append(accuracy(of: network, on: test))
            let values = network.collapsedToOneLayer().denseLayers[0].weights.singularValues
            ranks.append(Double(Matrix.rank(singularValues: values)))
            kept.append(values[min(width, values.count) - 1] / values[0])
            dropped.append(width < values.count ? values[width] / values[0] : 0)
            spectra.append(Self.spectrum(values, label: "middle width \(width)"))
        }
        let widthAxis = widths.map(Double.init)
        let singleAccuracy = accuracy(of: single, on: test)
        return ExperimentResult(
            values: [
                "accuracy": .numbers(accuracies), "singleLayerAccuracy": .number(singleAccuracy),
                "rank": .numbers(ranks), "singleLayerRank": .number(Double(Matrix.rank(singularValues: singleValues))),
                "smallestKept": .numbers(kept), "largestDropped": .numbers(dropped),
            ],
            figures: [
                Figure(
                    name: "accuracyByWidth", title: "Held-out accuracy against the middle layer's width", kind: .line,
                    xLabel: "units in the middle layer (log scale)", yLabel: "held-out accuracy", xScale: .log,
                    series: [
                        Figure.Series("64 → N → 64 → 10, no activations", x: widthAxis, y: accuracies),
                        Figure.Series(
                            "softmax regression (64 → 10)", x: widthAxis,
                            y: Array(repeating: singleAccuracy, count: widths.count)),
                    ]),
                Figure(
                    name: "singularValues", title: "Singular values of the trained network's single matrix",
                    kind: .line, xLabel: "singular value, largest first", yLabel: "share of the largest",
                    yScale: .log,
                    series: spectra + [Self.spectrum(singleValues, label: "softmax regression")]),
            ])
    }

    /// Singular values over the largest, floored at 1e-18 so that a log axis can show exact zeros.
    private static func spectrum(_ values: [Double], label: String) -> Figure.Series {
        Figure.Series(
            label, x: values.indices.map { Double($0 + 1) }, y: values.map { max($0 / values[0], 1e-18) })
    }

    private func trainNetwork(
        sizes: [Int], on data: Dataset, _ parameters: ParameterValues, seed: UInt64, control: RunControl
    ) throws -> Network {
        var generator = SeededGenerator(seed: seed)
        var network = Network(sizes: sizes, hidden: .identity, weightInitializer: .glorotUniform, using: &generator)
        var optimizer = Adam(learningRate: parameters.number("learningRate"))
        try NetEngine.train(
            &network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(
                epochs: parameters.integer("epochs"), batchSize: 32, shuffleSeed: seed &+ Self.shuffleSeed),
            checkpoint: control.checkpoint)
        return network
    }
}

extension LinearBottleneckKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let epochs = parameters.integer("epochs")
        let stacks = parameters.integers("widths").map { width -> RunCost in
            .training([64, width, 64, 10], samples: RunCost.digitsTrainCount, epochs: epochs)
                + .forward([64, width, 64, 10], rows: 359)
        }
        return stacks.reduce(.training([64, 10], samples: RunCost.digitsTrainCount, epochs: epochs), +)
    }
}
