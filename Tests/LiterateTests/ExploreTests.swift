import CourseTestSupport
import Experiments
import Foundation
import Testing

@testable import Literate

/// `explore:` grids: validation at the option, a run per point, grid files, and a page that
/// without scripts is the page at the directive's own point.
@Suite struct ExploreTests {
    static let cases: [(name: String, marked: String, message: String)] = [
        ("not a mapping", chapter("id: a\nexplore: ⚑[at]\n"), "maps parameters to the values"),
        ("unknown parameter", chapter("id: a\nexplore:\n  ⚑att: [1, 2]\n"), "did you mean 'at'"),
        ("list parameter", chapter("id: a\nexplore:\n  ⚑activations: [relu, tanh]\n"), "is itself a list"),
        ("one value", chapter("id: a\nexplore:\n  at: ⚑[2]\n"), "a list of 2 to 64 values"),
        ("bad value", chapter("id: a\nexplore:\n  points: [11, ⚑5000000]\n"), "between 11 and 2001"),
        ("a value twice", chapter("id: a\nexplore:\n  at: [1, ⚑1]\n"), "lists a value twice"),
        ("not increasing", chapter("id: a\nexplore:\n  at: ⚑[2, 0]\n"), "in increasing order"),
        (
            "default outside", chapter("id: a\nat: 3\nexplore:\n  at: ⚑[0, 1]\n"),
            "must include the directive's own at (3)"
        ),
        (
            "too many points",
            chapter("id: a\nexplore:\n  ⚑at: [0, 1, 2, 3, 4, 5, 6, 7, 8]\n  range: [2, 3, 4, 5, 6, 7, 8, 9]\n"),
            "9 × 8 = 72 points; a figure may have at most 64"
        ),
        (
            "too many parameters",
            chapter(
                "id: a\nexplore:\n  ⚑at: [0, 1]\n  range: [2, 4]\n  points: [11, 161]\n  leakySlope: [0.01, 0.1]\n"),
            "moves 4 parameters"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func aBadGridIsReportedAtItsPlace(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        try expectOneError(in: testCase.marked, saying: testCase.message)
    }

    @Test func theCostGuardCountsEveryPoint() throws {
        let text = chapter(
            directive: "linear-bottleneck",
            "id: a\nwidths: [64, 64, 64, 64, 64, 64, 64, 64]\nepochs: 100\nseeds: 32\nexplore:\n  learningRate: [0.001, 0.005, 0.01]\n"
        )
        let found = diagnostics(for: MarkedText("⚑" + text).text)
        #expect(found.first?.message.contains("at its 3 grid points") == true, "\(found)")
    }

    /// A gallery explored over `at`, with a reference in prose and a claim that fails below zero.
    static let explored = chapter(
        "id: g\nactivations: [relu, sigmoid]\nat: 1\nexplore:\n  at: [-1, 0, 1]\nexpect:\n  derivative.sigmoid: \"< derivative.relu\"\nshow: [values]\n",
        after: "\nThe sigmoid's slope is {{ g.derivative.sigmoid | fixed:3 }} at {{ g.parameters.at }}.\n")

    func build(_ text: String, jobs: Int = 1) throws -> SiteBuild {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("00-explore.md", text)
        return SiteBuilder.build(BuildOptions(chapters: folder.path, jobs: jobs, cacheDirectory: nil))
    }

    @Test func everyPointIsRunAndItsGridFileHoldsWhatThePageSwapsIn() throws {
        let build = try build(Self.explored)
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
        let outcome = try #require(build.chapters.first?.experiments.first)
        #expect(outcome.gridPoints.count == 3)
        #expect(outcome.gridPoints.map { $0.directive.parameters.number("at") } == [-1, 0, 1])
        #expect(outcome.gridPoints.map { $0.claims[0].holds } == [false, false, true])
        let file = String(decoding: try #require(build.files["explore.g.grid.js"]), as: UTF8.self)
        #expect(file.contains("courseGridLoaded(\"g\", {"))
        #expect(file.contains("\"g.derivative.sigmoid | fixed:3\": \"0.197\""))
        #expect(file.contains("\"g.parameters.at\": \"−1\""))
        #expect(file.contains("\"text\": \"does not hold here\""))
        // The default point's table is on the page already, so its point object carries no parts.
        #expect(file.contains("Values at z = −1") && !file.contains("Values at z = 1<"))
        let page = String(decoding: try #require(build.files["explore.html"]), as: UTF8.self)
        #expect(page.contains("<div class=\"explore\" hidden data-id=\"g\" data-grid=\"explore.g.grid.js\""))
        #expect(page.contains("aria-valuetext=\"1\""))
        #expect(page.contains("<span class=\"ref\" data-ref=\"g.derivative.sigmoid | fixed:3\">0.197</span>"))
        // results.json keeps the default point only.
        let results = String(decoding: try #require(build.files["explore.results.json"]), as: UTF8.self)
        #expect(results.contains("\"at\": 1") && !results.contains("\"at\": -1"))
    }

    /// The tick labels of each figure in `html`, in order, per figure.
    static func ticks(in html: String) -> [[String]] {
        html.split(separator: "<svg").dropFirst().map { svg in
            svg.matches(of: /class=\\?"tick-label\\?"[^>]*>([^<]*)</).map { String($0.output.1) }
        }
    }

    @Test func everyPointOfAnExploredFigureSharesItsAxes() throws {
        let build = try build(
            chapter("id: r\nactivations: [relu, tanh]\nrange: 2\nexplore:\n  range: [1, 2, 4]\nshow: [functions]\n"))
        #expect(!build.diagnostics.hasErrors, "\(build.diagnostics)")
        let page = String(decoding: try #require(build.files["explore.html"]), as: UTF8.self)
        let file = String(decoding: try #require(build.files["explore.r.grid.js"]), as: UTF8.self)
        let onPage = try #require(Self.ticks(in: page).first)
        let atPoints = Self.ticks(in: file)
        // The two other ranges draw other lines, on the page's axes (which reach ±4 at every point).
        #expect(atPoints.count == 2)
        #expect(atPoints.allSatisfy { $0 == onPage }, "\(onPage) \(atPoints)")
        #expect(onPage.contains("−4") && onPage.contains("4"), "\(onPage)")
    }

    @Test func aRenderedGridIsCachedAndATamperedEntryIsIgnored() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("chapters/00-explore.md", Self.explored)
        let options = BuildOptions(chapters: folder.path + "/chapters", jobs: 1, cacheDirectory: folder.path + "/cache")
        let cold = SiteBuilder.build(options).files
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/cache")
        let grid = try #require(entries.first { $0.hasPrefix("grid-") && $0.hasSuffix(".grid.js") })
        #expect(entries.filter { $0.hasSuffix(".json") }.count == 3)  // one run per point
        #expect(SiteBuilder.build(options).files == cold)
        let path = folder.path + "/cache/" + grid
        let tampered = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "0.197", with: "9.999")
        try tampered.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(SiteBuilder.build(options).files == cold)
        // Editing the prose's references changes what the grid file holds, so its key.
        try folder.write("chapters/00-explore.md", Self.explored + "\nAnd {{ g.value.relu }}.\n")
        let edited = SiteBuilder.build(options).files
        #expect(String(decoding: edited["explore.g.grid.js"] ?? Data(), as: UTF8.self).contains("\"g.value.relu\""))
        let chapters = ParsedFolder.parse(folder.path + "/chapters").chapters
        let (removed, kept) = ResultCache(directory: folder.path + "/cache").clean(keepingEntriesOf: chapters)
        #expect(kept == 3 && removed == 2)  // the grid point runs stay; both rendered grids go
    }

    @Test func aGridFileOverTwoMegabytesIsAWarningWithTheSizes() throws {
        let build = try build(Self.explored)
        var files = build.files
        #expect(SiteBuilder.gridSizeWarnings(build.chapters, files: files).isEmpty)
        files["explore.g.grid.js"] = Data(count: SiteBuilder.gridFileWarningSize + 300_000)
        let warning = try #require(SiteBuilder.gridSizeWarnings(build.chapters, files: files).first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("the grid file explore.g.grid.js is 2.3 MB (the page "))
        #expect(warning.location.line == 12)  // the explore mapping, under `explore:`
    }

    @Test func gridFilesAreTheSameForAnyJobCount() throws {
        let one = try build(Self.explored, jobs: 1).files
        let two = try build(Self.explored, jobs: 2).files
        #expect(one["explore.g.grid.js"] != nil && one == two)
    }

    @Test func withoutScriptsThePageIsTheGridLessPageAtTheDefaultPoint() throws {
        let page = String(decoding: try #require(try build(Self.explored).files["explore.html"]), as: UTF8.self)
        let plain = Self.explored.replacingOccurrences(of: "explore:\n  at: [-1, 0, 1]\n", with: "")
        let expected = String(decoding: try #require(try build(plain).files["explore.html"]), as: UTF8.self)
        #expect(page != expected)
        #expect(Self.withoutExploreMarkup(page) == expected)
    }

    /// The page with what only explored experiments add removed: the hidden controls and the
    /// setting after figure titles.
    static func withoutExploreMarkup(_ page: String) -> String {
        page.replacing(
            /<div class="explore" hidden[\s\S]*?<p class="explore-status"[^>]*>[^<]*<\/p>\n<\/div>\n/, with: ""
        ).replacing(#/ <span class="plot-setting">[^<]*<\/span>/#, with: "")
    }
}
