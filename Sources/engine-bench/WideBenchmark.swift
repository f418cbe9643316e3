import ArgumentParser
import NetEngine

/// Three 512×512 layers, softmax cross-entropy over 512 classes, SGD on random batches
/// (peer_mlp.py `wide`).
struct WideBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wide",
        abstract: "Train a 512-512-512-512 MLP on random batches of 256; report steps per second.")

    @OptionGroup var shared: SharedOptions

    @Option(help: "Seed of the weights and of the batch pool.")
    var seed: UInt64 = 0

    static let width = 512
    static let batchSize = 256
    static let warmupSteps = 10
    static let rounds = 7
    static let stepsPerRound = 25

    func run() throws {
        var generator = SeededGenerator(seed: seed)
        var network = Network(
            sizes: Array(repeating: Self.width, count: 4), hidden: .relu, weightInitializer: .heNormal,
            using: &generator)
        network.threads = shared.threads
        let pool = (0..<8).map { _ in randomBatch(using: &generator) }
        var optimizer = SGD(learningRate: 0.01)
        var step = 0
        var lastLoss = 0.0
        var workspace = TrainingWorkspace()
        func run(_ count: Int) {
            for _ in 0..<count {
                lastLoss = trainingStep(
                    &network, batch: pool[step % pool.count], loss: .softmaxCrossEntropy, optimizer: &optimizer,
                    workspace: &workspace)
                step += 1
            }
        }
        run(Self.warmupSteps)
        var rates: [Double] = []
        for _ in 0..<Self.rounds {
            let start = ContinuousClock.now
            run(Self.stepsPerRound)
            rates.append(Double(Self.stepsPerRound) / seconds(since: start))
        }
        try printJSON([
            "workload": "wide",
            "threads": shared.threads,
            "stepsPerSecond": median(rates),
            "stepsPerSecondMax": rates.max() ?? .nan,
            "lastStepLoss": lastLoss,
        ])
    }

    private func randomBatch(using generator: inout SeededGenerator) -> Dataset {
        let inputs = Matrix(
            rows: Self.batchSize, columns: Self.width,
            elements: (0..<(Self.batchSize * Self.width)).map { _ in generator.nextNormal() })
        let labels = (0..<Self.batchSize).map { _ in generator.nextInt(below: Self.width) }
        return Dataset(inputs: inputs, labels: labels, classes: Self.width)
    }
}
