import NetEngine

/// Each activation and its derivative, plotted, with their values at a chosen point.
struct ActivationGalleryKind: ExperimentKind {
    public init() {}

    public let name = "activation-gallery"
    public let summary = "Each activation and its derivative on an interval, and their values at one point."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "activations", .list(of: .choice(ActivationChoices.all), count: 1...8),
            default: .list(
                ["relu", "leakyReLU", "sigmoid", "tanh", "softplus", "gelu", "elu"].map(ParameterValue.choice)),
            "activations to draw"),
        ParameterSpec("range", .number(0.5...50), default: .number(4), "plot on [−range, range]"),
        ParameterSpec("points", .integer(11...2001), default: .integer(161), "samples across the interval"),
        ParameterSpec(
            "at", .number(-1000...1000), default: .number(1), "the point where values are reported", label: "z"),
        ParameterSpec("leakySlope", .number(0...1), default: .number(0.1), "leaky ReLU's slope for z < 0"),
        ParameterSpec("eluAlpha", .number(0.01...10), default: .number(1), "ELU's α"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(["value", .choice(of: "activations")], "the activation NAME at `at`"),
        ResultEntry(["derivative", .choice(of: "activations")], "its derivative at `at`"),
        ResultEntry(["maxDerivative", .choice(of: "activations")], "the largest derivative over the sampled interval"),
        ResultEntry(["minValue", .choice(of: "activations")], "the smallest value over the sampled interval"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("functions", "figure: each activation over the interval"),
        ResultDoc("derivatives", "figure: each derivative over the interval"),
        ResultDoc("values", "table: value and derivative at `at`, largest derivative on the interval"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let names = parameters.choices("activations")
        let range = parameters.number("range")
        let count = parameters.integer("points")
        let at = parameters.number("at")
        let xs = (0..<count).map { -range + 2 * range * Double($0) / Double(count - 1) }
        var values: [String: ResultValue] = [:]
        var derivatives: [String: ResultValue] = [:]
        var maxDerivatives: [String: ResultValue] = [:]
        var minValues: [String: ResultValue] = [:]
        var functionSeries: [Figure.Series] = []
        var derivativeSeries: [Figure.Series] = []
        var rows: [[ResultValue]] = []
        for name in names {
            try control.checkpoint()
            let activation = ActivationChoices.activation(named: name, parameters)
            let ys = xs.map { activation($0) }
            let slopes = xs.map { activation.derivative($0) }
            values[name] = .number(activation(at))
            derivatives[name] = .number(activation.derivative(at))
            maxDerivatives[name] = .number(slopes.max() ?? 0)
            minValues[name] = .number(ys.min() ?? 0)
            functionSeries.append(Figure.Series(ActivationChoices.label(name), x: xs, y: ys))
            derivativeSeries.append(Figure.Series(ActivationChoices.label(name), x: xs, y: slopes))
            rows.append([
                .string(ActivationChoices.label(name)), .number(activation(at)), .number(activation.derivative(at)),
                .number(slopes.max() ?? 0),
            ])
        }
        return ExperimentResult(
            values: [
                "value": .object(values), "derivative": .object(derivatives),
                "maxDerivative": .object(maxDerivatives), "minValue": .object(minValues),
            ],
            figures: [
                Figure(
                    name: "functions", title: "Activation functions", kind: .line, xLabel: "z", yLabel: "f(z)",
                    series: functionSeries),
                Figure(
                    name: "derivatives", title: "Their derivatives", kind: .line, xLabel: "z", yLabel: "f′(z)",
                    series: derivativeSeries),
            ],
            tables: [
                ResultTable(
                    name: "values",
                    title: "Values at z = \(JSONText.format(at).replacingOccurrences(of: "-", with: "−"))",
                    columns: ["activation", "f(z)", "f′(z)", "largest f′ on the interval"], rows: rows)
            ])
    }
}

extension ActivationGalleryKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        .scalars(Double(parameters.choices("activations").count * parameters.integer("points")) * 2, each: 60)
    }
}
