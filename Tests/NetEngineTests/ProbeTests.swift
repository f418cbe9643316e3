import Testing

@testable import NetEngine

@Suite struct ProbeTests {
    /// 2 inputs → 3 ReLU units: unit 0 = x₀, unit 1 = −x₀ − x₁ − 10 (dead on [0,1]²), unit 2 = x₁ − 0.5.
    static let network = Network([
        .dense(Dense(weights: Matrix([[1, -1, 0], [0, -1, 1]]), bias: [0, -10, -0.5], activation: .relu)),
        .dense(Dense(weights: Matrix([[1], [1], [1]]), bias: [0], activation: .identity)),
    ])
    static let inputs = Matrix([[0.2, 0.1], [0.9, 0.8], [0.5, 0.4], [0.7, 0.9]])

    @Test func deadUnitsAreThoseNeverPositive() {
        let dead = Probes.deadUnits(Self.network, on: Self.inputs)
        #expect(dead == [[false, true, false], [false]])
    }

    @Test func patternsCountDistinctOnOffCombinations() {
        // Patterns: (on, off, off), (on, off, on), (on, off, off), (on, off, on).
        #expect(Probes.activationPatternCount(Self.network, on: Self.inputs) == 2)
    }

    @Test func saturationByMagnitudeAndByDerivative() {
        let network = Network([.dense(Dense(weights: Matrix([[1, 10]]), bias: [0, 0], activation: .sigmoid))])
        let trace = network.forward(Matrix([[0.1], [1]]))
        // Pre-activations 0.1, 1, 1, 10.
        #expect(Probes.saturatedFraction(network, trace: trace, criterion: .magnitudeAbove(3)) == [0.25])
        #expect(Probes.saturatedFraction(network, trace: trace, criterion: .derivativeBelow(0.22)) == [0.75])
        #expect(Probes.saturatedFraction(network, trace: trace, criterion: .derivativeBelow(0.1)) == [0.25])
    }

    @Test func weightNormsPerInputAndGradientNormsPerLayer() {
        #expect(Probes.inputWeightNorms(Self.network) == Array(repeating: Double(2).squareRoot(), count: 2))
        let trace = Self.network.forward(Self.inputs)
        let gradients = Self.network.backward(trace, outputGradient: Matrix(rows: 4, columns: 1, repeating: 1))
        let norms = Probes.weightGradientNorms(Self.network, gradients: gradients)
        #expect(norms.count == 2)
        #expect(norms[1] == gradients.parameters[2].frobeniusNorm)
    }
}
