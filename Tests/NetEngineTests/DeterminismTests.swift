import Testing
@testable import NetEngine

@Suite struct DeterminismTests {
    /// Two epochs of a digits MLP with `threads` threads, shuffled by a fixed seed.
    static func trainedDigits(threads: Int) throws -> Network {
        let data = try Digits.load().subset(0..<600)
        var generator = SeededGenerator(seed: 5)
        var network = Network(sizes: [64, 48, 32, 10], hidden: .relu, using: &generator)
        network.threads = threads
        var optimizer = SGD(learningRate: 0.05, momentum: 0.5)
        train(&network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
              options: TrainingOptions(epochs: 2, batchSize: 32, shuffleSeed: 17))
        network.threads = 1
        return network
    }

    @Test func oneAndTwoThreadsGiveBitIdenticalNetworks() throws {
        let single = try Self.trainedDigits(threads: 1)
        #expect(try Self.trainedDigits(threads: 2) == single)
        #expect(try Self.trainedDigits(threads: 1) == single)
    }
}
