import Foundation
import NetEngine
import Testing

@testable import Experiments

/// The kinds behind chapter 1's claims about linear models and linear regions.
@Suite struct LinearityKindTests {
    @Test func aNarrowLinearLayerCapsTheRankOfTheTrainedMap() throws {
        let values = try run(
            LinearBottleneckKind(), seed: 3, ["widths": .list([.integer(3), .integer(12)]), "epochs": .integer(3)])
        #expect(values.numbers("rank") == [3, 10])
        #expect(values.number("singleLayerRank") == 10)
        #expect(try #require(values.number("largestDropped.0")) < 1e-12)
        #expect(try #require(values.number("smallestKept.0")) > 1e-3)
        #expect(values.number("largestDropped.1") == 0)
        #expect(try #require(values.number("accuracy.0")) < #require(values.number("singleLayerAccuracy")))
    }

    @Test func theBestLineIsFoundOnXORAndOnSeparableData() {
        var generator = SeededGenerator(seed: 1)
        let xor = SyntheticData.xor(count: 200, noise: 0, using: &generator)
        #expect(LinearityCollapseKind.bestLineAccuracy(xor) == 0.75)
        let separable = Dataset(
            inputs: Matrix([[0, 0], [1, 0], [0, 1], [3, 3], [4, 3], [3, 4]]),
            targets: Matrix([[1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0, 1]]), labels: [0, 0, 0, 1, 1, 1])
        #expect(LinearityCollapseKind.bestLineAccuracy(separable) == 1)
    }

    @Test func crossEntropyDrivesALinearModelOnXORToACoinToss() throws {
        let values = try run(
            LinearityCollapseKind(), seed: 2,
            ["samples": .integer(200), "epochs": .integer(60), "trainDepth": .integer(1), "resolution": .integer(10)])
        let chance = try #require(values.number("chanceLoss"))
        #expect(abs(chance - log(2.0)) < 1e-12)
        #expect(abs(try #require(values.number("singleLayerLoss")) - chance) < 0.01)
        #expect(try #require(values.number("singleLayerConfidence")) < 0.6)
        #expect(try #require(values.number("bestLineAccuracy")) >= 0.74)
    }

    @Test func trainingAddsRegionsAndTheShallowBoundIsTheLineArrangementCount() throws {
        #expect(LinearRegionsKind.shallowBound(units: 24) == 301)
        #expect(LinearRegionsKind.shallowBound(units: 1) == 2)
        let values = try run(
            LinearRegionsKind(), seed: 4,
            [
                "depths": .list([.integer(1)]), "widths": .list([.integer(4)]), "resolution": .integer(60),
                "trainingEpochs": .integer(80),
            ])
        let before = try #require(values.number("regionsBeforeTraining"))
        #expect(before >= 2)
        #expect(try #require(values.number("regionsAfterTraining")) > before)
        #expect(try #require(values.number("trainingAccuracy")) > 0.6)
    }
}
