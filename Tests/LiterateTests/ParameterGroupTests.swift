import CourseTestSupport
import Testing

@testable import Literate

/// A parameter group (`bornDead:` with its own keys) written nested or as dotted keys.
@Suite struct ParameterGroupTests {
    @Test func aParameterGroupMayBeWrittenNestedOrFlat() throws {
        let nested = chapter(directive: "dead-relu", "id: d\nbornDead:\n  width: [1, 2]\n  trials: 20\n")
        let flat = chapter(directive: "dead-relu", "id: d\nbornDead.width: [1, 2]\nbornDead.trials: 20\n")
        let file = try #require(ChapterFile(path: "chapters/00-test.md"))
        let one = try ChapterParser.parse(nested, file: file).get().directives[0].parameters
        let other = try ChapterParser.parse(flat, file: file).get().directives[0].parameters
        #expect(one == other)
        #expect(one.values["bornDead.trials"] == .integer(20))
        let twice = chapter(directive: "dead-relu", "id: d\nbornDead:\n  trials: 20\nbornDead.trials: 30\n")
        #expect(diagnostics(for: twice).first?.message.contains("given twice") == true)
    }
}
