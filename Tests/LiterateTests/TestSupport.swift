import Testing

@testable import Literate

/// Diagnostics from parsing one chapter text.
func diagnostics(for text: String, name: String = "00-test.md") -> [Diagnostic] {
    let file = ChapterFile(path: "chapters/" + name)!
    switch ChapterParser.parse(text, file: file) {
    case .success: return []
    case .failure(let error): return error.diagnostics
    }
}

/// Parsing `marked` (a chapter with a `⚑`) gives exactly one error, at the marker, in the
/// compiler's format, whose text holds `message`.
func expectOneError(in marked: String, saying message: String) throws {
    let marked = MarkedText(marked)
    let found = diagnostics(for: marked.text)
    #expect(found.count == 1, "\(found)")
    let diagnostic = try #require(found.first)
    #expect(diagnostic.severity == .error)
    #expect(
        diagnostic.location.line == marked.line && diagnostic.location.column == marked.column,
        "expected \(marked.line):\(marked.column), got \(diagnostic.location)")
    #expect(diagnostic.description.contains(message), "\(diagnostic.description)")
    #expect(diagnostic.description.hasPrefix("chapters/00-test.md:\(marked.line):\(marked.column): error: "))
}
