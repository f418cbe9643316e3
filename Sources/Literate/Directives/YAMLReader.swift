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
            return .failure(diagnostic(for: error, origin: origin))
        } catch {
            return .failure(.error(origin.location(of: nil), "malformed YAML: \(error)"))
        }
    }

    private static func diagnostic(for error: YamlError, origin: YAMLOrigin) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
            return .error(origin.location(of: mark), "malformed YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(origin.location(of: context.mark), "duplicate key '\(duplicates.first.map { String(describing: $0) } ?? "?")'")
        default:
            return .error(origin.location(of: nil), "malformed YAML: \(error)")
        }
    }
}
