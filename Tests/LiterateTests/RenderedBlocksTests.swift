import CourseTestSupport
import Foundation
import Testing

@testable import Literate

/// `course serve` keeps rendered experiment blocks between builds: a build that reuses them is
/// the build that renders everything, and a changed directive is drawn again.
@Suite struct RenderedBlocksTests {
    static func build(_ text: String, blocks: RenderedBlocks?) throws -> [String: Data] {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write("00-test.md", text)
        var options = BuildOptions(chapters: folder.path, jobs: 1, cacheDirectory: nil)
        options.renderedBlocks = blocks
        return SiteBuilder.build(options).files
    }

    @Test func keptBlocksGiveTheSamePagesAndAChangedDirectiveIsDrawnAgain() throws {
        let text = chapter("id: g\nactivations: [relu, tanh]\nat: 1\n", after: "\nSlope {{ g.derivative.tanh }}.\n")
        let blocks = RenderedBlocks()
        let first = try Self.build(text, blocks: blocks)
        #expect(first == (try Self.build(text, blocks: nil)))
        let prose = text.replacingOccurrences(of: "Slope", with: "The slope is")
        #expect(try Self.build(prose, blocks: blocks) == (try Self.build(prose, blocks: nil)))
        let moved = text.replacingOccurrences(of: "at: 1\n", with: "at: -1\n")
        let movedPage = try Self.build(moved, blocks: blocks)
        #expect(movedPage == (try Self.build(moved, blocks: nil)))
        #expect(movedPage["test.html"] != first["test.html"])
        let captioned = text.replacingOccurrences(of: "at: 1\n", with: "at: 1\ncaption: {functions: New words.}\n")
        #expect(
            String(decoding: try Self.build(captioned, blocks: blocks)["test.html"]!, as: UTF8.self)
                .contains("New words."))
    }
}
