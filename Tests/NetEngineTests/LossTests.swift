import Foundation
import Testing

@testable import NetEngine

@Suite struct LossTests {
    @Test func knownValues() {
        let output = Matrix([[1, 2], [3, 5]])
        let targets = Matrix([[1, 0], [0, 5]])
        #expect(Loss.meanSquaredError.value(output: output, targets: targets) == 13.0 / 4)
        let uniform = Matrix([[0, 0, 0, 0]])
        #expect(abs(Loss.softmaxCrossEntropy.value(output: uniform, targets: oneHot([2], classes: 4)) - log(4)) < 1e-15)
        let logit = Matrix([[0]])
        #expect(abs(Loss.binaryCrossEntropyWithLogits.value(output: logit, targets: Matrix([[1]])) - log(2)) < 1e-15)
    }

    @Test func hugeLogitsStayFinite() {
        let logits = Matrix([[1000, -1000, 0]])
        let softmax = Loss.softmaxCrossEntropy.valueAndGradient(output: logits, targets: oneHot([1], classes: 3))
        #expect(softmax.value == 2000)
        #expect(softmax.gradient.elements.allSatisfy { $0.isFinite })
        let binary = Loss.binaryCrossEntropyWithLogits.valueAndGradient(output: logits, targets: Matrix([[0, 1, 1]]))
        #expect(abs(binary.value - (1000 + 1000 + log(2)) / 3) < 1e-12)
        #expect(binary.gradient.elements.allSatisfy { $0.isFinite })
    }

    @Test func softmaxRowsSumToOne() {
        let probabilities = softmaxRows(Matrix([[1, 2, 3], [700, 710, -5]]))
        for row in 0..<2 { #expect(abs(probabilities.row(row).reduce(0, +) - 1) < 1e-15) }
        #expect(argmaxRows(probabilities) == [2, 1])
    }
}
