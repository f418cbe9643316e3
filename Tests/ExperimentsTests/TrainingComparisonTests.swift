import Testing

@testable import Experiments

/// Chapter 7's three kinds at small settings: each variant trains, and the comparisons they exist
/// for come out as the chapter says.
@Suite struct TrainingComparisonTests {
    static let small: [String: ParameterValue] = ["depth": .integer(2), "width": .integer(16), "epochs": .integer(4)]

    @Test func optimizersTrainAndAdamOutrunsPlainSGD() throws {
        let values = try run(OptimizersKind(), seed: 1, Self.small)
        for variant in ["sgd", "momentum", "adam", "otherActivation"] {
            let history = values.numbers("lossHistory.\(variant)")
            #expect(history.count == 4 && history.allSatisfy(\.isFinite), "\(variant)")
            let accuracy = try #require(values.number("testAccuracy.\(variant)"))
            #expect((0...1).contains(accuracy))
        }
        // With the sigmoid net and four short epochs, plain SGD barely moves; Adam does.
        let adam = values.numbers("lossHistory.adam")
        let sgd = values.numbers("lossHistory.sgd")
        #expect(adam.last! < sgd.last! - 0.2, "adam \(adam), sgd \(sgd)")
        #expect(try #require(values.number("testAccuracy.adam")) > #require(values.number("testAccuracy.sgd")) + 0.2)
    }

    @Test func aTinyInitialScaleStallsADeepTanhNetwork() throws {
        let values = try run(
            InitializationKind(), seed: 1,
            [
                "depth": .integer(4), "width": .integer(16), "epochs": .integer(4),
                "scales": .list([.number(0.01), .number(1)]),
            ])
        let tiny = try #require(values.number("testAccuracy.scale0"))
        let unit = try #require(values.number("testAccuracy.scale1"))
        #expect(tiny < 0.3 && unit > tiny + 0.4, "tiny \(tiny), unit \(unit)")
        #expect(values.numbers("accuracyByScale") == [tiny, unit])
        #expect(values.numbers("initialSpread.scale0").allSatisfy { $0 < 0.05 })
    }

    @Test func normalizationVariantsAllTrain() throws {
        let values = try run(NormalizationKind(), seed: 1, Self.small)
        for variant in ["raw", "standardized", "layerNorm", "otherActivation"] {
            let history = values.numbers("lossHistory.\(variant)")
            #expect(history.count == 4 && history.last! < history.first!, "\(variant): \(history)")
            #expect(values.numbers("saturatedFraction.\(variant)").count == 2)
        }
    }
}
