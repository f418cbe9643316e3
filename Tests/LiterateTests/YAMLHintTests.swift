import CourseTestSupport
import Testing

@testable import Literate

/// The likeliest YAML slips get a message that says what to do, where to do it.
@Suite struct YAMLHintTests {
    @Test(arguments: [
        ("id: a\nexpect:\n  derivative.sigmoid: ⚑> derivative.relu\n", "quote the condition: \"> derivative.relu\""),
        ("id: a\nexpect:\n  derivative.relu: ⚑>= 1\n", "quote the condition: \">= 1\""),
        ("id: a\n⚑\tat: 2\n", "YAML indents with spaces; replace the tab at column 1"),
        (
            "id: a\nexpect:\n  derivative.relu: \"> 0\"\n   ⚑value.relu: \"> 0\"\n",
            "the key 'value.relu' is indented by 3 spaces, the line above by 2"
        ),
        ("id: a\nactivations: ⚑[relu, tanh\nat: 2\n", "this '[' is not closed"),
        ("id: a\nshow: ⚑{functions\n", "this '{' is not closed"),
    ])
    func slipsAreExplainedAtTheirPlace(body: String, message: String) throws {
        let marked = MarkedText(chapter(body))
        let error = try #require(diagnostics(for: marked.text).first)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.location.line == marked.line && error.location.column == marked.column, "\(error)")
    }
}
