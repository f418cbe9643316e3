import CourseTestSupport
import Foundation
import Glibc
import Testing

@testable import Literate

/// The swap's fallback for systems without an atomic exchange, and its rollback when the second
/// move fails: the old site must come back whole and no staging folder may stay behind.
@Suite struct OutputSwapTests {
    static func site(_ text: String) -> [String: Data] {
        [OutputFolder.markerName: OutputFolder.markerContents, "index.html": Data(text.utf8)]
    }

    /// Moves without an atomic exchange whose rename fails when it moves a staging folder into place.
    static let failingMoves = FolderMoves(
        exchange: { _, _ in false },
        rename: { source, target throws(FileSystemError) in
            let name = (source as NSString).lastPathComponent
            if name.contains(".staging-") && !name.hasSuffix("-old") {
                throw FileSystemError("cannot move the new site to", target, errno: EIO)
            }
            try FileSystem.rename(source, to: target)
        })

    func write(_ files: [String: Data], to output: String, moves: FolderMoves, chapters: String) throws(Diagnostic) {
        var folder = OutputFolder(path: output)
        folder.moves = moves
        try folder.write(files, chapters: chapters, theme: nil, cache: nil)
    }

    @Test func withoutAnExchangeTheSiteIsStillReplacedWhole() throws {
        let project = try TemporaryFolder()
        defer { project.cleanUp() }
        let (output, chapters) = (project.path + "/site", project.path + "/chapters")
        let noExchange = FolderMoves(exchange: { _, _ in false }, rename: FolderMoves.system.rename)
        try write(Self.site("old"), to: output, moves: noExchange, chapters: chapters)
        try write(Self.site("new"), to: output, moves: noExchange, chapters: chapters)
        #expect(snapshot(output) == Self.site("new"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).sorted() == [".site.lock", "site"])
    }

    @Test func aFailedSecondMoveRestoresTheOldSiteAndSaysWhereInOneLine() throws {
        let project = try TemporaryFolder()
        defer { project.cleanUp() }
        let (output, chapters) = (project.path + "/site", project.path + "/chapters")
        try write(Self.site("old"), to: output, moves: .system, chapters: chapters)
        do {
            try write(Self.site("new"), to: output, moves: Self.failingMoves, chapters: chapters)
            Issue.record("the write should have failed")
        } catch {
            #expect(error.description.hasPrefix(output + ":1:1: error: cannot move the new site to"))
            #expect(error.description.contains("Input/output error"))
        }
        #expect(snapshot(output) == Self.site("old"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).sorted() == [".site.lock", "site"])
    }
}
