import Foundation
import Yams

/// Turns the YAML parser's likeliest complaints into messages that say what to do, at the place
/// to change: an unquoted condition, a tab, a key indented unlike its neighbours, an unclosed
/// bracket.
enum YAMLHints {
    /// A located message for a scanner or parser error, or nil to keep the parser's own words.
    static func hint(context: YamlError.Context?, problem: String, mark: Mark, yaml: String, origin: YAMLOrigin)
        -> (location: SourceLocation, message: String)?
    {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let line = mark.line >= 1 && mark.line <= lines.count ? String(lines[mark.line - 1]) : ""
        let at = { (line: Int, column: Int) in
            SourceLocation(file: origin.file, line: origin.line + line - 1, column: origin.column + column - 1)
        }
        let text = ([context?.text, problem].compactMap { $0 }).joined(separator: " ")

        if text.contains("block scalar"), let colon = line.range(of: ": ") {
            let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix(">") || value.hasPrefix("|") {
                let column =
                    line.utf8.distance(from: line.utf8.startIndex, to: colon.upperBound.samePosition(in: line.utf8)!)
                    + 1
                return (
                    at(mark.line, column),
                    "malformed YAML: a condition starting with '\(value.prefix(1))' reads as a block of text; quote the condition: \"\(value)\""
                )
            }
        }
        if text.contains("tab"), let tab = line.utf8.firstIndex(of: UInt8(ascii: "\t")) {
            let column = line.utf8.distance(from: line.utf8.startIndex, to: tab) + 1
            return (
                at(mark.line, column),
                "malformed YAML: YAML indents with spaces; replace the tab at column \(origin.column + column - 1)"
            )
        }
        if problem.contains("did not find expected key"), let key = keyName(line) {
            let indentation = line.prefix { $0 == " " }.count
            let above = lines.prefix(mark.line - 1).reversed().first {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
            let aboveIndentation = above.map { $0.prefix { $0 == " " }.count } ?? 0
            return (
                at(mark.line, indentation + 1),
                "malformed YAML: the key '\(key)' is indented by \(indentation) spaces, the line above by \(aboveIndentation); line it up with the keys it belongs with"
            )
        }
        if let context, problem.contains("expected ','") {
            let opened = problem.contains("']'") ? "[" : "{"
            let closing = opened == "[" ? "]" : "}"
            return (
                at(context.mark.line, context.mark.column),
                "malformed YAML: this '\(opened)' is not closed; end the list with '\(closing)' on the same line, with ',' between its items"
            )
        }
        return nil
    }

    /// The key a line starts, if it looks like `key: …`.
    private static func keyName(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":"), colon != trimmed.startIndex else { return nil }
        let key = trimmed[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return key.isEmpty ? nil : key
    }
}
