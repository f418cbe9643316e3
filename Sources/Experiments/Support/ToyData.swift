import NetEngine

/// The two-dimensional data sets chapters can name, and helpers to train and draw classifiers on them.
enum ToyData {
    static let names = ["xor", "moons", "circles", "spirals"]

    /// The data set `name` with `count` points and the given noise.
    static func make(_ name: String, count: Int, noise: Double, using generator: inout SeededGenerator) -> Dataset {
        switch name {
        case "moons": SyntheticData.moons(count: count, noise: noise, using: &generator)
        case "circles": SyntheticData.circles(count: count, noise: noise, using: &generator)
        case "spirals": SyntheticData.spirals(count: count, noise: noise, using: &generator)
        default: SyntheticData.xor(count: count, noise: noise, using: &generator)
        }
    }

    /// Trains `network` with Adam on softmax cross-entropy and returns its training accuracy.
    static func trainClassifier(
        _ network: inout Network, on data: Dataset, epochs: Int, learningRate: Double, seed: UInt64,
        control: RunControl
    ) throws -> Double {
        var optimizer = Adam(learningRate: learningRate)
        try train(
            &network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(epochs: epochs, batchSize: 32, shuffleSeed: seed), checkpoint: control.checkpoint)
        return accuracy(of: network, on: data)
    }

    /// The bounding box of the data, padded by 10% on each side.
    static func bounds(_ data: Dataset) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let xs = data.inputs.column(0)
        let ys = data.inputs.column(1)
        func padded(_ values: [Double]) -> ClosedRange<Double> {
            let low = values.min() ?? -1
            let high = values.max() ?? 1
            let pad = max((high - low) * 0.1, 0.1)
            return (low - pad)...(high + pad)
        }
        return (padded(xs), padded(ys))
    }

    /// The centres of a `resolution × resolution` grid over the box, row by row from the bottom,
    /// one point per row of the matrix.
    static func gridPoints(x xRange: ClosedRange<Double>, y yRange: ClosedRange<Double>, resolution: Int) -> Matrix {
        var points: [Double] = []
        for row in 0..<resolution {
            for column in 0..<resolution {
                let x =
                    xRange.lowerBound + (Double(column) + 0.5) / Double(resolution)
                    * (xRange.upperBound - xRange.lowerBound)
                let y =
                    yRange.lowerBound + (Double(row) + 0.5) / Double(resolution)
                    * (yRange.upperBound - yRange.lowerBound)
                points += [x, y]
            }
        }
        return Matrix(rows: resolution * resolution, columns: 2, elements: points)
    }

    /// The predicted class on a `resolution × resolution` grid over the data's box.
    static func decisionGrid(_ network: Network, data: Dataset, resolution: Int) -> Figure.Grid {
        let (xRange, yRange) = bounds(data)
        let predictions = argmaxRows(network(gridPoints(x: xRange, y: yRange, resolution: resolution)))
        let values = (0..<resolution).map { row in Array(predictions[(row * resolution)..<((row + 1) * resolution)]) }
        let classes = (data.labels.max() ?? 1) + 1
        return Figure.Grid(
            values: values, xRange: xRange, yRange: yRange, classNames: (0..<classes).map { "class \($0)" })
    }

    /// A figure of `network`'s decision regions over the data's box, with the data points on top.
    static func regionsFigure(_ network: Network, data: Dataset, name: String, title: String, resolution: Int) -> Figure
    {
        Figure(
            name: name, title: title, kind: .heatmap, xLabel: "x₁", yLabel: "x₂", series: [pointsSeries(data)],
            grid: decisionGrid(network, data: data, resolution: resolution))
    }

    /// The data points as a scatter series coloured by label.
    static func pointsSeries(_ data: Dataset) -> Figure.Series {
        Figure.Series("training points", x: data.inputs.column(0), y: data.inputs.column(1), classes: data.labels)
    }
}
