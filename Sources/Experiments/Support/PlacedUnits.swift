import NetEngine

/// One hidden layer built by hand instead of trained: N units placed evenly over an interval,
/// with only the output layer fitted (by least squares). Its error bounds what a trained layer of
/// the same width could reach, so a trained fit far above it failed to train; it did not hit a
/// limit of the width.
enum PlacedUnits {
    /// Unit i's centre: the N inner points that cut the interval into N + 1 equal parts.
    static func centres(_ count: Int, on interval: ClosedRange<Double>) -> [Double] {
        let width = (interval.upperBound - interval.lowerBound) / Double(count + 1)
        return (1...count).map { interval.lowerBound + Double($0) * width }
    }

    /// The hidden outputs for inputs `xs`: ReLU units alternate direction (relu(±(x − cᵢ))), so
    /// that N of them make N + 1 linear pieces; sigmoid and tanh units are steps at cᵢ whose
    /// width is a fraction of the spacing.
    static func features(_ xs: [Double], units: Int, activation name: String, on interval: ClosedRange<Double>)
        -> Matrix
    {
        let centres = centres(units, on: interval)
        let steepness = 2 * Double(units) / (interval.upperBound - interval.lowerBound) * 4
        let activation = ActivationChoices.trainable(name)
        var features = Matrix(rows: xs.count, columns: units)
        for (row, x) in xs.enumerated() {
            for (unit, centre) in centres.enumerated() {
                let z = name == "relu" ? (unit.isMultiple(of: 2) ? 1 : -1) * (x - centre) : steepness * (x - centre)
                features[row, unit] = activation(z)
            }
        }
        return features
    }

    /// The held-out mean squared error of placed units fitted to `target` on `trainXs`, and the
    /// fit's values on `testXs`.
    static func fit(
        _ target: (Double) -> Double, units: Int, activation: String, on interval: ClosedRange<Double>,
        train trainXs: [Double], test testXs: [Double]
    ) -> (meanSquaredError: Double, values: [Double]) {
        let readout = AffineFit(
            inputs: features(trainXs, units: units, activation: activation, on: interval),
            outputs: Matrix(rows: trainXs.count, columns: 1, elements: trainXs.map(target)))
        let hidden = features(testXs, units: units, activation: activation, on: interval)
        let values = (0..<testXs.count).map { row in
            (0..<units).reduce(readout.bias[0]) { $0 + hidden[row, $1] * readout.weights[$1, 0] }
        }
        let error = zip(values, testXs).reduce(0) { $0 + ($1.0 - target($1.1)) * ($1.0 - target($1.1)) }
        return (error / Double(testXs.count), values)
    }
}
