import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// The author's loop through the real `course` executable: what `--keep-going` softens, what a
/// failing claim shows, `course new`, `course.yml`.
@Suite struct AuthorLoopTests {
    static func project(_ directive: String, after: String = "") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("chapters/00-test.md", chapter(directive, after: after))
        return folder
    }

    @Test func keepGoingSoftensFailingNumbersOnly() throws {
        let misspelt = try Self.project("id: a\nexpect:\n  derivative.rellu: \"> 0\"\n")
        defer { misspelt.cleanUp() }
        let run = try runCourseProcess(["build", "--keep-going", "--no-cache", "--quiet"], in: misspelt.path)
        #expect(run.status == 1)
        #expect(
            run.errors.contains("chapters/00-test.md:10:3: error: 'a' has no result 'derivative.rellu'"),
            "\(run.errors)")
        #expect(run.errors.contains("did you mean 'derivative.relu'?"))
        let failing = try Self.project("id: a\nexpect:\n  derivative.relu: \"> 5\"\n")
        defer { failing.cleanUp() }
        let kept = try runCourseProcess(["build", "--keep-going", "--no-cache", "--quiet"], in: failing.path)
        #expect(kept.status == 0 && kept.errors.contains("warning: claim does not hold"), "\(kept.errors)")
    }

    @Test func aFailingClaimShowsBothSidesAndRunStillPrintsTheResults() throws {
        let folder = try Self.project("id: a\nexpect:\n  derivative.sigmoid: \"> derivative.relu\"\n")
        defer { folder.cleanUp() }
        let run = try runCourseProcess(["run", "test", "--quiet"], in: folder.path)
        #expect(run.status == 1)
        #expect(
            run.errors.contains(
                "claim does not hold: derivative.sigmoid is 0.19661193324148188, which is not > derivative.relu (1)"),
            "\(run.errors)")
        #expect(
            run.output.contains("a (activation-gallery, seed 0)")
                && run.output.contains("✗ derivative.sigmoid > derivative.relu"),
            "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output"))
    }

    @Test func aMisspeltKindGivesOneError() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(
            "chapters/00-test.md",
            chapter(directive: "activation-galery", "id: g\n", after: "\n{{ g.value.relu }} {{ g.x }}\n"))
        try folder.write(
            "chapters/01-other.md",
            chapter(directive: "activation-galery", "at: 2\n", after: "\n{{ activation-galery-1.value.relu }}\n"))
        let run = try runCourseProcess(["check"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.errors.components(separatedBy: "error:").count - 1 == 2, "\(run.errors)")
    }

    @Test func newWritesNoPlaceholderSummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(atPath: folder.path + "/chapters", withIntermediateDirectories: true)
        #expect(try runCourseProcess(["new", "plain", "--title", "Plain"], in: folder.path).status == 0)
        #expect(
            try runCourseProcess(
                ["new", "told", "--title", "Told", "--summary", "It's {{ literal }}."], in: folder.path
            ).status == 0)
        let plain = try String(contentsOfFile: folder.path + "/chapters/00-plain.md", encoding: .utf8)
        #expect(plain.contains("# summary: one sentence for the index page\n") && !plain.contains("\nsummary:"))
        #expect(try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path).status == 0)
        let index = try String(contentsOfFile: folder.path + "/output/index.html", encoding: .utf8)
        #expect(
            index.contains("<p>It&#39;s {{ literal }}.</p>") || index.contains("<p>It's {{ literal }}.</p>"), "\(index)"
        )
    }

    @Test func courseYMLSetsTheTitleAndCreditsAndIsValidated() throws {
        let folder = try Self.project("id: a\n")
        defer { folder.cleanUp() }
        try folder.write(
            "course.yml",
            "title: Slopes & tails\nauthor: A. Author\nlicense: CC BY 4.0\nrepository: https://example.org/course\n")
        #expect(try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path).status == 0)
        let page = try String(contentsOfFile: folder.path + "/output/test.html", encoding: .utf8)
        #expect(page.contains("<title>Test · Slopes &amp; tails</title>"))
        #expect(
            page.contains(
                "<p class=\"credits\">A. Author · CC BY 4.0 · <a href=\"https://example.org/course\">source</a></p>"))
        try folder.write("course.yml", "title: T\nauthr: me\nrepository: not a link\n")
        let run = try runCourseProcess(["check"], in: folder.path)
        #expect(run.status == 1)
        #expect(
            run.errors.contains("course.yml:2:1: error: unknown course.yml key 'authr'")
                && run.errors.contains("did you mean 'author'?"),
            "\(run.errors)")
        #expect(run.errors.contains("course.yml:3:13: error: 'repository' must be an http(s) link"), "\(run.errors)")
    }

    @Test func checkingQuietlyPrintsNothing() throws {
        let folder = try Self.project("id: a\n")
        defer { folder.cleanUp() }
        #expect(try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path).status == 0)
        let quiet = try runCourseProcess(["build", "--check", "--no-cache", "--quiet"], in: folder.path)
        #expect(quiet.status == 0 && quiet.output.isEmpty && quiet.errors.isEmpty, "\(quiet)")
        let loud = try runCourseProcess(["build", "--check", "--no-cache"], in: folder.path)
        #expect(loud.output.contains("output is up to date"))
    }

    @Test func tablesAndProseUseTheSameMinusSign() throws {
        let folder = try Self.project(
            "id: a\nactivations: [tanh]\nat: -1\n", after: "\ntanh(−1) = {{ a.value.tanh | fixed:4 }}.\n")
        defer { folder.cleanUp() }
        #expect(try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path).status == 0)
        let page = withoutReferenceMarks(
            try String(contentsOfFile: folder.path + "/output/test.html", encoding: .utf8))
        #expect(page.contains("tanh(−1) = −0.7616.") && page.contains("<td>−0.7616</td>"), "\(page)")
        #expect(!page.contains("<td>-"))
    }

    @Test func jobsHelpShowsOneDefaultAndRunHasNoCacheFlag() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let help = try runCourseProcess(["build", "--help"], in: folder.path).output
        let jobs = help.components(separatedBy: "--jobs <jobs>").last?.components(separatedBy: "--cache").first ?? ""
        #expect(jobs.components(separatedBy: "default").count == 2, "\(jobs)")
        let runHelp = try runCourseProcess(["run", "--help"], in: folder.path).output
        #expect(!runHelp.contains("--no-cache"))
    }
}
