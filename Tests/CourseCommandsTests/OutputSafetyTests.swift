import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// The output folder rule, through the real `course` executable: the build replaces only what an
/// earlier build wrote, swaps atomically, and leaves nothing behind.
@Suite struct OutputSafetyTests {
    /// A project folder with the small fixture chapters, a source file and a git folder to protect.
    static func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["00-small.md", "01-second.md"] {
            try folder.write(
                "chapters/" + name, try String(contentsOfFile: fixtures + "/small/" + name, encoding: .utf8))
        }
        try folder.write("Sources/main.swift", "print(1)\n")
        try folder.write(".git/HEAD", "ref: refs/heads/main\n")
        return folder
    }

    static let quiet = ["--no-cache", "--quiet"]

    @Test(arguments: [".", "..", "chapters", "chapters/inner", "Sources", "README.md", "notes"])
    func foldersTheBuildDidNotWriteAreRefusedAndUntouched(output: String) throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.write("README.md", "# Read me\n")
        try project.write("notes/todo.txt", "keep\n")
        let before = snapshot(project.path)
        let run = try runCourseProcess(["build", "--output", output] + Self.quiet, in: project.path)
        #expect(run.status == 2, "\(run.errors)")
        #expect(
            run.errors.hasPrefix("\(output):1:1: error: refusing to write the site into '\(output)'"), "\(run.errors)")
        #expect(snapshot(project.path) == before)
    }

    @Test func aMarkerMustBeTheBuildsOwnFile() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try FileManager.default.createDirectory(
            atPath: project.path + "/site/.course-output", withIntermediateDirectories: true)
        try project.write("site/keep.txt", "mine\n")
        let run = try runCourseProcess(["build", "--output", "site"] + Self.quiet, in: project.path)
        #expect(run.status == 2 && run.errors.hasPrefix("site:1:1: error: refusing"), "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: project.path + "/site/keep.txt"))
    }

    @Test func aNewEmptyOrEarlierOutputIsReplacedAndCarriesTheMarker() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try FileManager.default.createDirectory(atPath: project.path + "/empty", withIntermediateDirectories: false)
        for output in ["site/deep", "empty"] {
            #expect(try runCourseProcess(["build", "--output", output] + Self.quiet, in: project.path).status == 0)
            let marker = FileManager.default.contents(atPath: "\(project.path)/\(output)/\(OutputFolder.markerName)")
            #expect(marker == OutputFolder.markerContents)
        }
        try project.write("empty/stale.html", "from an earlier build")
        #expect(try runCourseProcess(["build", "--output", "empty"] + Self.quiet, in: project.path).status == 0)
        #expect(!FileManager.default.fileExists(atPath: project.path + "/empty/stale.html"))
        #expect(FileManager.default.fileExists(atPath: project.path + "/empty/small.html"))
        #expect(
            try runCourseProcess(["build", "--output", "empty", "--check", "--no-cache"], in: project.path).status == 0)
    }

    @Test func staleStagingFoldersOfAKilledBuildAreRemoved() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.write(".output.staging-99999/small.html", "half-written by a killed build")
        #expect(try runCourseProcess(["build"] + Self.quiet, in: project.path).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: project.path)
        #expect(!names.contains { $0.contains("staging") }, "\(names)")
    }

    @Test func twoBuildsAtOnceBothFinishAndLeaveOneSite() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let first = try startCourseProcess(["build"] + Self.quiet, in: project.path)
        let second = try startCourseProcess(["build"] + Self.quiet, in: project.path)
        #expect(try first.finish().status == 0)
        #expect(try second.finish().status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: project.path).sorted()
        #expect(names == [".git", ".output.lock", "Sources", "chapters", "output"], "\(names)")
        #expect(try runCourseProcess(["build", "--check", "--no-cache"], in: project.path).status == 0)
    }

    @Test func aFailedBuildLeavesTheOutputAndNoStaging() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        #expect(try runCourseProcess(["build"] + Self.quiet, in: project.path).status == 0)
        let before = snapshot(project.path + "/output")
        try project.write("chapters/02-broken.md", "---\ntitle: [unclosed\n---\n")
        let run = try runCourseProcess(["build"] + Self.quiet, in: project.path)
        #expect(run.status == 1 && run.errors.hasPrefix("chapters/02-broken.md:"), "\(run.errors)")
        #expect(snapshot(project.path + "/output") == before)
        #expect(
            !(try FileManager.default.contentsOfDirectory(atPath: project.path)).contains { $0.contains("staging") })
    }

    @Test func inputOutputFailuresAreLocatedLinesNotErrorDumps() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.write("plain-file", "not a folder\n")
        let underFile = try runCourseProcess(["build", "--output", "plain-file/site"] + Self.quiet, in: project.path)
        #expect(
            underFile.status == 2 && underFile.errors.hasPrefix("plain-file/site:1:1: error: "), "\(underFile.errors)")
        let intoProc = try runCourseProcess(["build", "--output", "/proc/course-site"] + Self.quiet, in: project.path)
        #expect(intoProc.status != 0)
        #expect(
            intoProc.errors.contains(":1:1: error: ") && !intoProc.errors.contains("NSError")
                && !intoProc.errors.contains("Domain="),
            "\(intoProc.errors)")
    }
}
