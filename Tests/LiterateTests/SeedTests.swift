import CourseTestSupport
import Experiments
import Foundation
import Testing

@testable import Literate

/// Several seeds per experiment: the seeds, the statistics, claims on every seed, the formats,
/// the figures and the JSON.
@Suite struct SeedTests {
    /// A small, seed-dependent dead-relu run.
    static func chapter(seeds: String, expect: String = "", after: String = "") -> String {
        CourseTestSupport.chapter(
            directive: "dead-relu",
            "id: d\nseeds: \(seeds)\ndataset: moons\nwidth: 8\nepochs: 2\nlearningRates: [0.5, 3]\n"
                + "bornDead.trials: 10\nbornDead.width: [1]\nbornDead.depth: [1, 2]\n" + expect,
            after: after)
    }

    static func build(_ text: String, jobs: Int = 1) throws -> SiteBuild {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("chapters/00-test.md", text)
        return SiteBuilder.build(BuildOptions(chapters: folder.path + "/chapters", jobs: jobs, cacheDirectory: nil))
    }

    @Test func runSeedsAreSplitMixOutputsBelowTwoToTheFiftyThree() throws {
        #expect(SeedPlan.runSeed(base: 0, index: 0) == UInt64(0xE220_A839_7B1D_CDAF) & ((1 << 53) - 1))
        let seeds = (0..<32).map { SeedPlan.runSeed(base: 7, index: $0) }
        #expect(Set(seeds).count == 32 && seeds.allSatisfy { $0 < 1 << 53 })
        #expect(SeedPlan.runSeed(base: 8, index: 0) != seeds[1])
        let file = try #require(ChapterFile(path: "chapters/00-test.md"))
        let counted = try ChapterParser.parse(Self.chapter(seeds: "4"), file: file).get().directives[0]
        #expect(counted.runSeeds == (0..<4).map { SeedPlan.runSeed(base: 0, index: $0) })
        let listed = try ChapterParser.parse(Self.chapter(seeds: "[3, 7, 11]"), file: file).get().directives[0]
        #expect(listed.runSeeds == [3, 7, 11] && listed.hasSeveralSeeds)
        let printed = SeedPlan.runSeed(base: 0, index: 3)
        let rerun = try ChapterParser.parse(Self.chapter(seeds: "[\(printed)]"), file: file).get().directives[0]
        #expect(printed > 1_000_000_000_000_000 && rerun.runSeeds == [printed])
    }

