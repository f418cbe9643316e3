/// Chapter text with a `⚑` marking where a diagnostic is expected, as in swift-format's tests.
struct MarkedText {
    /// The text with the marker removed.
    let text: String
    /// 1-based line and byte column of the marker.
    let line: Int
    let column: Int

    init(_ marked: String) {
        let marker = "⚑"
        guard let range = marked.range(of: marker) else { preconditionFailure("no ⚑ marker in the fixture") }
        let before = marked[..<range.lowerBound]
        line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { marked.index(after: $0) } ?? marked.startIndex
        column = marked[lineStart..<range.lowerBound].utf8.count + 1
        text = marked.replacingCharacters(in: range, with: "")
    }
}
