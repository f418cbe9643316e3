import Foundation
import NetEngine

/// A sum of shifted sigmoids, Σᵢ σ(x − i + ½) for i = 1…N, against softplus log(1 + eˣ), which is
/// itself close to ReLU (Nair and Hinton, 2010: "stepped sigmoid units").
struct SteppedSigmoidKind: ExperimentKind {
    public init() {}

    public let name = "stepped-sigmoid"
    public let summary = "How close N shifted sigmoids come to softplus, and softplus to ReLU."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "copies", .list(of: .integer(1...1000), count: 1...12),
            default: .list([1, 2, 3, 5, 8, 10, 15, 20, 40, 100].map(ParameterValue.integer)),
            "numbers of shifted copies N"),
        ParameterSpec("low", .number(-100...0), default: .number(-5), "the interval's left end"),
        ParameterSpec("high", .number(0...100), default: .number(5), "the interval's right end"),
        ParameterSpec(
            "points", .integer(11...20_001), default: .integer(2001), "evenly spaced points where errors are measured"),
        ParameterSpec("shown", .integer(1...1000), default: .integer(10), "N drawn in the figure"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["maxErrorSoftplus", .index(.each("copies"))],
            "max |Σσ − softplus| on the interval, for the N-th entry of copies"),
        ResultEntry(["errorAtHigh", .index(.each("copies"))], "|Σσ − softplus| at the interval's right end"),
        ResultEntry(["limitError"], "max |Σσ − softplus| on the interval with 10000 copies (the infinite sum)"),
        ResultEntry(["maxErrorRelu"], "max |softplus − max(0, x)| on the interval (at x = 0: log 2)"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("curves", "figure: the sum for N = shown, softplus and ReLU"),
        ResultDoc("errors", "figure: largest error against N (log scale)"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let (low, high) = (parameters.number("low"), parameters.number("high"))
        let count = parameters.integer("points")
        let xs = (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
        let softplus = xs.map(Activation.softplus.callAsFunction)
        func sum(_ copies: Int, _ x: Double) -> Double {
            (1...copies).reduce(0) { $0 + Activation.sigmoid(x - Double($1) + 0.5) }
        }
        func maxError(_ copies: Int) -> Double {
            zip(xs, softplus).map { abs(sum(copies, $0) - $1) }.max() ?? 0
        }
        let copies = parameters.integers("copies")
        let errors = try copies.map { copies in
            try control.checkpoint()
            return maxError(copies)
        }
        let shown = parameters.integer("shown")
        return ExperimentResult(
            values: [
                "maxErrorSoftplus": .numbers(errors),
                "errorAtHigh": .numbers(copies.map { abs(sum($0, high) - Activation.softplus(high)) }),
                "limitError": .number(maxError(10_000)),
                "maxErrorRelu": .number(zip(xs, softplus).map { abs($1 - max(0, $0)) }.max() ?? 0),
            ],
            figures: [
                Figure(
                    name: "curves", title: "\(shown) shifted sigmoids, softplus and ReLU", kind: .line, xLabel: "x",
                    yLabel: "value",
                    series: [
                        Figure.Series("sum of \(shown) sigmoids", x: xs, y: xs.map { sum(shown, $0) }),
                        Figure.Series("softplus", x: xs, y: softplus),
                        Figure.Series("ReLU", x: xs, y: xs.map { max(0, $0) }),
                    ]),
                Figure(
                    name: "errors", title: "Largest gap between the sum and softplus", kind: .line, xLabel: "copies N",
                    yLabel: "max error", yScale: .log,
                    series: [Figure.Series("max |Σσ − softplus|", x: copies.map(Double.init), y: errors)]),
            ])
    }
}

extension SteppedSigmoidKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        // Each point sums N sigmoids for every N in the list, for the figure's N and for N = 10 000.
        let sums = parameters.integers("copies").reduce(0, +) + parameters.integer("shown") + 10_000
        let points = Double(parameters.integer("points"))
        return RunCost(
            work: points * Double(sums) * 30, bytes: points * Double(parameters.integers("copies").count + 8) * 8)
    }
}
