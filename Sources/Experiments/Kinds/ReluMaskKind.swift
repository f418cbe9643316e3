import NetEngine

/// One on/off mask, two uses: the units ReLU switches off in the forward pass are exactly those
/// that block the gradient in the backward pass; and keeping the backward mask while removing the
/// forward one leaves an affine network.
struct ReluMaskKind: ExperimentKind {
    /// Added to the seed for the order of the training batches (both networks see the same).
    static let shuffleSeed: UInt64 = 1

    public init() {}

    public let name = "relu-mask"
    public let summary =
        "ReLU's forward mask equals its backward gradient mask; without the forward mask the network is affine."

    public let parameters: [ParameterSpec] = [
        ParameterSpec("depth", .integer(1...10), default: .integer(3), "hidden layers"),
        ParameterSpec("width", .integer(2...256), default: .integer(32), "units per hidden layer"),
        ParameterSpec("dataset", .choice(ToyData.names), default: .choice("moons"), "the training set"),
        ParameterSpec("samples", .integer(20...5000), default: .integer(400), "training points"),
        ParameterSpec("noise", .number(0...1), default: .number(0.1), "noise of the training points"),
        ParameterSpec("epochs", .integer(1...2000), default: .integer(100), "training epochs (Adam, batches of 32)"),
        ParameterSpec("learningRate", .number(1e-5...1), default: .number(0.01), "Adam's step size"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["maskAgreement"], "share of (example, unit) pairs where 'output > 0' equals 'gradient passes' (must be 1)"),
        ResultEntry(["checkedUnits"], "(example, unit) pairs compared"),
        ResultEntry(["activeShare"], "share of those pairs that are on"),
        ResultEntry(
            ["reluResidual"], "relative RMS residual of the best affine fit to the trained ReLU network's outputs"),
        ResultEntry(
            ["linearizedResidual"], "the same for the network trained without the forward ReLU (backward mask kept)"),
        ResultEntry(["reluAccuracy"], "training accuracy of the ReLU network"),
        ResultEntry(["linearizedAccuracy"], "training accuracy of the network trained without the forward ReLU"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("reluRegions", "figure: decision regions of the ReLU network"),
        ResultDoc("linearizedRegions", "figure: decision regions of the network without the forward ReLU"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        var generator = SeededGenerator(seed: seed)
        let data = ToyData.make(
            parameters.choice("dataset"), count: parameters.integer("samples"),
            noise: parameters.number("noise"), using: &generator)
        let sizes = [2] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth")) + [2]
        let initial = Network(sizes: sizes, hidden: .relu, weightInitializer: .heNormal, using: &generator)
        let (agreement, checked, active) = Self.maskAgreement(initial, data: data, using: &generator)

        var relu = initial
        let reluAccuracy = try ToyData.trainClassifier(
            &relu, on: data, epochs: parameters.integer("epochs"),
            learningRate: parameters.number("learningRate"), seed: seed &+ Self.shuffleSeed, control: control)
        let linearized = try Self.trainLinearized(
            initial, on: data, epochs: parameters.integer("epochs"),
            learningRate: parameters.number("learningRate"), seed: seed &+ Self.shuffleSeed, control: control)
        let linearizedAccuracy = accuracy(of: linearized, on: data)
        let reluResidual = AffineFit(inputs: data.inputs, outputs: relu(data.inputs)).relativeResidual
        let linearizedResidual = AffineFit(inputs: data.inputs, outputs: linearized(data.inputs)).relativeResidual
        func regions(_ network: Network, _ name: String, _ title: String) -> Figure {
            ToyData.regionsFigure(network, data: data, name: name, title: title, resolution: 60)
        }
        return ExperimentResult(
            values: [
                "maskAgreement": .number(agreement), "checkedUnits": .number(Double(checked)),
                "activeShare": .number(active),
                "reluResidual": .number(reluResidual), "linearizedResidual": .number(linearizedResidual),
                "reluAccuracy": .number(reluAccuracy), "linearizedAccuracy": .number(linearizedAccuracy),
            ],
            figures: [
                regions(relu, "reluRegions", "ReLU on both passes: decision regions"),
                regions(linearized, "linearizedRegions", "ReLU only in the backward pass: decision regions"),
            ])
    }

    /// Compares, for every hidden unit and example, the forward mask (output > 0) with whether a
    /// random upstream gradient reaches the unit's pre-activation in the backward pass.
    static func maskAgreement(_ network: Network, data: Dataset, using generator: inout SeededGenerator) -> (
        Double, Int, Double
    ) {
        let trace = network.forward(data.inputs)
        let upstream = Matrix(
            rows: data.count, columns: trace.output.columns,
            elements: (0..<(data.count * trace.output.columns)).map { _ in generator.nextNormal() })
        let deltas = network.backward(trace, outputGradient: upstream).deltas
        var agree = 0
        var checked = 0
        var active = 0
        for layer in 0..<(network.layers.count - 1) {
            guard case .dense(let next) = network.layers[layer + 1] else { continue }
            // The gradient arriving at this layer's outputs, before ReLU's derivative is applied.
            let arriving = Matrix.productTransposingRight(deltas[layer + 1], next.weights)
            for index in arriving.elements.indices where arriving.elements[index] != 0 {
                let on = trace.layers[layer].activation.elements[index] > 0
                let passes = deltas[layer].elements[index] != 0
                checked += 1
                if on == passes { agree += 1 }
                if on { active += 1 }
            }
        }
        return (Double(agree) / Double(max(checked, 1)), checked, Double(active) / Double(max(checked, 1)))
    }

    /// Trains with the forward ReLU removed (identity) while the backward pass still multiplies by
    /// ReLU's derivative at the same pre-activations.
    static func trainLinearized(
        _ initial: Network, on data: Dataset, epochs: Int, learningRate: Double, seed: UInt64, control: RunControl
    ) throws -> Network {
        var network = initial.replacingHiddenActivation(with: .identity)
        var optimizer = Adam(learningRate: learningRate)
        var shuffler = SeededGenerator(seed: seed)
        for _ in 0..<epochs {
            let order = shuffler.permutation(data.count)
            for start in stride(from: 0, to: data.count, by: 32) {
                try control.checkpoint()
                let batch = data.subset(order[start..<min(start + 32, data.count)])
                let trace = network.forward(batch.inputs)
                let outputGradient = Loss.softmaxCrossEntropy.valueAndGradient(
                    output: trace.output, targets: batch.targets
                ).gradient
                let gradients = network.replacingHiddenActivation(with: .relu).backward(
                    trace, outputGradient: outputGradient)
                optimizer.step(&network, gradients: gradients.parameters)
            }
        }
        return network
    }
}

extension ReluMaskKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let sizes = [2] + Array(repeating: parameters.integer("width"), count: parameters.integer("depth")) + [2]
        let samples = parameters.integer("samples")
        let epochs = parameters.integer("epochs")
        return .forwardBackward(sizes, rows: samples) + 2 * .training(sizes, samples: samples, epochs: epochs)
            + 2 * .forward(sizes, rows: 3600)
    }
}
