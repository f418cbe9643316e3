import Testing

@testable import Experiments

/// The kinds' cost estimates: cheap at the defaults, growing with every size parameter, and over
/// the limit where a run would need minutes or gigabytes.
@Suite struct CostTests {
    static func parameters(_ kind: any ExperimentKind, _ overrides: [String: ParameterValue] = [:]) -> ParameterValues {
        var parameters = ParameterValues(defaultsOf: kind.parameters)
        for (name, value) in overrides { parameters.values[name] = value }
        return parameters
    }

    @Test(arguments: experimentKinds.map(\.name))
    func theDefaultsAreWellUnderTheLimit(name: String) throws {
        let kind = try #require(experimentKind(named: name))
        let cost = kind.cost(Self.parameters(kind))
        #expect(cost.work > 0 && cost.bytes > 0)
        #expect(cost.work < RunCost.limit.work / 10 && cost.bytes < RunCost.limit.bytes / 2, "\(cost.description)")
    }

    /// Raising any integer parameter from its smallest to its largest value never lowers the estimate.
    @Test(arguments: experimentKinds.map(\.name))
    func everySizeParameterRaisesTheEstimate(name: String) throws {
        let kind = try #require(experimentKind(named: name))
        for spec in kind.parameters {
            guard case .integer(let range) = spec.type else { continue }
            let low = kind.cost(Self.parameters(kind, [spec.name: .integer(range.lowerBound)]))
            let high = kind.cost(Self.parameters(kind, [spec.name: .integer(range.upperBound)]))
            #expect(
                high.work >= low.work && high.bytes >= low.bytes,
                "\(name).\(spec.name): \(low.description) → \(high.description)")
        }
    }

    @Test func aRunThatWouldNeedGigabytesIsOverTheLimit() throws {
        let kind = try #require(experimentKind(named: "linearity-collapse"))
        let cost = kind.cost(
            Self.parameters(kind, ["depth": .integer(50), "width": .integer(256), "probes": .integer(20_000)]))
        #expect(cost.exceeds(RunCost.limit))
        #expect(cost.bytes > 1e9, "\(cost.description)")
    }

    /// Measured: width 4–8 born-dead networks, ten depths of 64 and 10,000 trials took 62 s.
    @Test func manyDeepNarrowBornDeadNetworksAreOverTheLimit() throws {
        let kind = try #require(experimentKind(named: "dead-relu"))
        let cost = kind.cost(
            Self.parameters(
                kind,
                [
                    "bornDead.width": .list([.integer(4), .integer(5), .integer(6), .integer(8)]),
                    "bornDead.depth": .list(Array(repeating: .integer(64), count: 10)),
                    "bornDead.trials": .integer(10_000),
                ]))
        #expect(cost.exceeds(RunCost.limit), "\(cost.description)")
    }

    @Test func descriptionsReadWell() {
        #expect(RunCost(work: 3.2e9, bytes: 120_000_000).description == "3.2e9 multiply-adds and 120 MB")
        #expect(RunCost(work: 500, bytes: 4_100_000_000).description == "500 multiply-adds and 4.1 GB")
        #expect((RunCost(work: 1, bytes: 5) + RunCost(work: 2, bytes: 3)) == RunCost(work: 3, bytes: 5))
    }
}
