import Yams

/// Where a YAML text starts in its file, so marks (relative to the text) become file locations.
struct YAMLOrigin: Sendable {
    /// The file.
    var file: String
    /// File line of the YAML text's first line.
    var line: Int
    /// File column of the YAML text's first column.
    var column: Int

    /// The file location of a YAML mark.
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: line, column: column) }
        return SourceLocation(file: file, line: line + mark.line - 1, column: column + mark.column - 1)
    }

    /// The file location of a node.
    func location(of node: Node) -> SourceLocation { location(of: node.mark) }
}

/// Composes YAML into nodes (never constructing `Any`, so aliases are never expanded) and turns
/// parse errors into located diagnostics.
enum YAMLReader {
    /// Texts longer than this are refused before parsing.
    static let maximumLength = 100_000

    /// The composed node (nil for an empty text), or a located error.
    static func compose(_ yaml: String, origin: YAMLOrigin) -> Result<Node?, Diagnostic> {
        guard yaml.utf8.count <= maximumLength else {
            return .failure(.error(origin.location(of: nil), "this YAML block is longer than \(maximumLength) bytes"))
        }
        do {
            return .success(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, origin: origin))
        } catch {
            return .failure(.error(origin.location(of: nil), "malformed YAML: \(error)"))
        }
    }

    private static func diagnostic(for error: YamlError, yaml: String, origin: YAMLOrigin) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let hint = YAMLHints.hint(context: context, problem: problem, mark: mark, yaml: yaml, origin: origin) {
                return .error(hint.location, hint.message)
            }
            let detail = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
            return .error(origin.location(of: mark), "malformed YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let location =
                secondOccurrence(of: key, in: yaml, after: context.mark).map { line, column in
                    SourceLocation(file: origin.file, line: origin.line + line - 1, column: origin.column + column - 1)
                } ?? origin.location(of: context.mark)
            return .error(location, "option '\(key)' is given twice")
        default:
            return .error(origin.location(of: nil), "malformed YAML: \(error)")
        }
    }

    /// Where `key:` starts a line for the second time at or after `start` (Yams reports only the mapping).
    private static func secondOccurrence(of key: String, in yaml: String, after start: Mark) -> (
        line: Int, column: Int
    )? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        for (index, line) in lines.enumerated() where index + 1 >= start.line {
            let indentation = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indentation)
            guard rest.hasPrefix(key), rest.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix(":")
            else { continue }
            seen += 1
            if seen == 2 { return (index + 1, indentation + 1) }
        }
        return nil
    }
}
