import CourseTestSupport
import Foundation
import Testing

/// `course check` catches everything but a failing number, and reports it exactly as `course
/// build` does: the same first error, at the same place, for each bad chapter.
@Suite struct CheckMatchesBuildTests {
    static let gallery = "activation-gallery"

    @Test(arguments: [
        (
            "misspelt result path", chapter("id: a\n", after: "\n{{ a.value.relux }}\n"),
            "'a' has no result 'value.relux'"
        ),
        (
            "index past the end",
            chapter(directive: "stepped-sigmoid", "id: s\n", after: "\n{{ s.maxErrorSoftplus.10 }}\n"),
            "'maxErrorSoftplus' has 10 entries (0–9)"
        ),
        (
            "reference to an array",
            chapter(directive: "stepped-sigmoid", "id: s\n", after: "\n{{ s.maxErrorSoftplus }}\n"),
            "'s.maxErrorSoftplus' is an array of 10; add an index such as 'maxErrorSoftplus.0'"
        ),
        (
            "reference to an object", chapter("id: a\n", after: "\n{{ a.value }}\n"),
            "'a.value' holds several values; name one of:"
        ),
        (
            "claim on a missing path", chapter("id: a\nexpect:\n  derivative.rellu: \"> 0\"\n"),
            "'a' has no result 'derivative.rellu'"
        ),
        (
            "claim operand missing", chapter("id: a\nexpect:\n  derivative.relu: \"> value.nope\"\n"),
            "'a' has no result 'value.nope'"
        ),
        (
            "comparison on an array", chapter(directive: "stepped-sigmoid", "id: s\nexpect:\n  errorAtHigh: \"< 1\"\n"),
            "'s.errorAtHigh' is an array of 10"
        ),
        (
            "'all' on one value", chapter("id: a\nexpect:\n  value.relu: \"all > 0\"\n"),
            "'a.value.relu' is one value, not an array"
        ),
        (
            "unknown parameter", chapter("id: a\npoints: 11\nrangee: 2\n"),
            "'activation-gallery' has no parameter 'rangee'"
        ),
        (
            "unknown parameter in a reference", chapter("id: a\n", after: "\n{{ a.parameters.rangee }}\n"),
            "has no parameter 'rangee'"
        ),
        (
            "unknown kind", chapter(directive: "activation-galery", "id: a\n"),
            "unknown experiment kind 'activation-galery'"
        ),
        ("malformed YAML", chapter("id: a\nat: [1\n"), "this '[' is not closed"),
        (
            "over the cost limit", chapter(directive: "linearity-collapse", "depth: 50\nwidth: 256\nprobes: 20000\n"),
            "would need about"
        ),
    ])
    func checkAndBuildGiveTheSameFirstError(name: String, text: String, message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("chapters/00-bad.md", text)
        let check = try runCourseProcess(["check"], in: folder.path)
        let build = try runCourseProcess(["build", "--no-cache", "--quiet", "--keep-going"], in: folder.path)
        #expect(check.status == 1 && build.status == 1, "\(name): check \(check.status), build \(build.status)")
        let first = check.errors.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("chapters/00-bad.md:") && first.contains(message), "\(name): \(check.errors)")
        #expect(build.errors.split(separator: "\n").first.map(String.init) == first, "\(name): \(build.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output"))
    }
}
