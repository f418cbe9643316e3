import Foundation
import Testing

@testable import NetEngine

/// Trains from the very weights PyTorch and NumPy started from (scripts/make_peer_fixture.py)
/// and must end where they ended.
@Suite struct PeerAgreementTests {
    struct Fixture: Decodable {
        var epochs: Int
        var lr: Double
        var batch: Int
        var expected: [String: Outcome]
        struct Outcome: Decodable {
            var finalTrainLoss: Double
            var trainAccuracy: Double

            // The fixture keeps the peer script's own (snake_case) names.
            enum CodingKeys: String, CodingKey {
                case finalTrainLoss = "final_train_loss"
                case trainAccuracy = "train_accuracy"
            }
        }
    }

    @Test func smallDigitsRunEndsWhereThePeersEnd() throws {
        let url = try #require(
            Bundle.module.url(forResource: "peer_small_digits", withExtension: "json", subdirectory: "Fixtures"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        var network = try PeerWeights.load(from: url).network(hidden: .relu)
        let data = try Digits.load()
        var optimizer = SGD(learningRate: fixture.lr)
        train(
            &network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
            options: TrainingOptions(epochs: fixture.epochs, batchSize: fixture.batch))
        let loss = Loss.softmaxCrossEntropy.value(output: network(data.inputs), targets: data.targets)
        #expect(!fixture.expected.isEmpty)
        for (framework, outcome) in fixture.expected {
            #expect(abs(loss - outcome.finalTrainLoss) / outcome.finalTrainLoss < 1e-9, "\(framework)")
            #expect(accuracy(of: network, on: data) == outcome.trainAccuracy, "\(framework)")
        }
    }
}
