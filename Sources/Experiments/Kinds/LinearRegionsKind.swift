import Foundation
import NetEngine

/// A ReLU network is piecewise linear: count its pieces exactly along a line, over a plane, and
/// for the composed "tent" construction that doubles them with every layer.
struct LinearRegionsKind: ExperimentKind {
    public init() {}

    public let name = "linear-regions"
    public let summary =
        "Linear pieces of random ReLU networks along a line (exact) and over a plane, against composed tents."

    public let parameters: [ParameterSpec] = [
        ParameterSpec(
            "depths", .list(of: .integer(1...12), count: 1...8),
            default: .list([1, 2, 3, 4, 6, 8].map(ParameterValue.integer)),
            "hidden layers of the random networks"),
        ParameterSpec(
            "widths", .list(of: .integer(1...128), count: 1...4),
            default: .list([8, 16, 32].map(ParameterValue.integer)),
            "units per hidden layer"),
        ParameterSpec("inputs", .integer(1...64), default: .integer(2), "input dimension of the random networks"),
        ParameterSpec("extent", .number(0.1...100), default: .number(3), "the line runs over t ∈ [−extent, extent]"),
        ParameterSpec(
            "biasScale", .number(0...10), default: .number(0.5),
            "random networks' biases are normal with this standard deviation (weights are He-normal)"),
        ParameterSpec("tentLayers", .integer(1...20), default: .integer(8), "composed tent layers, k = 1 … tentLayers"),
        ParameterSpec(
            "planeDepth", .integer(1...8), default: .integer(3), "hidden layers of the network drawn over the plane"),
        ParameterSpec("planeWidth", .integer(1...64), default: .integer(8), "its units per hidden layer"),
        ParameterSpec(
            "resolution", .integer(10...300), default: .integer(120), "grid cells per side over [−extent, extent]²"),
        ParameterSpec(
            "trainingSet", .choice(ToyData.names), default: .choice("spirals"),
            "the data set (400 points, noise 0.1) a planeDepth × planeWidth network is trained on"),
        ParameterSpec(
            "trainingEpochs", .integer(1...2000), default: .integer(300), "its training epochs (Adam, batches of 32)"),
        ParameterSpec(
            "countResolution", .integer(10...600), default: .integer(400),
            "grid cells per side on which that network's regions are counted (a finer grid finds more small ones)"),
    ]

    public let results: [ResultEntry] = [
        ResultEntry(
            ["regions", .index(.each("depths")), .index(.each("widths"))],
            "pieces along a random line of a random network, depth N (index into depths), width M (index into widths)"),
        ResultEntry(["regions2D"], "distinct activation patterns over the plane's grid"),
        ResultEntry(
            ["regionsBeforeTraining"],
            "distinct activation patterns of the trained network at initialization (He weights, biases like the random networks'), on a countResolution grid over the data's box"
        ),
        ResultEntry(["regionsAfterTraining"], "the same after training"),
        ResultEntry(["trainingAccuracy"], "that network's training accuracy"),
        ResultEntry(
            ["shallowBound"],
            "the most regions one hidden layer with as many units (n = planeDepth × planeWidth) can cut the plane into: 1 + n + n(n − 1)/2"
        ),
        ResultEntry(
            ["depthBound"],
            "an upper bound for planeDepth layers of planeWidth units in the plane: (1 + w + w(w − 1)/2) to the power planeDepth"
        ),
        ResultEntry(
            ["tentRegions", .index(.value(of: "tentLayers", plus: 0))],
            "pieces on [0, 1] of N+1 composed tent layers of width 2"),
    ]

    public let outputs: [ResultDoc] = [
        ResultDoc("plane", "figure: the input plane coloured by activation region"),
        ResultDoc("regionsByDepth", "figure: pieces along a line against depth, random networks and tents (log scale)"),
        ResultDoc("trainedPlane", "figure: the trained network's activation regions over its data, with the data"),
    ]

