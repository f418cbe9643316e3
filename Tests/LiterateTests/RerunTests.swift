import CourseTestSupport
import Experiments
import Foundation
import Testing

@testable import Literate

/// Reruns under `course serve`: a reader's values are checked like a directive's, priced by the
/// cost guard, and answered with the point object of the new run.
@Suite struct RerunTests {
    /// A gallery with a prose reference and a claim that fails below zero, in a one-chapter course.
    static let text = chapter(
        "id: g\nactivations: [relu, sigmoid]\nat: 1\nexpect:\n  derivative.sigmoid: \"< derivative.relu\"\n",
        after: "\nThe sigmoid's slope is {{ g.derivative.sigmoid | fixed:3 }} at {{ g.parameters.at }}.\n")

    static func live(_ text: String = text) throws -> LiveExperiments {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("00-test.md", text)
        let build = SiteBuilder.build(BuildOptions(chapters: folder.path, jobs: 1, cacheDirectory: nil))
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
        return LiveExperiments(chapters: build.chapters, cache: nil)
    }

    static func request(_ values: [String: String], experiment: String = "g") -> RerunRequest {
        RerunRequest(chapter: "test", experiment: experiment, page: "p", values: values)
    }

    static func point(_ body: Data) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        return try #require(object["point"] as? [String: Any])
    }

    @Test func aRerunAnswersWithTheNewRunsFiguresNumbersAndVerdicts() throws {
        let prepared = try Self.live().prepare(Self.request(["at": "-1"])).get()
        let point = try Self.point(try prepared.run(control: .unlimited))
        let refs = try #require(point["refs"] as? [String: String])
        let slope = (1 / (1 + exp(1.0))) * (1 - 1 / (1 + exp(1.0)))
        #expect(refs["g.derivative.sigmoid | fixed:3"] == String(format: "%.3f", slope))
        #expect(refs["g.parameters.at"] == "−1")
        let claims = try #require(point["claims"] as? [[String: Any]])
        #expect(claims.count == 1 && claims[0]["holds"] as? Bool == false)
        let parts = try #require(point["parts"] as? [String: String])
        #expect(Set(parts.keys) == ["figure:functions", "figure:derivatives", "table:values"])
        #expect(parts["figure:functions"]?.contains("<span class=\"plot-setting\">(rerun: z = −1)</span>") == true)
        let status = try #require(point["status"] as? String)
        #expect(status.hasPrefix("Rerun with z = −1; the claim does not hold here."), "\(status)")
        // σ′ is even, so only the quoted z moves in the text; the table of values changes.
        #expect(status.contains("Changed: 1 figure or table and 1 number in the text"), "\(status)")
    }

    @Test func theBuiltValuesGiveTheBuiltRun() throws {
        let prepared = try Self.live().prepare(Self.request(["at": "1"])).get()
        let point = try Self.point(try prepared.run(control: .unlimited))
        #expect((point["status"] as? String)?.hasPrefix("The values the page was built with") == true)
        #expect((point["claims"] as? [[String: Any]])?.first?["holds"] as? Bool == true)
    }

    /// Each wrong value, as a directive option and as a Play field: the messages are the same.
    static let wrongValues: [(name: String, text: String)] = [
        ("points", "5000000"), ("points", "2.5"), ("at", "abc"), ("range", "[1, 2]"),
        ("activations", "relu, swish"), ("activations", "relu, [tanh]"), ("leakySlope", "\"0.1\""),
    ]

    @Test(arguments: wrongValues.indices)
    func aWrongValueGetsTheDirectivesMessage(index: Int) throws {
        let (name, text) = Self.wrongValues[index]
        let written = RerunValues.decode(text, as: try #require(Self.spec(name)).type, name: name)
        guard case .failure(let problem) = written else {
            Issue.record("\(name): \(text) was accepted")
            return
        }
        let yaml = name == "activations" ? "[\(text)]" : text
        let directive = diagnostics(for: chapter("id: g\n\(name): \(yaml)\n"))
        let expected = try #require(directive.first)
        #expect(problem.message == ([expected.message] + expected.notes).joined(separator: "; "))
    }

    static func spec(_ name: String) -> ParameterSpec? {
        experimentKind(named: "activation-gallery")?.parameters.first { $0.name == name }
    }

    @Test func everyWrongFieldIsReportedAndNothingRuns() throws {
        let live = try Self.live()
        guard case .failure(let problem) = live.prepare(Self.request(["at": "x", "rnage": "3", "points": "7"])) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.status == 422 && problem.message == "3 values are not valid; nothing was run")
        #expect(problem.fields["rnage"] == "'activation-gallery' has no parameter 'rnage'; did you mean 'range'?")
        #expect(problem.fields["at"] == "'at' must be a number, got 'x'")
        #expect(problem.fields["points"]?.contains("between 11 and 2001") == true)
        for missing in [
            RerunRequest(chapter: "nope", experiment: "g", page: "p", values: [:]),
            RerunRequest(chapter: "test", experiment: "nope", page: "p", values: [:]),
        ] {
            guard case .failure(let notFound) = live.prepare(missing) else {
                Issue.record("found")
                return
            }
            #expect(notFound.status == 404)
        }
    }

    @Test func aListMayBeWrittenWithoutBrackets() throws {
        let prepared = try Self.live().prepare(Self.request(["activations": "tanh, gelu", "seed": "4"])).get()
        #expect(prepared.directive.parameters.choices("activations") == ["tanh", "gelu"])
        #expect(prepared.directive.runSeeds == [4])
    }

    @Test func theSeedsOfASeveralSeedExperimentStay() throws {
        let live = try Self.live(chapter("id: g\nseeds: 2\nactivations: [relu]\n"))
        guard case .failure(let problem) = live.prepare(Self.request(["seed": "3"])) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.fields["seed"] == "this experiment runs over 2 seeds; they cannot change here")
    }

    @Test func theCostGuardRefusesARerunOverTheLimitWithItsEstimate() throws {
        let live = try Self.live(chapter(directive: "linear-bottleneck", "id: g\nwidths: [2]\nepochs: 1\nseeds: 32\n"))
        let big = ["widths": "64, 64, 64, 64, 64, 64, 64, 64", "epochs": "100"]
        guard case .failure(let problem) = live.prepare(Self.request(big)) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.status == 422)
        #expect(problem.message.hasPrefix("this experiment would need about "), "\(problem.message)")
        #expect(problem.message.contains("one experiment may use at most \(RunCost.limit.description)"))
    }

    @Test func aRequestBodyIsCheckedBeforeAnythingElse() {
        func status(_ body: String) -> Int? {
            if case .failure(let problem) = RerunRequest.parse(Data(body.utf8)) { return problem.status }
            return nil
        }
        #expect(status("{\"chapter\":\"test\",\"experiment\":\"g\",\"page\":\"p\",\"values\":{\"at\":2}}") == nil)
        #expect(status("not json") == 400)
        #expect(status("[1, 2]") == 400)
        #expect(status("{\"chapter\":5,\"experiment\":\"g\",\"page\":\"p\",\"values\":{}}") == 400)
        #expect(status("{\"chapter\":\"test\",\"experiment\":\"g\",\"page\":\"p\",\"values\":{\"at\":[1]}}") == 400)
        #expect(status("{\"chapter\":\"test\",\"experiment\":\"g\",\"values\":{}}") == 400)
        #expect(status(String(repeating: " ", count: RerunRequest.maximumBodySize + 1)) == 413)
        if case .success(let request) = RerunRequest.parse(
            Data("{\"chapter\":\"c\",\"experiment\":\"g\",\"page\":\"p\",\"values\":{\"at\":2.5,\"x\":true}}".utf8))
        {
            #expect(request.values == ["at": "2.5", "x": "true"])
        }
    }

    @Test func everyExperimentOnAPageGetsAPlayPanelWithItsValues() throws {
        let live = try Self.live()
        let panels = try #require(live.panels(chapter: "test"))
        let panel = try #require(panels["g"])
        #expect(panel.contains("<input type=\"text\" id=\"g-play-at\" name=\"at\""))
        #expect(panel.contains("value=\"relu, sigmoid\""))
        #expect(panel.contains("<li data-claim=\"0\"><code>derivative.sigmoid: &lt; derivative.relu</code>"))
        #expect(live.panels(chapter: "nope") == nil)
    }
}
