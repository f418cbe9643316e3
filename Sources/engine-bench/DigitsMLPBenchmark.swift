import ArgumentParser
import Foundation
import NetEngine

/// 64-128-128-10 ReLU MLP on the digits, plain SGD, 20 epochs in file order (peer_mlp.py `digits`).
struct DigitsMLPBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digits-mlp",
        abstract: "Train the 64-128-128-10 digits MLP for 20 epochs; report seconds per epoch.")

    @OptionGroup var shared: SharedOptions

    @Option(name: .customLong("init"), help: "Start from the weights written by `peer_mlp.py --dump-init FILE`.")
    var initFile: String?

    @Option(help: "Seed of the engine's He-normal initialization (ignored with --init).")
    var seed: UInt64 = 0

    @Option(help: "Epochs, including the untimed warm-up epoch.")
    var epochs: Int = 20

    static let sizes = [64, 128, 128, 10]

    func validate() throws {
        guard (2...1000).contains(epochs) else { throw ValidationError("--epochs must be between 2 and 1000") }
    }

    func run() throws {
        let data = try Digits.load()
        var network = try initialNetwork()
        network.threads = shared.threads
        var optimizer = SGD(learningRate: 0.05)
        var epochSeconds: [Double] = []
        var lastLoss = 0.0
        var start = ContinuousClock.now
        train(
            &network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(epochs: epochs, batchSize: 32)
        ) { report, _ in
            epochSeconds.append(seconds(since: start))
            lastLoss = report.meanBatchLoss
            start = ContinuousClock.now
        }
        let timed = Array(epochSeconds.dropFirst())
        try printJSON([
            "workload": "digits-mlp",
            "threads": shared.threads,
            "epochs": epochs,
            "initialization": initFile.map { "file \($0)" } ?? "he-normal seed \(seed)",
            "secondsPerEpoch": median(timed),
            "secondsPerEpochMin": timed.min() ?? .nan,
            "lastEpochMeanBatchLoss": lastLoss,
            "finalLoss": Loss.softmaxCrossEntropy.value(output: network(data.inputs), targets: data.targets),
            "trainAccuracy": accuracy(of: network, on: data),
        ])
    }

    private func initialNetwork() throws -> Network {
        if let initFile {
            let weights = try PeerWeights.load(from: URL(fileURLWithPath: initFile))
            guard weights.dims == Self.sizes else {
                throw ValidationError("\(initFile) holds a \(weights.dims) network; digits-mlp needs \(Self.sizes)")
            }
            return try weights.network(hidden: .relu)
        }
        var generator = SeededGenerator(seed: seed)
        return Network(sizes: Self.sizes, hidden: .relu, weightInitializer: .heNormal, using: &generator)
    }
}
