import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// Inputs that must simply work, through the real `course` executable.
@Suite struct InputFileTests {
    static func copyFixtures(into folder: TemporaryFolder, transform: (String) -> Data = { Data($0.utf8) }) throws {
        for name in ["00-small.md", "01-second.md"] {
            try folder.write(
                "chapters/" + name, transform(try String(contentsOfFile: fixtures + "/small/" + name, encoding: .utf8)))
        }
    }

    @Test func windowsLineEndingsAndAByteOrderMarkBuildExactlyAsLF() throws {
        let unix = try TemporaryFolder()
        let windows = try TemporaryFolder()
        defer {
            unix.cleanUp()
            windows.cleanUp()
        }
        try Self.copyFixtures(into: unix)
        try Self.copyFixtures(into: windows) { Data([0xEF, 0xBB, 0xBF]) + Data($0.replacing("\n", with: "\r\n").utf8) }
        for folder in [unix, windows] {
            let run = try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path)
            #expect(run.status == 0, "\(run.errors)")
        }
        #expect(!snapshot(unix.path + "/output").isEmpty)
        #expect(snapshot(unix.path + "/output") == snapshot(windows.path + "/output"))
    }

    @Test func filesThatAreNotChaptersAreIgnoredAndListed() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try Self.copyFixtures(into: folder)
        try folder.write("chapters/README.md", "# About these chapters\n")
        try folder.write("chapters/notes.txt", "ideas\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/chapters/.#01-second.md", withDestinationPath: "user@host.1234:1")
        try FileManager.default.createDirectory(
            atPath: folder.path + "/chapters/02-folder.md", withIntermediateDirectories: true)
        #expect(try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path).status == 0)
        #expect(try runCourseProcess(["check"], in: folder.path).status == 0)
        let list = try runCourseProcess(["list"], in: folder.path)
        #expect(list.status == 0)
        #expect(
            list.output.contains("Ignored (not NN-slug.md files): .#01-second.md, 02-folder.md, README.md, notes.txt"),
            "\(list.output)")
    }

    @Test(arguments: ["99-last.md", "9999-last.md"])
    func newAfterAHighNumberWritesAChapterTheBuildAccepts(last: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("chapters/" + last, "---\ntitle: Last\n---\n\n# Last\n")
        let title = #"Braces {{ like this }}, "quotes", 'apostrophes' and *stars*"#
        let created = try runCourseProcess(["new", "next", "--title", title], in: folder.path)
        #expect(created.status == 0, "\(created.errors)")
        let expected = last.hasPrefix("99-") ? "100-next.md" : "10000-next.md"
        #expect(FileManager.default.fileExists(atPath: folder.path + "/chapters/" + expected))
        let build = try runCourseProcess(["build", "--no-cache", "--quiet"], in: folder.path)
        #expect(build.status == 0, "\(build.errors)")
        let page = try String(contentsOfFile: folder.path + "/output/next.html", encoding: .utf8)
        #expect(
            page.contains(
                "<h1 id=\"braces-like-this-quotes-apostrophes-and-stars\"><a class=\"heading-link\" href=\"#braces-like-this-quotes-apostrophes-and-stars\">Braces {{ like this }}, &quot;quotes&quot;, 'apostrophes' and *stars*</a></h1>"
            ),
            "\(page)")
        #expect(
            page.contains("<title>Braces {{ like this }}, &quot;quotes&quot;, &#39;apostrophes&#39; and *stars* ·"),
            "\(page)")
    }
}
