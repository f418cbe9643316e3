/// A chapters folder read and validated: the one parse entry point every command uses.
public struct ParsedFolder: Sendable {
    /// The course's settings (`course.yml` beside the folder, or the defaults).
    public var course: CourseConfiguration
    /// The chapter files, in course order.
    public var files: [ChapterFile]
    /// Names in the folder that are not chapters.
    public var ignored: [String]
    /// Every chapter that parsed, drafts included, in course order.
    public var chapters: [ParsedChapter]
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]

    /// Reads and validates the chapters folder at `path` (and the `course.yml` beside it).
    public static func parse(_ path: String) -> ParsedFolder {
        var folder = ParsedFolder(course: CourseConfiguration(), files: [], ignored: [], chapters: [], diagnostics: [])
        switch CourseConfiguration.load(forChapters: path) {
        case .success(let course): folder.course = course
        case .failure(let error): folder.diagnostics += error.diagnostics
        }
        do {
            (folder.files, folder.ignored) = try ChapterFolder(path: path).scan()
        } catch let error as DiagnosticsError {
            folder.diagnostics += error.diagnostics
        } catch {
            folder.diagnostics.append(
                .error(SourceLocation(file: path, line: 1, column: 1), "cannot read the folder: \(error)"))
        }
        for file in folder.files {
            switch ChapterParser.parse(file) {
            case .success(let chapter): folder.chapters.append(chapter)
            case .failure(let error): folder.diagnostics += error.diagnostics
            }
        }
        return folder
    }

    /// The parsed chapter in `file`, if it parsed.
    public func chapter(in file: ChapterFile) -> ParsedChapter? {
        chapters.first { $0.file == file }
    }
}
