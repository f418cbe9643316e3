import Foundation
import Testing

@testable import Experiments

/// Every kind's documented results are a schema its runs keep exactly: the same paths, the same
/// array lengths, at the defaults and at another setting that changes the lists and counts.
@Suite struct ResultSchemaTests {
    static let otherSettings: [String: [String: ParameterValue]] = [
        "activation-gallery": ["activations": .list([.choice("relu"), .choice("tanh")]), "points": .integer(11)],
        "gradient-check": [
            "activations": .list([.choice("relu")]), "losses": .list([.choice("meanSquaredError")]),
            "sizes": .list([.integer(2), .integer(3), .integer(2)]),
        ],
        "linearity-collapse": [
            "epochs": .integer(5), "samples": .integer(40), "probes": .integer(20), "resolution": .integer(10),
        ],
        "linear-bottleneck": ["widths": .list([.integer(12)]), "epochs": .integer(1)],
        "polynomial-composition": [
            "inner": .list([.number(1), .number(2)]),
            "outer": .list([.number(0), .number(1), .number(0), .number(3)]), "maxDepth": .integer(3),
        ],
        "linear-regions": [
            "depths": .list([.integer(1), .integer(2)]), "widths": .list([.integer(4)]),
            "tentLayers": .integer(3), "resolution": .integer(10),
        ],
        "relu-mask": ["epochs": .integer(2), "samples": .integer(40)],
        "dead-relu": [
            "learningRates": .list([.number(0.1), .number(1)]), "epochs": .integer(2), "width": .integer(8),
            "bornDead.width": .list([.integer(1)]), "bornDead.depth": .list([.integer(2), .integer(3)]),
            "bornDead.trials": .integer(10),
        ],
        "sigmoid-saturation": [
            "activations": .list([.choice("tanh")]), "initializations": .list([.choice("he")]),
            "depth": .integer(2), "epochs": .integer(2),
        ],
        "sign-symmetry": ["width": .integer(8), "epochs": .integer(1)],
        "training-grid": [
            "activations": .list([.choice("relu")]), "initializations": .list([.choice("unitGain")]),
            "normalizations": .list([.choice("layerNorm")]), "depth": .integer(1), "epochs": .integer(1),
        ],
        "sigmoid-bumps": [
            "steepness": .list([.number(2)]), "bumps": .list([.integer(3), .integer(5)]),
            "shownBumps": .list([.integer(3)]), "points": .integer(101),
        ],
        "layer-gain": [
            "activations": .list([.choice("sigmoid")]), "scales": .list([.number(0.5), .number(1)]),
            "depth": .integer(3), "epochs": .integer(1), "batch": .integer(20),
        ],
        "feature-growth": ["epochs": .integer(3), "samples": .integer(100)],
        "stepped-sigmoid": ["copies": .list([.integer(1), .integer(2)]), "points": .integer(101)],
        "approximation": [
            "widths": .list([.integer(2), .integer(3)]), "activations": .list([.choice("relu")]),
            "steps": .integer(10),
        ],
        "brightness": [
            "intensities": .list([.number(1)]), "models": .list([.choice("softmax"), .choice("reluMLP")]),
            "epochs": .integer(1),
        ],
        "normalization": ["depth": .integer(2), "epochs": .integer(2)],
        "optimizers": ["depth": .integer(2), "epochs": .integer(2)],
        "initialization": ["scales": .list([.number(0.1), .number(1)]), "depth": .integer(2), "epochs": .integer(2)],
    ]

    @Test func everyKindHasAnotherSetting() {
        #expect(Set(Self.otherSettings.keys) == Set(experimentKinds.map(\.name)))
    }

    @Test(arguments: experimentKinds.map(\.name))
    func producedResultsMatchTheSchema(name: String) throws {
        let kind = try #require(experimentKind(named: name))
        for overrides in [[:], Self.otherSettings[name] ?? [:]] {
            var parameters = ParameterValues(defaultsOf: kind.parameters)
            for (key, value) in overrides {
                #expect(parameters.values[key] != nil, "\(name) has no parameter \(key)")
                parameters.values[key] = value
            }
            let produced = ResultValue.object(try kind.run(parameters, seed: 1).values).leafPaths
            let documented = kind.documentedPaths(parameters: parameters)
            #expect(Set(produced).subtracting(documented).sorted() == [], "\(name): produced but not documented")
            #expect(Set(documented).subtracting(produced).sorted() == [], "\(name): documented but not produced")
            #expect(documented.count == Set(documented).count, "\(name): a documented path twice")
        }
    }

    @Test func lookUpsSayWhatAPathNames() throws {
        let kind = try #require(experimentKind(named: "stepped-sigmoid"))
        let parameters = ParameterValues(defaultsOf: kind.parameters)
        #expect(kind.lookUp(["maxErrorSoftplus", "9"], parameters: parameters) == .value(.number))
        #expect(kind.lookUp(["maxErrorSoftplus"], parameters: parameters) == .array(count: 10))
        #expect(
            kind.lookUp(["maxErrorSoftplus", "10"], parameters: parameters)
                == .indexOutOfRange(array: "maxErrorSoftplus", count: 10))
        guard case .unknown(let candidates) = kind.lookUp(["maxErrorSoftplu", "1"], parameters: parameters) else {
            Issue.record("a misspelt path was found")
            return
        }
        #expect(candidates.contains("maxErrorSoftplus.1"))
        let gallery = try #require(experimentKind(named: "activation-gallery"))
        guard
            case .object(let keys) = gallery.lookUp(
                ["value"], parameters: ParameterValues(defaultsOf: gallery.parameters))
        else {
            Issue.record("value is not an object")
            return
        }
        #expect(keys.contains("relu") && keys.contains("tanh"))
    }

    @Test func aValueDescribesItselfBriefly() {
        #expect(ResultValue.number(0.1).description == "0.1")
        #expect(ResultValue.string("relu").description == "'relu'")
        #expect(ResultValue.numbers((1...10).map(Double.init)).description == "[1, 2, 3, 4, 5, 6, 7, 8, …]")
        #expect(ResultValue.array([.boolean(true), .object([:])]).description == "[true, an object]")
    }

    @Test func aGridRoundTripsThroughItsCompactCoding() throws {
        let grid = Figure.Grid(values: [[0, 1, 7], [300, 2, 0]], xRange: -1...1, yRange: 0...2, classNames: ["a"])
        let data = try JSONEncoder().encode(grid)
        #expect(try JSONDecoder().decode(Figure.Grid.self, from: data) == grid)
        #expect(String(decoding: data, as: UTF8.self).contains("\"017\""))
        let negative = Figure.Grid(values: [[-1]], xRange: 0...1, yRange: 0...1, classNames: [])
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(negative) }
    }
}
