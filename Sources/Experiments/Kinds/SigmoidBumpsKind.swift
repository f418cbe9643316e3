import Foundation
import NetEngine

/// Why one hidden layer of sigmoids can approximate any continuous function, by construction: a
/// steep sigmoid is a step, two steps make a bump, and a sum of bumps follows the target.
struct SigmoidBumpsKind: ExperimentKind {
    public init() {}

    public let name = "sigmoid-bumps"
    public let summary = "Steps from steep sigmoids, bumps from two steps, and a target built from N bumps by hand."

    /// A bump's edges are this many times steeper than the bumps are wide.
    static let relativeSteepness = 10.0

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "target", .choice(TargetFunctions.names), default: .choice("sin"),
            "the function the bumps build on [−π, π]"),
        ParameterSpec(
            "steepness", .list(of: .number(0.1...1000), count: 1...6),
            default: .list([1, 3, 10, 30].map(ParameterValue.number)), "weights w of the single units σ(w·x)"),
        ParameterSpec(
            "bumps", .list(of: .integer(1...512), count: 1...8),
            default: .list([2, 4, 8, 16, 32, 64].map(ParameterValue.integer)), "numbers N of bumps"),
        ParameterSpec(
            "shownBumps", .list(of: .integer(1...512), count: 1...3),
            default: .list([4, 16].map(ParameterValue.integer)), "bump counts whose sums are drawn"),
        ParameterSpec("points", .integer(101...20_001), default: .integer(2001), "evaluation points on [−π, π]"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["stepGap", .index(.each("steepness"))],
            "largest |σ(w·x) − step(x)| for |x| ≥ 0.5: how far one unit is from a step away from its jump"),
        ResultEntry(
            ["maxError", .index(.each("bumps"))], "largest |sum of N bumps − target| on [−π, π]"),
        ResultEntry(["meanSquaredError", .index(.each("bumps"))], "mean squared error of the sum of N bumps"),
        ResultEntry(
            ["units", .index(.each("bumps"))], "sigmoid units the N bumps use (N + 1: neighbours share an edge)"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("steps", "figure: σ(w·x) for each steepness, and the step"),
        ResultDoc("sums", "figure: the target and its sums of shownBumps bumps"),
        ResultDoc("errorByBumps", "figure: largest error against the number of bumps (log scale)"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let target = TargetFunctions.function(parameters.choice("target"))
        let interval = -Double.pi...Double.pi
        let count = parameters.integer("points")
        let xs = (0..<count).map { interval.lowerBound + Double($0) * 2 * Double.pi / Double(count - 1) }
        let steepness = parameters.numbers("steepness")
        let gaps = steepness.map { w in
            xs.filter { abs($0) >= 0.5 }.map { abs(Activation.sigmoid(w * $0) - ($0 >= 0 ? 1 : 0)) }.max() ?? 0
        }
        let bumps = parameters.integers("bumps")
        let sums = try Dictionary(
            uniqueKeysWithValues: Set(bumps + parameters.integers("shownBumps")).map { n in
                try control.checkpoint()
                return (n, xs.map { Self.bumpSum(target, bumps: n, on: interval, at: $0) })
            })
        let targets = xs.map(target)
        let maxErrors = bumps.map { n in zip(sums[n]!, targets).map { abs($0 - $1) }.max() ?? 0 }
        let meanSquared = bumps.map { n in
            zip(sums[n]!, targets).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(count)
        }
        let stepAxis = (0...120).map { -3 + Double($0) * 0.05 }
        return ExperimentResult(
            values: [
                "stepGap": .numbers(gaps), "maxError": .numbers(maxErrors), "meanSquaredError": .numbers(meanSquared),
                "units": .numbers(bumps.map { Double($0 + 1) }),
            ],
            figures: [
                Figure(
                    name: "steps", title: "One sigmoid unit σ(w·x) becomes a step as w grows", kind: .line,
                    xLabel: "x", yLabel: "output",
                    series: steepness.map { w in
                        Figure.Series(
                            "w = \(JSONText.format(w))", x: stepAxis, y: stepAxis.map { Activation.sigmoid(w * $0) })
                    } + [Figure.Series("step", x: stepAxis, y: stepAxis.map { $0 >= 0 ? 1 : 0 })]),
                Figure(
                    name: "sums", title: "The target built from bumps by hand", kind: .line, xLabel: "x", yLabel: "y",
                    series: [Figure.Series("target", x: xs, y: targets)]
                        + parameters.integers("shownBumps").map { n in Figure.Series("\(n) bumps", x: xs, y: sums[n]!) }
                ),
                Figure(
                    name: "errorByBumps", title: "Largest error of the hand-built sum", kind: .line,
                    xLabel: "bumps N", yLabel: "largest |error|", yScale: .log,
                    series: [Figure.Series("sum of N bumps", x: bumps.map(Double.init), y: maxErrors)]),
            ])
    }

    /// Σᵢ hᵢ·(σ(w(x − aᵢ)) − σ(w(x − aᵢ₊₁))): N bumps over equal parts of the interval, each as
    /// high as the target at its part's middle, with edges steep relative to their width.
    static func bumpSum(_ target: (Double) -> Double, bumps: Int, on interval: ClosedRange<Double>, at x: Double)
        -> Double
    {
        let width = (interval.upperBound - interval.lowerBound) / Double(bumps)
        let w = relativeSteepness / width
        let edges = (0...bumps).map { interval.lowerBound + Double($0) * width }
        return (0..<bumps).reduce(0) { sum, i in
            let height = target(edges[i] + width / 2)
            return sum + height * (Activation.sigmoid(w * (x - edges[i])) - Activation.sigmoid(w * (x - edges[i + 1])))
        }
    }
}

extension SigmoidBumpsKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let points = Double(parameters.integer("points"))
        let bumps = (parameters.integers("bumps") + parameters.integers("shownBumps")).reduce(0, +)
        return .scalars(points * Double(2 * bumps + parameters.numbers("steepness").count + 121), each: 40)
    }
}
