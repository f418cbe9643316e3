import Foundation
import Testing

@testable import NetEngine

@Suite struct OptimizerTests {
    /// One dense 1→1 identity layer with weight 1 and bias 0.
    static func unitNetwork() -> Network {
        Network([.dense(Dense(weights: Matrix([[1]]), bias: [0], activation: .identity))])
    }

    @Test func sgdWithMomentumAccumulatesVelocity() {
        var network = Self.unitNetwork()
        var optimizer = SGD(learningRate: 0.1, momentum: 0.9)
        let gradients = [Matrix([[1]]), Matrix([[2]])]
        optimizer.step(&network, gradients: gradients)
        optimizer.step(&network, gradients: gradients)
        // Velocities 1 then 1.9 (weight) and 2 then 3.8 (bias).
        #expect(abs(network.denseLayers[0].weights[0, 0] - (1 - 0.1 - 0.19)) < 1e-15)
        #expect(abs(network.denseLayers[0].bias[0] - (0 - 0.2 - 0.38)) < 1e-15)
    }

    @Test func weightDecayShrinksParametersWithZeroGradient() {
        var network = Self.unitNetwork()
        var optimizer = SGD(learningRate: 0.1, weightDecay: 0.5)
        optimizer.step(&network, gradients: [Matrix([[0]]), Matrix([[0]])])
        #expect(network.denseLayers[0].weights[0, 0] == 1 - 0.1 * 0.5)
        var withMomentum = SGD(learningRate: 0.1, momentum: 0.9, weightDecay: 0.5)
        var other = Self.unitNetwork()
        withMomentum.step(&other, gradients: [Matrix([[0]]), Matrix([[0]])])
        #expect(other.denseLayers[0].weights[0, 0] == 1 - 0.1 * 0.5)
    }

    @Test func adamFirstStepMovesEachParameterByTheLearningRate() {
        var network = Self.unitNetwork()
        var optimizer = Adam(learningRate: 0.01)
        optimizer.step(&network, gradients: [Matrix([[5]]), Matrix([[-0.001]])])
        #expect(abs(network.denseLayers[0].weights[0, 0] - 0.99) < 1e-9)
        #expect(abs(network.denseLayers[0].bias[0] - 0.01) < 1e-6)
    }

    @Test func trainingReducesTheLossOnXor() {
        var generator = SeededGenerator(seed: 2)
        let data = SyntheticData.xor(count: 200, noise: 0.1, using: &generator)
        for useAdam in [false, true] {
            var network = Network(
                sizes: [2, 16, 2], hidden: .tanh, weightInitializer: .glorotUniform, using: &generator)
            var losses: [Double] = []
            let options = TrainingOptions(epochs: 60, batchSize: 20, shuffleSeed: 9)
            if useAdam {
                var optimizer = Adam(learningRate: 0.02)
                train(&network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer, options: options) {
                    report, _ in losses.append(report.meanBatchLoss)
                }
            } else {
                var optimizer = SGD(learningRate: 0.1, momentum: 0.9)
                train(&network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer, options: options) {
                    report, _ in losses.append(report.meanBatchLoss)
                }
            }
            #expect(losses.count == 60)
            #expect(losses.last! < 0.2 * losses.first!, "adam: \(useAdam), losses \(losses.first!) → \(losses.last!)")
            #expect(accuracy(of: network, on: data) > 0.97)
        }
    }
}
