import Testing

@testable import NetEngine

@Suite struct DeterminismTests {
    /// Two epochs of a digits MLP with `threads` threads, shuffled by a fixed seed; the batches and
    /// widths are large enough that the products really are split between threads.
    static func trainedDigits(threads: Int) throws -> Network {
        let data = try Digits.load().subset(0..<600)
        var generator = SeededGenerator(seed: 5)
        var network = Network(sizes: [64, 256, 128, 10], hidden: .relu, using: &generator)
        network.threads = threads
        var optimizer = SGD(learningRate: 0.05, momentum: 0.5)
        train(
            &network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(epochs: 2, batchSize: 128, shuffleSeed: 17))
        network.threads = 1
        return network
    }

    @Test func oneAndTwoThreadsGiveBitIdenticalNetworks() throws {
        #expect(128 * 256 * 128 / 2 >= ProductKernel.workPerThread, "the hidden product must be split")
        let single = try Self.trainedDigits(threads: 1)
        #expect(try Self.trainedDigits(threads: 2) == single)
        #expect(try Self.trainedDigits(threads: 1) == single)
    }

    @Test func aReusedWorkspaceStepsExactlyLikeFreshBuffers() throws {
        let data = try Digits.load().subset(0..<250)
        var generator = SeededGenerator(seed: 9)
        let start = Network([
            .dense(Dense(64, 32, activation: .tanh, using: &generator)),
            .layerNorm(LayerNorm(features: 32)),
            .dense(Dense(32, 10, activation: .identity, using: &generator)),
        ])
        var (fresh, reused) = (start, start)
        var (freshOptimizer, reusedOptimizer) = (Adam(learningRate: 0.01), Adam(learningRate: 0.01))
        var workspace = TrainingWorkspace()
        // Batch sizes that repeat, shrink and grow again, so buffers are reused as they are and resized both ways.
        var offset = 0
        for size in [32, 32, 5, 50, 50, 1, 32] {
            let batch = data.subset(offset..<(offset + size))
            offset += size
            let freshLoss = trainingStep(&fresh, batch: batch, loss: .softmaxCrossEntropy, optimizer: &freshOptimizer)
            let reusedLoss = trainingStep(
                &reused, batch: batch, loss: .softmaxCrossEntropy, optimizer: &reusedOptimizer, workspace: &workspace)
            #expect(reusedLoss == freshLoss)
        }
        #expect(reused == fresh)
        #expect(reused != start)
    }
}
