@testable import Literate

/// Diagnostics from parsing one chapter text.
func diagnostics(for text: String, name: String = "00-test.md") -> [Diagnostic] {
    let file = ChapterFile(path: "chapters/" + name)!
    switch ChapterParser.parse(text, file: file) {
    case .success: return []
    case .failure(let error): return error.diagnostics
    }
}
