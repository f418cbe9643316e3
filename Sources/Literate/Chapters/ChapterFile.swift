import Foundation

/// A chapter file `NN-slug.md` in the chapters folder.
public struct ChapterFile: Sendable, Hashable {
    /// The path used in diagnostics (as the folder was given, plus the file name).
    public var path: String
    /// The chapter's place in the course (`NN`).
    public var number: Int
    /// The file name without `.md`, e.g. `02-relu-both-passes`.
    public var stem: String
    /// The stem without `NN-`, e.g. `relu-both-passes`; the page is `SLUG.html`.
    public var slug: String

    /// Chapter numbers have at most this many digits (`NN` is two or more).
    public static let maximumNumberDigits = 9

    /// Parses a file name of the form `NN-slug.md`; nil for any other name.
    public init?(path: String) {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".md") else { return nil }
        let stem = String(name.dropLast(3))
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        let rest = stem.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= Self.maximumNumberDigits, rest.hasPrefix("-"), let number = Int(digits)
        else {
            return nil
        }
        let slug = String(rest.dropFirst())
        guard Self.isValidSlug(slug) else { return nil }
        self.path = path
        self.number = number
        self.stem = stem
        self.slug = slug
    }

    /// Lowercase letters, digits and single hyphens, starting with a letter or digit.
    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 80 && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
            && slug.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// Whether `reference` names this chapter: its path, file name, stem, slug or number.
    public func matches(_ reference: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        if [path, name, stem, slug].contains(reference) { return true }
        if let number = Int(reference) { return number == self.number }
        return (reference as NSString).standardizingPath == (path as NSString).standardizingPath
    }
}

/// The chapters folder.
public struct ChapterFolder: Sendable {
    /// The folder as given (used to build diagnostic paths).
    public var path: String

    /// The folder at `path`.
    public init(path: String) {
        self.path = path
    }

    /// Every chapter file in course order, or diagnostics for slugs used twice.
    public func chapters() throws -> [ChapterFile] {
        try scan().chapters
    }

    /// The chapter files in course order, and the names in the folder that are not chapters
    /// (hidden files, other names, anything that is not a regular file), which are ignored.
    public func scan() throws -> (chapters: [ChapterFile], ignored: [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([.error(SourceLocation(file: path, line: 1, column: 1), "chapters folder not found")]
            )
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        var chapters: [ChapterFile] = []
        var ignored: [String] = []
        var bySlug: [String: ChapterFile] = [:]
        var diagnostics: [Diagnostic] = []
        for name in names {
            let filePath = (path as NSString).appendingPathComponent(name)
            guard !name.hasPrefix("."), let chapter = ChapterFile(path: filePath), Self.isRegularFile(filePath) else {
                ignored.append(name)
                continue
            }
            if let twin = bySlug[chapter.slug] {
                diagnostics.append(
                    .error(
                        SourceLocation(file: filePath, line: 1, column: 1),
                        "slug '\(chapter.slug)' is already used by \(twin.path); pages would collide"))
                continue
            }
            bySlug[chapter.slug] = chapter
            chapters.append(chapter)
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return (chapters.sorted { ($0.number, $0.stem) < ($1.number, $1.stem) }, ignored)
    }

    /// Whether `path` is (or links to) a regular file.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
