import Testing

@testable import NetEngine

@Suite struct MaxPoolTests {
    static let pool = MaxPool(height: 4, width: 4, window: 2)
    /// One 4 × 4 image, row by row: its 2 × 2 patches' maxima are 5, 7, 6 and 9.
    static let image = Matrix(row: [
        1, 5, 0, 2,
        3, 4, 7, 1,
        0, 0, 9, 8,
        6, 2, 8, 9,
    ])

    @Test func eachOutputIsItsPatchsMaximum() {
        let network = Network([.maxPool(Self.pool)])
        #expect(network(Self.image).elements == [5, 7, 6, 9])
    }

    @Test func theGradientGoesOnlyToEachPatchsWinner() {
        var output = Matrix.empty
        let winners = Self.pool.forward(Self.image, output: &output)
        let gradient = Self.pool.backward(outputGradient: Matrix(row: [1, 2, 3, 4]), winners: winners)
        #expect(gradient.elements == [0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 4, 0, 3, 0, 0, 0])
    }

    @Test func poolingIsPositivelyHomogeneous() {
        let images = randomMatrix(5, 16, seed: 21)
        let network = Network([.maxPool(Self.pool)])
        for factor in [0.25, 0.5, 3.0] {
            #expect(network(factor * images) == factor * network(images), "factor \(factor)")
        }
        // A negative factor turns maxima into minima: homogeneity holds only for c > 0.
        #expect(network(-1 * images) != -1 * network(images))
    }

    @Test func backpropThroughAPoolMatchesFiniteDifferences() {
        var generator = SeededGenerator(seed: 9)
        let network = Network([
            .dense(Dense(3, 16, activation: .tanh, weightInitializer: .glorotUniform, using: &generator)),
            .maxPool(Self.pool),
            .dense(Dense(4, 3, activation: .identity, weightInitializer: .glorotUniform, using: &generator)),
        ])
        let report = GradientCheck().check(
            network, inputs: GradientTests.inputs, targets: GradientTests.classTargets, loss: .softmaxCrossEntropy)
        #expect(report.maxRelativeError < 1e-6, "\(report)")
        #expect(network.parameters[Network.weightsIndex(of: 1)] == .empty)
    }
}