    @Test func statisticsAreElementWiseWithTheSampleDeviation() {
        let runs: [ResultValue] = [
            .object(["a": .numbers([1, 10]), "b": .number(2), "name": .string("x")]),
            .object(["a": .numbers([3, 20]), "b": .number(4), "name": .string("x")]),
        ]
        let statistics = ResultValue.statistics(over: runs)
        #expect(statistics["mean"] == .object(["a": .numbers([2, 15]), "b": .number(3)]))
        #expect(
            statistics["sd"]
                == .object(["a": .numbers([2.squareRoot(), 50.squareRoot()]), "b": .number(2.squareRoot())]))
        #expect(statistics["min"] == .object(["a": .numbers([1, 10]), "b": .number(2)]))
        #expect(statistics["max"] == .object(["a": .numbers([3, 20]), "b": .number(4)]))
    }

    @Test func spreadAndRangeFormats() {
        let spread = SeedSpread([0.82, 0.85, 0.88, 0.84, 0.86])
        #expect(spread.text(.spread, format: .automatic) == "0.850\u{A0}±\u{A0}0.022 (5\u{A0}seeds)")
        #expect(spread.text(.spread, format: .percent) == "85.0%\u{A0}±\u{A0}2.2% (5\u{A0}seeds)")
        #expect(spread.text(.range, format: .fixed(2)) == "0.82–0.88 over 5\u{A0}seeds")
        #expect(SeedSpread([-0.5, 0.25]).text(.range, format: .fixed(2)) == "−0.50 to 0.25 over 2\u{A0}seeds")
        #expect(SeedSpread([120, 135, 150]).text(.spread, format: .automatic) == "135\u{A0}±\u{A0}15 (3\u{A0}seeds)")
        #expect(SeedSpread([1, 1, 1]).text(.range, format: .percent) == "100.0% on all 3\u{A0}seeds")
        #expect(SeedSpread([0.5, 0.5]).text(.spread, format: .automatic) == "0.5 on all 2\u{A0}seeds")
        #expect(SeedSpread([0.321, 0.318, 0.324]).text(.range, format: .fixed(2)) == "0.32 on all 3\u{A0}seeds")
    }

    @Test func aClaimOnAPlainPathMustHoldOnEverySeedAndAFailureNamesTheSeed() throws {
        let first = try Self.build(Self.chapter(seeds: "6"))
        #expect(!first.diagnostics.hasErrors, "\(first.diagnostics)")
        let outcome = try #require(first.chapters.first?.experiments.first)
        let values = outcome.runs.map { $0.values["accuracy"]!.elements![1].number! }
        let (low, high) = (values.min()!, values.max()!)
        try #require(low < high, "the seeds should differ: \(values)")
        let threshold = (low + high) / 2
        let failing = try #require(values.firstIndex { $0 > threshold })
        let claim = "expect:\n  accuracy.1: \"<= \(threshold)\"\n  mean.accuracy.1: \"<= \(high)\"\n"
        let failed = try Self.build(Self.chapter(seeds: "6", expect: claim))
        let errors = failed.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        let seed = outcome.directive.runSeeds[failing]
        #expect(
            errors.first?.message.contains(
                "claim does not hold on seed \(failing + 1) of 6 (seeds.\(failing), seed \(seed))")
                == true, "\(errors)")
    }

    @Test func referencesJSONAndJobsAgree() throws {
        let text = Self.chapter(
            seeds: "3",
            after:
                "\nA {{ d.accuracy.1 | spread }}, B {{ d.accuracy.1 | range:percent }}, C {{ d.seeds.2.accuracy.1 }}.\n"
        )
        let one = try Self.build(text, jobs: 1)
        #expect(!one.diagnostics.hasErrors, "\(one.diagnostics)")
        #expect(try Self.build(text, jobs: 2).files == one.files)
        let outcome = try #require(one.chapters.first?.experiments.first)
        let accuracies = outcome.runs.map { $0.values["accuracy"]!.elements![1].number! }
        let page = withoutReferenceMarks(String(decoding: one.files["test.html"] ?? Data(), as: UTF8.self))
        #expect(page.contains(SeedSpread(accuracies).text(.spread, format: .automatic)))
        #expect(page.contains(SeedSpread(accuracies).text(.range, format: .percent)))
        #expect(page.contains("C \(NumberFormat.automatic.string(accuracies[2]))."))
        let json = try #require(
            try JSONSerialization.jsonObject(with: one.files["test.results.json"] ?? Data()) as? [String: Any])
        let experiment = try #require((json["experiments"] as? [[String: Any]])?.first)
        #expect((experiment["runSeeds"] as? [Double]) == outcome.directive.runSeeds.map { Double($0) })
        #expect(outcome.directive.runSeeds.allSatisfy { $0 > 1000 })
        let results = try #require(experiment["results"] as? [String: Any])
        #expect((results["seeds"] as? [Any])?.count == 3)
        #expect(Set(results.keys) == ["seeds", "mean", "sd", "min", "max"])
        let mean = try #require((results["mean"] as? [String: Any])?["accuracy"] as? [Double])
        #expect(abs(mean[1] - accuracies.reduce(0, +) / 3) < 1e-12)
    }

    @Test func noKindUsesAReservedResultName() {
        for kind in experimentKinds {
            for entry in kind.results {
                guard case .key(let name) = entry.path.first else { continue }
                #expect(!SeedPlan.reservedNames.contains(name), "\(kind.name): \(name)")
            }
        }
    }
}