    public func run(_ parameters: ParameterValues, seed: UInt64, control: RunControl) throws -> ExperimentResult {
        let depths = parameters.integers("depths")
        let widths = parameters.integers("widths")
        let inputs = parameters.integer("inputs")
        let extent = parameters.number("extent")
        let biasScale = parameters.number("biasScale")
        var generator = SeededGenerator(seed: seed)
        var regions: [[Double]] = []
        for depth in depths {
            try control.checkpoint()
            regions.append(
                widths.map { width in
                    let network = randomNetwork(
                        sizes: [inputs] + Array(repeating: width, count: depth) + [1], hidden: .relu,
                        weightInitializer: .heNormal, biasScale: biasScale, using: &generator)
                    let (origin, direction) = Self.randomLine(inputs: inputs, using: &generator)
                    return Double(
                        LinearPieces.count(network, origin: origin, direction: direction, in: -extent...extent))
                })
        }
        let tentCounts = (1...parameters.integer("tentLayers")).map { k in
            Double(LinearPieces.count(Self.tents(k), origin: [0], direction: [1], in: 0...1))
        }
        let planeNetwork = randomNetwork(
            sizes: [2] + Array(repeating: parameters.integer("planeWidth"), count: parameters.integer("planeDepth")) + [
                1
            ],
            hidden: .relu, weightInitializer: .heNormal, biasScale: biasScale, using: &generator)
        let resolution = parameters.integer("resolution")
        let (grid, patternCount) = Self.patternGrid(
            planeNetwork, x: -extent...extent, y: -extent...extent, resolution: resolution)
        let training = try Self.regionsThroughTraining(
            parameters, resolution: resolution, using: &generator, seed: seed, control: control)
        let depthAxis = depths.map(Double.init)
        let tentAxis = tentCounts.indices.map { Double($0 + 1) }
        return ExperimentResult(
            values: [
                "regions": .numberRows(regions), "regions2D": .number(Double(patternCount)),
                "tentRegions": .numbers(tentCounts),
                "regionsBeforeTraining": .number(Double(training.before)),
                "regionsAfterTraining": .number(Double(training.after)), "trainingAccuracy": .number(training.accuracy),
                "shallowBound": .number(
                    Self.shallowBound(units: parameters.integer("planeDepth") * parameters.integer("planeWidth"))),
                "depthBound": .number(
                    pow(
                        Self.shallowBound(units: parameters.integer("planeWidth")),
                        Double(parameters.integer("planeDepth")))),
            ],
            figures: [
                Figure(
                    name: "plane", title: "Activation regions of a random ReLU network over the plane", kind: .heatmap,
                    xLabel: "x₁", yLabel: "x₂", series: [], grid: grid),
                Figure(
                    name: "regionsByDepth", title: "Linear pieces along a line against depth", kind: .line,
                    xLabel: "hidden layers", yLabel: "pieces", yScale: .log,
                    series: widths.indices.map { column in
                        Figure.Series("random, width \(widths[column])", x: depthAxis, y: regions.map { $0[column] })
                    } + [Figure.Series("composed tents, width 2", x: tentAxis, y: tentCounts)]),
                training.figure,
            ])
    }

    /// The most regions n lines can cut the plane into (lines in general position): 1 + n + n(n − 1)/2.
    static func shallowBound(units n: Int) -> Double { Double(1 + n + n * (n - 1) / 2) }

    /// Trains a planeDepth × planeWidth ReLU network on `trainingSet` and counts its activation
    /// patterns over the data's box before and after. Its biases start random, as the random
    /// networks' do: with zero biases every boundary would pass through the origin.
    static func regionsThroughTraining(
        _ parameters: ParameterValues, resolution: Int, using generator: inout SeededGenerator, seed: UInt64,
        control: RunControl
    ) throws -> (before: Int, after: Int, accuracy: Double, figure: Figure) {
        let data = ToyData.make(parameters.choice("trainingSet"), count: 400, noise: 0.1, using: &generator)
        let sizes =
            [2] + Array(repeating: parameters.integer("planeWidth"), count: parameters.integer("planeDepth"))
            + [(data.labels.max() ?? 1) + 1]
        var network = randomNetwork(
            sizes: sizes, hidden: .relu, weightInitializer: .heNormal, biasScale: parameters.number("biasScale"),
            using: &generator)
        let (xRange, yRange) = ToyData.bounds(data)
        let counting = parameters.integer("countResolution")
        let before = patternGrid(network, x: xRange, y: yRange, resolution: counting).1
        let accuracy = try ToyData.trainClassifier(
            &network, on: data, epochs: parameters.integer("trainingEpochs"), learningRate: 0.01, seed: seed,
            control: control)
        let after = patternGrid(network, x: xRange, y: yRange, resolution: counting).1
        let grid = patternGrid(network, x: xRange, y: yRange, resolution: resolution).0
        let figure = Figure(
            name: "trainedPlane", title: "Activation regions of a ReLU network after training, with its data",
            kind: .heatmap, xLabel: "x₁", yLabel: "x₂", series: [ToyData.pointsSeries(data)], grid: grid)
        return (before, after, accuracy, figure)
    }

