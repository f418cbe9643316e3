import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// Drafts, duplicate slugs, and what `list` and `run --json` print, through the
/// real `course` executable.
@Suite struct ChapterFolderTests {
    static func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(
            "chapters/00-small.md", try String(contentsOfFile: fixtures + "/small/00-small.md", encoding: .utf8))
        return folder
    }

    @Test func draftsAreBuiltOnlyWhenAskedAndNeverIndexed() throws {
        let folder = try Self.project()
        defer { folder.cleanUp() }
        try folder.write("chapters/01-later.md", "---\ntitle: Not yet\ndraft: true\n---\n\n# Not yet\n")
        #expect(try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output/later.html"))
        #expect(try runCourseProcess(["build", "--drafts", "--no-cache", "--quiet"], in: folder.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/output/later.html"))
        let index = try String(contentsOfFile: folder.path + "/output/index.html", encoding: .utf8)
        #expect(index.contains("small.html") && !index.contains("later.html"))
        let list = try runCourseProcess(["list"], in: folder.path)
        #expect(list.output.contains("01  later (draft): Not yet"), "\(list.output)")
        #expect(try runCourseProcess(["run", "later", "--quiet"], in: folder.path).status == 0)
    }

    @Test func twoChaptersWithOneSlugAreAnError() throws {
        let folder = try Self.project()
        defer { folder.cleanUp() }
        try folder.write("chapters/05-small.md", "---\ntitle: Twin\n---\n")
        let run = try runCourseProcess(["check"], in: folder.path)
        #expect(run.status == 1)
        #expect(
            run.errors.hasPrefix(
                "chapters/05-small.md:1:1: error: slug 'small' is already used by chapters/00-small.md"),
            "\(run.errors)")
    }

    @Test func listPrintsChaptersAndTheirExperiments() throws {
        let folder = try Self.project()
        defer { folder.cleanUp() }
        let list = try runCourseProcess(["list"], in: folder.path)
        #expect(list.status == 0)
        #expect(list.output == "00  small: A small chapter\n      tiny: activation-gallery\n", "\(list.output)")
    }

    @Test func runJSONCarriesParametersResultsAndClaims() throws {
        let folder = try Self.project()
        defer { folder.cleanUp() }
        let run = try runCourseProcess(["run", "small", "--json", "--quiet"], in: folder.path)
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(document["chapter"] as? String == "small")
        let experiment = try #require((document["experiments"] as? [[String: Any]])?.first)
        #expect(experiment["id"] as? String == "tiny" && experiment["kind"] as? String == "activation-gallery")
        #expect((experiment["parameters"] as? [String: Any])?["points"] as? Int == 11)
        let tanh =
            (experiment["results"] as? [String: Any]).flatMap { $0["value"] as? [String: Any] }?["tanh"] as? Double
        #expect(abs((tanh ?? 0) - 0.7615941559557649) < 1e-15)
        #expect(run.output.contains("\"tanh\": 0.7615941559557649"))
        let claim = try #require((experiment["claims"] as? [[String: Any]])?.first)
        #expect(claim["path"] as? String == "derivative.tanh" && claim["condition"] as? String == "< derivative.relu")
        #expect(claim["holds"] as? Bool == true)
        let stored = try String(contentsOfFile: folder.path + "/output/small.results.json", encoding: .utf8)
        #expect(stored == run.output)
    }
}
