import Foundation
import NetEngine

/// One hidden layer as a function approximator: fit a 1-D target with N units of ReLU, sigmoid or
/// tanh and compare the held-out error as N grows.
struct ApproximationKind: ExperimentKind {
    public init() {}

    public let name = "approximation"
    public let summary = "Fitting sin, |x|, a step or a bump with N hidden units of ReLU, sigmoid and tanh."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "target", .choice(TargetFunctions.names), default: .choice("sin"),
            "sin(x), |x|, a unit step at 0, or a bump exp(−4x²)"),
        ParameterSpec(
            "widths", .list(of: .integer(1...256), count: 1...8),
            default: .list([2, 4, 8, 16, 32].map(ParameterValue.integer)),
            "hidden units N"),
        ParameterSpec(
            "activations", .list(of: .choice(ActivationChoices.trainable), count: 1...3),
            default: .list(ActivationChoices.trainable.map(ParameterValue.choice)), "hidden activations compared"),
        ParameterSpec("samples", .integer(10...2000), default: .integer(128), "training points, uniform on [−π, π]"),
        ParameterSpec("steps", .integer(10...20_000), default: .integer(1000), "full-batch Adam steps"),
        ParameterSpec("learningRate", .number(1e-5...1), default: .number(0.03), "Adam's step size"),
        ParameterSpec(
            "shownWidth", .integer(1...256), default: .integer(4), "width whose fitted curves are drawn",
            label: "units in the fits drawn"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["testMSE", .choice(of: "activations"), .index(.each("widths"))],
            "mean squared error on 401 evenly spaced points, width N (index into widths)"),
        ResultEntry(
            ["placedMSE", .choice(of: "activations"), .index(.each("widths"))],
            "the same error for N units placed evenly by hand with only the output layer fitted (least squares)"),
        ResultEntry(["targetVariance"], "the target's variance on those points (the error of predicting its mean)"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc(
            "errorByWidth", "figure: held-out error against width, trained and placed, per activation (log scale)"),
        ResultDoc("fits", "figure: the target and each activation's fit at shownWidth"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let target = TargetFunctions.function(parameters.choice("target"))
        let widths = parameters.integers("widths")
        let activations = parameters.choices("activations")
        let test = SyntheticData.samples(of: target, on: -Double.pi...Double.pi, count: 401)
        let testTargets = test.targets.elements
        let mean = testTargets.reduce(0, +) / Double(testTargets.count)
        var errors: [String: ResultValue] = [:]
        var placedErrors: [String: ResultValue] = [:]
        var errorSeries: [Figure.Series] = []
        var placedSeries: [Figure.Series] = []
        var fitSeries: [Figure.Series] = []
        let interval = -Double.pi...Double.pi
        let grid = (0..<parameters.integer("samples")).map {
            interval.lowerBound + (Double($0) + 0.5) * 2 * Double.pi / Double(parameters.integer("samples"))
        }
        for name in activations {
            var byWidth: [Double] = []
            var placedByWidth: [Double] = []
            for width in widths {
                let placed = PlacedUnits.fit(
                    target, units: width, activation: name, on: interval, train: grid, test: test.inputs.elements)
                placedByWidth.append(placed.meanSquaredError)
                let network = try fit(
                    target, width: width, activation: ActivationChoices.trainable(name), parameters, seed: seed,
                    control: control)
                let output = network(test.inputs)
                byWidth.append(Loss.meanSquaredError.value(output: output, targets: test.targets))
                if width == parameters.integer("shownWidth") {
                    fitSeries.append(
                        Figure.Series(ActivationChoices.label(name), x: test.inputs.elements, y: output.elements))
                }
            }
            errors[name] = .numbers(byWidth)
            placedErrors[name] = .numbers(placedByWidth)
            errorSeries.append(
                Figure.Series("\(ActivationChoices.label(name)), trained", x: widths.map(Double.init), y: byWidth))
            placedSeries.append(
                Figure.Series("\(ActivationChoices.label(name)), placed", x: widths.map(Double.init), y: placedByWidth))
        }
        let shownWidth = parameters.integer("shownWidth")
        return ExperimentResult(
            values: [
                "testMSE": .object(errors),
                "placedMSE": .object(placedErrors),
                "targetVariance": .number(
                    testTargets.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(testTargets.count)),
            ],
            figures: [
                Figure(
                    name: "errorByWidth", title: "Held-out error against hidden units", kind: .line,
                    xLabel: "hidden units",
                    yLabel: "mean squared error", yScale: .log, series: errorSeries + placedSeries),
                Figure(
                    name: "fits",
                    title: widths.contains(shownWidth)
                        ? "Fits with \(shownWidth) hidden units" : "Fits (shownWidth is not among the widths)",
                    kind: .line, xLabel: "x", yLabel: "y",
                    series: [Figure.Series("target", x: test.inputs.elements, y: testTargets)] + fitSeries),
            ])
    }

    private func fit(
        _ target: @escaping (Double) -> Double, width: Int, activation: Activation, _ parameters: ParameterValues,
        seed: UInt64, control: RunControl
    ) throws -> Network {
        var generator = SeededGenerator(seed: seed)
        let xs = (0..<parameters.integer("samples")).map { _ in generator.nextUniform(in: -Double.pi...Double.pi) }
        let data = Dataset(
            inputs: Matrix(rows: xs.count, columns: 1, elements: xs),
            targets: Matrix(rows: xs.count, columns: 1, elements: xs.map(target)))
        let initializer: WeightInitializer = activation == .relu ? .heNormal : .glorotUniform
        var network = Network(
            sizes: [1, width, 1], hidden: activation, weightInitializer: initializer, using: &generator)
        // Spread the units' thresholds over the interval: biases uniform so that −b/w covers [−π, π].
        if case .dense(var first) = network.layers[0] {
            first.bias = (0..<width).map { unit in
                -first.weights[0, unit] * generator.nextUniform(in: -Double.pi...Double.pi)
            }
            network.layers[0] = .dense(first)
        }
        var optimizer = Adam(learningRate: parameters.number("learningRate"))
        var workspace = TrainingWorkspace()
        for _ in 0..<parameters.integer("steps") {
            try control.checkpoint()
            trainingStep(&network, batch: data, loss: .meanSquaredError, optimizer: &optimizer, workspace: &workspace)
        }
        return network
    }

}

extension ApproximationKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let fits = parameters.choices("activations").count
        let samples = parameters.integer("samples")
        let steps = parameters.integer("steps")
        let perWidth = parameters.integers("widths").map { width in
            // Full-batch steps on [1, width, 1]; each step costs its arithmetic and a fixed overhead.
            let sizes = [1, width, 1]
            let step = RunCost.training(sizes, samples: samples, epochs: 1, batch: samples)
            return RunCost(work: Double(steps) * step.work + Double(401 * width * 4), bytes: step.bytes)
        }
        return fits * perWidth.reduce(.zero, +)
    }
}
