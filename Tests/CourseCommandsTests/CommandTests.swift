import CourseTestSupport
import Foundation
import Testing

@testable import Literate

@Suite struct CommandTests {
    @Test func aFailedBuildLeavesTheOutputUntouched() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("chapters/00-bad.md", chapter("id: a\npoints: 3\n"))
        try folder.write("output/keep.html", "previous build")
        try folder.write("output/" + OutputFolder.markerName, OutputFolder.markerContents)
        let status = runCourse([
            "build", "--chapters", folder.path + "/chapters", "--output", folder.path + "/output", "--no-cache",
            "--quiet",
        ])
        #expect(status == 1)
        #expect(try String(contentsOfFile: folder.path + "/output/keep.html", encoding: .utf8) == "previous build")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(siblings.sorted() == ["chapters", "output"])
    }

    @Test func buildSwapsInTheNewSiteAndCheckDetectsStaleness() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("output/stale.html", "old")
        try folder.write("output/" + OutputFolder.markerName, OutputFolder.markerContents)
        let arguments = [
            "--chapters", fixtures + "/small", "--output", folder.path + "/output", "--no-cache", "--quiet",
        ]
        #expect(runCourse(["build", "--check"] + arguments) == 1)
        #expect(runCourse(["build"] + arguments) == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output/stale.html"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/output/small.html"))
        #expect(runCourse(["build", "--check"] + arguments) == 0)
        try folder.write("output/small.html", "edited by hand")
        #expect(runCourse(["build", "--check"] + arguments) == 1)
    }

    @Test func newScaffoldsAWorkingChapterAndRefusesBadNames() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let chapters = folder.path + "/chapters"
        try FileManager.default.createDirectory(atPath: chapters, withIntermediateDirectories: true)
        for bad in ["../escape", "a/b", "Upper", "..", "-x", ""] {
            #expect(runCourse(["new", bad, "--title", "T", "--chapters", chapters]) == 2, "\(bad)")
        }
        #expect(runCourse(["new", "first-topic", "--title", "First \"topic\"", "--chapters", chapters]) == 0)
        #expect(runCourse(["new", "second", "--title", "Second", "--chapters", chapters]) == 0)
        #expect(runCourse(["new", "second", "--title", "Again", "--chapters", chapters]) == 2)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: chapters).sorted() == [
                "00-first-topic.md", "01-second.md",
            ])
        #expect(runCourse(["check", "--chapters", chapters]) == 0)
        #expect(
            runCourse(["build", "--chapters", chapters, "--output", folder.path + "/output", "--no-cache", "--quiet"])
                == 0)
    }

    @Test func runAcceptsPathStemSlugOrNumber() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let common = [
            "--chapters", fixtures + "/small", "--output", folder.path + "/output", "--cache", folder.path + "/cache",
            "--quiet",
        ]
        for name in ["small", "00-small", "0", fixtures + "/small/00-small.md"] {
            #expect(runCourse(["run", name, "--json"] + common) == 0, "\(name)")
        }
        #expect(runCourse(["run", "smal"] + common) == 2)
        #expect(runCourse(["run", "small", "--experiment", "nope"] + common) == 2)
    }

    @Test func catalogCommandsWork() {
        #expect(runCourse(["kinds"]) == 0)
        #expect(runCourse(["explain", "activation-gallery"]) == 0)
        #expect(runCourse(["explain", "activation-galery"]) == 2)
        #expect(runCourse(["list", "--chapters", fixtures + "/small"]) == 0)
        #expect(runCourse(["check", "--chapters", fixtures + "/small"]) == 0)
        #expect(runCourse(["build", "--jobs", "0"]) == 2)
    }
}
