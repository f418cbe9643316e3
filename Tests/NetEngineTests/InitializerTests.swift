import Testing

@testable import NetEngine

/// The initializers' scales, measured on large draws.
@Suite struct InitializerTests {
    @Test(arguments: [0.25, 1, 0.5.squareRoot()])
    func unitGainWeightsHaveStandardDeviationOneOverSlopeRootFanIn(slope: Double) {
        var generator = SeededGenerator(seed: 3)
        let weights = WeightInitializer.unitGainNormal(slope: slope).weights(fanIn: 64, fanOut: 500, using: &generator)
        let values = weights.elements
        let mean = values.reduce(0, +) / Double(values.count)
        let deviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
        let expected = 1 / (slope * 8)
        #expect(abs(deviation / expected - 1) < 0.02, "\(deviation) against \(expected)")
        #expect(abs(mean) < 0.05 * expected)
    }
}
