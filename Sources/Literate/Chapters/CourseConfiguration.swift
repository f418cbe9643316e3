import Foundation
import Yams

/// The course's own settings, from an optional `course.yml` beside the chapters folder.
public struct CourseConfiguration: Sendable, Equatable {
    /// The course's title (header, index, every page's `<title>`).
    public var title = "A literate course"
    /// One or two sentences under the title on the index.
    public var description = ""
    /// Who wrote it (footer).
    public var author = ""
    /// Under what terms (footer).
    public var license = ""
    /// Where its source lives, an http(s) link (footer).
    public var repository = ""

    static let keys = ["title", "description", "author", "license", "repository"]

    /// The settings file for a chapters folder: `course.yml` in the folder that holds it.
    public static func path(forChapters chapters: String) -> String {
        let parent = ((chapters as NSString).standardizingPath as NSString).deletingLastPathComponent
        return ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent("course.yml")
    }

    /// The settings in `course.yml` beside `chapters` (the defaults when there is none), or
    /// located errors.
    public static func load(forChapters chapters: String) -> Result<CourseConfiguration, DiagnosticsError> {
        let path = path(forChapters: chapters)
        guard FileManager.default.fileExists(atPath: path) else { return .success(CourseConfiguration()) }
        switch SourceText.read(path) {
        case .failure(let diagnostic): return .failure(DiagnosticsError([diagnostic]))
        case .success(let text): return parse(text, path: path)
        }
    }

    /// Parses the text of a `course.yml` read from `path`.
    static func parse(_ text: String, path: String) -> Result<CourseConfiguration, DiagnosticsError> {
        let origin = YAMLOrigin(file: path, line: 1, column: 1)
        let node: Node
        switch YAMLReader.compose(text, origin: origin) {
        case .failure(let diagnostic): return .failure(DiagnosticsError([diagnostic]))
        case .success(let composed): node = composed ?? .mapping(Node.Mapping([]))
        }
        guard case .mapping(let mapping) = node else {
            return .failure(
                DiagnosticsError([
                    .error(
                        origin.location(of: node), "course.yml must be a mapping of keys to values, such as 'title: …'")
                ]))
        }
        var configuration = CourseConfiguration()
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            let name = key.scalar?.string ?? "?"
            guard Self.keys.contains(name) else {
                diagnostics.append(
                    .error(
                        origin.location(of: key), "unknown course.yml key '\(name)'",
                        notes: Suggestions.notes(for: name, in: Self.keys, listing: "known keys")))
                continue
            }
            guard let text = value.scalar?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty,
                !text.contains("\n")
            else {
                diagnostics.append(.error(origin.location(of: value), "'\(name)' must be one non-empty line of text"))
                continue
            }
            switch name {
            case "title": configuration.title = text
            case "description": configuration.description = text
            case "author": configuration.author = text
            case "license": configuration.license = text
            default:
                guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(" ") else {
                    diagnostics.append(
                        .error(
                            origin.location(of: value),
                            "'repository' must be an http(s) link, such as https://example.org/course"))
                    continue
                }
                configuration.repository = text
            }
        }
        return diagnostics.isEmpty ? .success(configuration) : .failure(DiagnosticsError(diagnostics))
    }
}