    /// A random line: origin and unit direction drawn from a standard normal.
    static func randomLine(inputs: Int, using generator: inout SeededGenerator) -> ([Double], [Double]) {
        let origin = (0..<inputs).map { _ in 0.5 * generator.nextNormal() }
        var direction = (0..<inputs).map { _ in generator.nextNormal() }
        let norm = direction.reduce(0) { $0 + $1 * $1 }.squareRoot()
        direction = direction.map { $0 / max(norm, 1e-12) }
        return (origin, direction)
    }

    /// k tent layers: each maps y ∈ [0, 1] to 2y on [0, ½] and 2 − 2y on [½, 1], using two ReLU
    /// units (relu(2y) − relu(4y − 2)); the last combination is folded into the next layer.
    static func tents(_ k: Int) -> Network {
        var layers: [Layer] = [.dense(Dense(weights: Matrix([[2, 4]]), bias: [0, -2], activation: .relu))]
        for _ in 1..<k {
            // Input (h₁, h₂) with y = h₁ − h₂; next units relu(2y) and relu(4y − 2).
            layers.append(.dense(Dense(weights: Matrix([[2, 4], [-2, -4]]), bias: [0, -2], activation: .relu)))
        }
        layers.append(.dense(Dense(weights: Matrix([[1], [-1]]), bias: [0], activation: .identity)))
        return Network(layers)
    }

    /// Each grid cell's activation pattern, numbered in order of first appearance, and the count.
    static func patternGrid(
        _ network: Network, x xRange: ClosedRange<Double>, y yRange: ClosedRange<Double>, resolution: Int
    ) -> (Figure.Grid, Int) {
        let trace = network.forward(ToyData.gridPoints(x: xRange, y: yRange, resolution: resolution))
        let hidden = trace.layers.dropLast().map(\.preActivation)
        var numbers: [[Bool]: Int] = [:]
        var ids: [Int] = []
        for index in 0..<(resolution * resolution) {
            let pattern = hidden.flatMap { z in (0..<z.columns).map { z[index, $0] > 0 } }
            if numbers[pattern] == nil { numbers[pattern] = numbers.count }
            ids.append(numbers[pattern]!)
        }
        let values = (0..<resolution).map { row in ids[(row * resolution)..<((row + 1) * resolution)].map { $0 % 8 } }
        return (Figure.Grid(values: values, xRange: xRange, yRange: yRange, classNames: []), numbers.count)
    }
}

extension LinearRegionsKind {
    /// The estimate behind the cost guard (see ``RunCost``).
    public func cost(_ parameters: ParameterValues) -> RunCost {
        let depths = parameters.integers("depths")
        let widths = parameters.integers("widths")
        let inputs = parameters.integer("inputs")
        // Counting pieces along a line visits each piece (about one per unit on random networks)
        // and passes it through every layer.
        let lines = depths.flatMap { depth in
            widths.map { width in
                let pieces = Double(depth * width * 4)
                return RunCost(
                    work: pieces * (Double(depth * width * width) + Double(width * inputs)),
                    bytes: pieces * Double(width) * 8 * 4)
            }
        }
        let tents = (1...parameters.integer("tentLayers")).map { layers in
            RunCost(work: pow(2, Double(layers)) * Double(layers) * 40, bytes: pow(2, Double(layers)) * 8 * 56)
        }
        let planeSizes =
            [2] + Array(repeating: parameters.integer("planeWidth"), count: parameters.integer("planeDepth")) + [1]
        let grid = parameters.integer("resolution") * parameters.integer("resolution")
        let training = RunCost.training(planeSizes, samples: 400, epochs: parameters.integer("trainingEpochs"))
        let counts =
            2
            * .forward(planeSizes, rows: parameters.integer("countResolution") * parameters.integer("countResolution"))
        return lines.reduce(.zero, +) + tents.reduce(.zero, +) + 2 * .forward(planeSizes, rows: grid) + training
            + counts
    }
}
