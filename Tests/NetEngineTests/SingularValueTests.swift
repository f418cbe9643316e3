import Testing

@testable import NetEngine

@Suite struct SingularValueTests {
    @Test func aScaledPermutationHasItsScalesAsSingularValues() {
        let matrix = Matrix([[0, 2, 0], [0, 0, -5], [1, 0, 0], [0, 0, 0]])
        let values = matrix.singularValues
        #expect(values.count == 3)
        for (value, expected) in zip(values, [5.0, 2, 1]) { #expect(abs(value - expected) < 1e-14) }
    }

    @Test func aKnownTwoByTwo() {
        // [[3, 0], [4, 5]] has singular values √45 and √5.
        let values = Matrix([[3, 0], [4, 5]]).singularValues
        #expect(abs(values[0] - 45.0.squareRoot()) < 1e-13)
        #expect(abs(values[1] - 5.0.squareRoot()) < 1e-13)
    }

    @Test(arguments: [1, 3, 5])
    func aProductThroughANarrowLayerHasThatLayersRank(width: Int) {
        let product = Matrix.product(randomMatrix(20, width, seed: 31), randomMatrix(width, 8, seed: 32))
        #expect(product.rank() == width)
        let values = product.singularValues
        #expect(values[width] < 1e-12 * values[0], "\(values)")
        #expect(values[width - 1] > 1e-3 * values[0], "\(values)")
    }

    @Test func theSquaresSumToTheFrobeniusNormAndTheTransposeAgrees() {
        let matrix = randomMatrix(7, 12, seed: 33)
        let values = matrix.singularValues
        let squares = values.reduce(0) { $0 + $1 * $1 }
        #expect(abs(squares - matrix.frobeniusNorm * matrix.frobeniusNorm) < 1e-10)
        for (a, b) in zip(values, matrix.transposed().singularValues) { #expect(abs(a - b) < 1e-12) }
        #expect(matrix.rank() == 7)
    }
}
