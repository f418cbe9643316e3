import Yams

/// A chapter's front matter: `title` (required), `summary`, `draft`.
public struct FrontMatter: Sendable, Equatable {
    /// The page title.
    public var title: String
    /// One sentence for the index page.
    public var summary: String
    /// A draft is built only with `--drafts` and never listed.
    public var draft: Bool

    static let keys = ["title", "summary", "draft"]
}

/// Splits a chapter into front matter and body, and parses the front matter.
enum FrontMatterParser {
    /// The parsed front matter and the body with the front matter's lines blanked out (so
    /// line numbers in the body are the file's), or diagnostics.
    static func split(_ text: String, path: String) -> (FrontMatter?, body: String, [Diagnostic]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard lines.first == "---" else {
            return (
                nil, text,
                [.error(start, "a chapter starts with front matter: a line '---', 'title: …', and a closing '---'")]
            )
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else {
            return (nil, text, [.error(start, "the front matter is not closed: add a line '---' after it")])
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body =
            Array(repeating: "", count: closing + 1).joined(separator: "\n") + "\n"
            + lines[(closing + 1)...].joined(separator: "\n")
        let (frontMatter, diagnostics) = parse(yaml, path: path)
        return (frontMatter, body, diagnostics)
    }

    private static func parse(_ yaml: String, path: String) -> (FrontMatter?, [Diagnostic]) {
        let origin = YAMLOrigin(file: path, line: 2, column: 1)
        let node: Node
        switch YAMLReader.compose(yaml, origin: origin) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let composed): node = composed ?? Node.mapping(Node.Mapping([]))
        }
        guard case .mapping(let mapping) = node else {
            return (
                nil,
                [
                    .error(
                        origin.location(of: node),
                        "the front matter must be a mapping of keys to values, such as 'title: …'")
                ]
            )
        }
        var diagnostics: [Diagnostic] = []
        var values: [String: String] = [:]
        var draft = false
        for (key, value) in mapping {
            guard let name = key.scalar?.string, FrontMatter.keys.contains(name) else {
                let name = key.scalar?.string ?? "?"
                diagnostics.append(
                    .error(
                        origin.location(of: key), "unknown front matter key '\(name)'",
                        notes: Suggestions.notes(for: name, in: FrontMatter.keys, listing: "known keys")))
                continue
            }
            if name == "draft" {
                guard let flag = value.bool, value.scalar?.style == .plain else {
                    diagnostics.append(.error(origin.location(of: value), "'draft' must be true or false"))
                    continue
                }
                draft = flag
                continue
            }
            guard let scalar = value.scalar, !scalar.string.isEmpty else {
                diagnostics.append(.error(origin.location(of: value), "'\(name)' must be a non-empty line of text"))
                continue
            }
            switch LiteralText.unescaped(scalar.string) {
            case .success(let text):
                values[name] = text
            case .failure(let bare):
                var location = origin.location(of: value)
                if scalar.style == .plain, !scalar.string.contains("\n") { location.column += bare.offset }
                diagnostics.append(
                    .error(
                        location, "'\(name)' is plain text and cannot hold a reference; write \\{{ for literal braces"))
            }
        }
        guard let title = values["title"] else {
            if diagnostics.isEmpty {
                diagnostics.append(
                    .error(SourceLocation(file: path, line: 1, column: 1), "the front matter has no 'title'"))
            }
            return (nil, diagnostics)
        }
        return (
            diagnostics.isEmpty ? FrontMatter(title: title, summary: values["summary"] ?? "", draft: draft) : nil,
            diagnostics
        )
    }
}
