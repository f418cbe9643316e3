import CourseTestSupport
import Foundation
import Testing

/// The result cache through the real `course` executable.
@Suite struct CacheCommandTests {
    @Test func anEditedEntryIsRerunAndCleanRemovesUnusedEntries() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let chapter = try String(contentsOfFile: fixtures + "/small/00-small.md", encoding: .utf8)
        try folder.write("chapters/00-small.md", chapter)
        #expect(try runCourseProcess(["build", "--quiet"], in: folder.path).status == 0)
        let cache = folder.path + "/.cache"
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(entries.count == 1)
        let entry = cache + "/" + entries[0]
        let edited = try String(contentsOfFile: entry, encoding: .utf8).replacingOccurrences(
            of: "0.7615941559557649", with: "0.5")
        try edited.write(toFile: entry, atomically: false, encoding: .utf8)
        #expect(try runCourseProcess(["build", "--quiet"], in: folder.path).status == 0)
        let page = withoutReferenceMarks(
            try String(contentsOfFile: folder.path + "/output/small.html", encoding: .utf8))
        #expect(page.contains("tanh is 0.762 with slope"))

        try folder.write("chapters/00-small.md", chapter.replacing("at: 1\n", with: "at: 0.5\n"))
        #expect(try runCourseProcess(["build", "--quiet"], in: folder.path).status == 0)
        try folder.write(".cache/activation-gallery-0.json.tmp-123", "left by a killed build")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count == 3)
        let clean = try runCourseProcess(["clean"], in: folder.path)
        #expect(
            clean.status == 0 && clean.output.contains("Removed 2 unused cache entries from .cache; kept 1."),
            "\(clean.output)")
        #expect(try runCourseProcess(["build", "--check", "--no-cache"], in: folder.path).status == 0)
        let remaining = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(remaining.count == 1 && remaining != entries)

        try folder.write("chapters/01-broken.md", "---\ntitle: [\n---\n")
        let refused = try runCourseProcess(["clean"], in: folder.path)
        #expect(refused.status == 1 && refused.errors.contains("Nothing removed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache) == remaining)
    }
}
