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
            var final_train_loss: Double
            var train_accuracy: Double
        }
    }

    @Test func smallDigitsRunEndsWhereThePeersEnd() throws {
        let url = try #require(Bundle.module.url(forResource: "peer_small_digits", withExtension: "json", subdirectory: "Fixtures"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        var network = try PeerWeights.load(from: url).network(hidden: .relu)
        let data = try Digits.load()
        var optimizer = SGD(learningRate: fixture.lr)
        train(&network, on: data, loss: .softmaxCrossEntropy, optimizer: &optimizer,
              options: TrainingOptions(epochs: fixture.epochs, batchSize: fixture.batch))
        let loss = Loss.softmaxCrossEntropy.value(output: network(data.inputs), targets: data.targets)
        #expect(!fixture.expected.isEmpty)
        for (framework, outcome) in fixture.expected {
            #expect(abs(loss - outcome.final_train_loss) / outcome.final_train_loss < 1e-9, "\(framework)")
            #expect(accuracy(of: network, on: data) == outcome.train_accuracy, "\(framework)")
        }
    }
}
