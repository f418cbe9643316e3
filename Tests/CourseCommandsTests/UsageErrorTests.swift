import CourseTestSupport
import Foundation
import Testing

/// Usage errors, through the real `course` executable: exit status 2 and the subcommand's usage,
/// never a made-up source location.
@Suite struct UsageErrorTests {
    @Test(arguments: [
        (["run", "99"], "no chapter named '99'", "Usage: course run"),
        (["run", ""], "name a chapter", "Usage: course run"),
        (["run", "smal"], "did you mean 'small'?", "Usage: course run"),
        (
            ["run", "small", "--experiment", "tiyn"], "has no experiment 'tiyn' (did you mean 'tiny'?)",
            "Usage: course run"
        ),
        (
            ["build", "--chapters", "missing-folder"], "--chapters: there is no folder 'missing-folder'",
            "Usage: course build"
        ),
        (
            ["check", "--chapters", "missing-folder"], "--chapters: there is no folder 'missing-folder'",
            "Usage: course check"
        ),
        (["build", "--theme", "no-such-theme"], "--theme: there is no folder 'no-such-theme'", "Usage: course build"),
        (["build", "--jobs", "0"], "--jobs must be between 1 and 64", "Usage: course build"),
    ])
    func usageErrorsExitTwoWithTheSubcommandsUsage(arguments: [String], message: String, usage: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try FileManager.default.createDirectory(atPath: folder.path + "/chapters", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: fixtures + "/small/00-small.md", toPath: folder.path + "/chapters/00-small.md")
        let extra = ["build": ["--no-cache", "--quiet"], "run": ["--quiet"]][arguments[0]] ?? []
        let run = try runCourseProcess(arguments + extra, in: folder.path)
        #expect(run.status == 2, "\(run.errors)")
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.errors.contains(usage), "\(run.errors)")
        #expect(!run.errors.contains(":1:1:"), "\(run.errors)")
    }
}
