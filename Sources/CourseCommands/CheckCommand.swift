import ArgumentParser
import Literate

/// `course check`: validate every chapter without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate front matter, directives, options, references and claims' syntax without running.")

    @OptionGroup var chapterOptions: ChapterOptions

    func run() throws {
        let files = try reportingDiagnostics { try ChapterFolder(path: chapterOptions.chapters).chapters() }
        var diagnostics: [Diagnostic] = []
        if case .failure(let error) = CourseConfiguration.load(forChapters: chapterOptions.chapters) {
            diagnostics += error.diagnostics
        }
        var experiments = 0
        var references = 0
        for file in files {
            switch ChapterParser.parse(file) {
            case .success(let chapter):
                experiments += chapter.directives.count
                references += chapter.references.count
            case .failure(let error):
                diagnostics += error.diagnostics
            }
        }
        report(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitCode(1) }
        print("\(files.count) chapters, \(experiments) experiments, \(references) references: no problems found.")
    }
}
