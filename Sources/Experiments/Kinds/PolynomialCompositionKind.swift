import Foundation
import NetEngine

/// Composition raises polynomial degree multiplicatively, and a linear map never raises it:
/// the forum's f(z) = z³, g(z) = 2z² + 42 example, then 1-D networks with polynomial activations.
struct PolynomialCompositionKind: ExperimentKind {
    public init() {}

    public let name = "polynomial-composition"
    public let summary = "g∘f computed exactly, and the degree of 1-D polynomial-activation networks as depth grows."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "inner", .list(of: .number(-1e6...1e6), count: 1...9),
            default: .list([0, 0, 0, 1].map(ParameterValue.number)),
            "f's coefficients, lowest degree first (default z³)"),
        ParameterSpec(
            "outer", .list(of: .number(-1e6...1e6), count: 1...9),
            default: .list([42, 0, 2].map(ParameterValue.number)),
            "g's coefficients, lowest degree first (default 2z² + 42)"),
        ParameterSpec(
            "activation", .list(of: .number(-100...100), count: 2...5),
            default: .list([0, 1, 0.5].map(ParameterValue.number)),
            "the networks' polynomial activation, lowest degree first (default z + z²/2)"),
        ParameterSpec(
            "maxDepth", .integer(1...8), default: .integer(6), "networks of depth 1 … maxDepth (one unit per layer)"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(["inner", .index(.each("inner"))], "f's coefficients"),
        ResultEntry(["outer", .index(.each("outer"))], "g's coefficients"),
        ResultEntry(
            ["composed", .index(.computed("degree + 1", Self.composedCount))], "g∘f's coefficients, lowest degree first"
        ), ResultEntry(["degree"], "g∘f's degree"),
        ResultEntry(["innerDegree"], "f's degree"), ResultEntry(["outerDegree"], "g's degree"),
        ResultEntry(["activationDegree"], "the activation's degree d"),
        ResultEntry(
            ["depthDegrees", .index(.value(of: "maxDepth", plus: 0))],
            "exact degree of the depth-(N+1) network with the polynomial activation"),
        ResultEntry(
            ["linearDepthDegrees", .index(.value(of: "maxDepth", plus: 0))], "the same with the identity activation"),
        ResultEntry(
            ["numericDegree", .index(.value(of: "maxDepth", plus: 0))],
            "degree measured from the network's outputs (Chebyshev interpolation); 'not measurable' above 12",
            leaf: .numberOrText),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("composition", "figure: f, g and g∘f"),
        ResultDoc("degreeByDepth", "figure: output degree against depth (log scale)"),
        ResultDoc("degrees", "table: exact and measured degrees per depth"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let inner = Polynomial(parameters.numbers("inner"))
        let outer = Polynomial(parameters.numbers("outer"))
        let composed = outer.composed(with: inner)
        let activation = Polynomial(parameters.numbers("activation"))
        guard activation.degree >= 1 else { throw ExperimentError("the activation must have degree at least 1") }
        var generator = SeededGenerator(seed: seed)
        let maxDepth = parameters.integer("maxDepth")
        // Weights from {±1/2, ±1}, biases from {−1/4, 0, 1/4}: every coefficient stays exactly representable.
        let layers = (0..<maxDepth).map { _ in
            ([-1.0, -0.5, 0.5, 1.0][generator.nextInt(below: 4)], [-0.25, 0.0, 0.25][generator.nextInt(below: 3)])
        }
        var depthDegrees: [Double] = []
        var linearDegrees: [Double] = []
        var measured: [ResultValue] = []
        var exact = Polynomial.z
        var linear = Polynomial.z
        var rows: [[ResultValue]] = []
        for depth in 1...maxDepth {
            try control.checkpoint()
            let (weight, bias) = layers[depth - 1]
            exact = activation.composed(with: weight * exact + .constant(bias))
            linear = weight * linear + .constant(bias)
            let network = Self.network(layers: Array(layers.prefix(depth)), activation: activation)
            let numeric = NumericDegree.measure { xs in
                network(Matrix(rows: xs.count, columns: 1, elements: xs)).elements
            }
            depthDegrees.append(Double(exact.degree))
            linearDegrees.append(Double(linear.degree))
            measured.append(numeric.map { .number(Double($0)) } ?? .string("not measurable"))
            rows.append([
                .number(Double(depth)), .number(Double(exact.degree)),
                numeric.map { .number(Double($0)) } ?? .string("—"),
                .number(Double(linear.degree)),
            ])
        }
        let xs = (0...120).map { -1.5 + 3 * Double($0) / 120 }
        let depths = (1...maxDepth).map(Double.init)
        return ExperimentResult(
            values: [
                "inner": .numbers(inner.coefficients), "outer": .numbers(outer.coefficients),
                "composed": .numbers(composed.coefficients), "degree": .number(Double(composed.degree)),
                "innerDegree": .number(Double(inner.degree)), "outerDegree": .number(Double(outer.degree)),
                "activationDegree": .number(Double(activation.degree)),
                "depthDegrees": .numbers(depthDegrees), "linearDepthDegrees": .numbers(linearDegrees),
                "numericDegree": .array(measured),
            ],
            figures: [
                Figure(
                    name: "composition", title: "f, g and their composition g∘f", kind: .line, xLabel: "z",
                    yLabel: "value",
                    series: [
                        ("f(z) = \(inner)", inner), ("g(z) = \(outer)", outer), ("g(f(z)) = \(composed)", composed),
                    ].map { label, polynomial in
                        Figure.Series(label, x: xs, y: xs.map(polynomial.evaluate(at:)))
                    }),
                Figure(
                    name: "degreeByDepth", title: "Degree of the network's output against depth", kind: .line,
                    xLabel: "layers", yLabel: "degree in the input", yScale: .log,
                    series: [
                        Figure.Series("activation of degree \(activation.degree)", x: depths, y: depthDegrees),
                        Figure.Series("identity activation", x: depths, y: linearDegrees),
                    ]),
            ],
            tables: [
                ResultTable(
                    name: "degrees", title: "Output degree per depth",
                    columns: ["layers", "exact degree", "measured from outputs", "identity activation"], rows: rows)
            ])
    }

    /// A 1-D network: each layer is x ↦ activation(w·x + b).
    static func network(layers: [(Double, Double)], activation: Polynomial) -> Network {
        Network(
            layers.map { weight, bias in
                .dense(
                    Dense(
                        weights: Matrix([[weight]]), bias: [bias],
                        activation: .polynomial(coefficients: activation.coefficients)))
            })
    }
}

extension PolynomialCompositionKind {
    /// Coefficients of g∘f: its degree (the outer degree times the inner one) plus one.
    @Sendable static func composedCount(_ parameters: ParameterValues) -> Int {
        let outer = Polynomial(parameters.numbers("outer"))
        let inner = Polynomial(parameters.numbers("inner"))
        return outer.composed(with: inner).coefficients.count
    }

    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        // Composing with an activation of degree a multiplies polynomials up to degree a^L: about
        // a · (a^(L−1))² multiply-adds at depth L, then a numeric check of each depth's network.
        let degree = Double(parameters.numbers("activation").count - 1)
        let layers = (1...parameters.integer("maxDepth")).map { depth in
            RunCost(
                work: degree * pow(degree, 2 * Double(depth - 1)) + 2_000 * Double(depth),
                bytes: pow(degree, Double(depth)) * 8 * 4)
        }
        return layers.reduce(.zero, +)
    }
}
