import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// No input may crash or hang the tool: sizes are checked before reading, lookups are bounded,
/// and an experiment over the cost limit is refused before it runs.
@Suite struct BoundedCostTests {
    @Test func aHugeFileIsRefusedWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = try folder.write("chapters/00-huge.md", "---\ntitle: T\n---\n")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 2_500_000_000)  // sparse: takes no disk space
        try handle.close()
        let run = try runCourseProcess(["check"], in: folder.path)
        #expect(run.status == 1)
        #expect(
            run.errors.hasPrefix(
                "chapters/00-huge.md:1:1: error: the file has 2500000000 bytes; chapters and course.yml are limited to 1000000"
            ),
            "\(run.errors)")
    }

    @Test func onlyRegularFilesAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let fifo = folder.path + "/00-fifo.md"
        #expect(mkfifo(fifo, 0o644) == 0)
        guard case .failure(let diagnostic) = SourceText.read(fifo) else {
            Issue.record("a FIFO was read")
            return
        }
        #expect(diagnostic.message == "not a regular file")
    }

    @Test func repeatedHeadingsGetCountedIDsLikeBefore() {
        var ids = HeadingIDs(taken: ["a-3"])
        let given = ["a", "a", "A 2", "a", "a", "a", "", ""].map { ids.unique(for: $0) }
        #expect(given == ["a", "a-2", "a-2-2", "a-4", "a-5", "a-6", "section", "section-2"])
        var many = HeadingIDs(taken: [])
        let last = (0..<10_000).map { _ in many.unique(for: "a") }.last
        #expect(last == "a-10000")
    }

    @Test func bandedEditDistanceAgreesWithTheFullTable() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcde")
        func word() -> [Character] {
            (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        func full(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for i in a.indices {
                var current = [i + 1] + Array(repeating: 0, count: b.count)
                for j in b.indices {
                    current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
                }
                previous = current
            }
            return previous[b.count]
        }
        for _ in 0..<2_000 {
            let (a, b) = (word(), word())
            let exact = full(a, b)
            for bound in 0...6 {
                let banded = Suggestions.editDistance(a, b, atMost: bound)
                #expect(banded == (exact <= bound ? exact : nil), "\(String(a)) \(String(b)) bound \(bound)")
            }
        }
    }

    @Test func aChapterHoldsAtMostSixtyFourExperiments() throws {
        let block = "```{experiment} activation-gallery\n```\n\n"
        let marked = MarkedText("---\ntitle: T\n---\n\n" + String(repeating: block, count: 64) + "⚑" + block)
        let error = try #require(diagnostics(for: marked.text).first)
        #expect(error.location.line == marked.line && error.location.column == marked.column, "\(error)")
        #expect(error.message.contains("at most 64 experiments"))
    }

    @Test func anExperimentOverTheCostLimitIsRefusedByCheckAndBuild() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(
            "chapters/00-big.md",
            "---\ntitle: T\n---\n\n```{experiment} linearity-collapse\ndepth: 50\nwidth: 256\nprobes: 20000\n```\n")
        for arguments in [["check"], ["build", "--no-cache", "--quiet"]] {
            let run = try runCourseProcess(arguments, in: folder.path)
            #expect(run.status == 1)
            #expect(
                run.errors.hasPrefix("chapters/00-big.md:5:1: error: this experiment would need about "),
                "\(run.errors)")
            #expect(run.errors.contains("one experiment may use at most 6.0e10 multiply-adds and 800 MB"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/output"))
    }
}
