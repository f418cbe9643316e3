import ArgumentParser
import Literate

/// `course check`: validate every chapter without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate front matter, directives, options, references and claims' syntax without running.")

    @OptionGroup var chapterOptions: ChapterOptions

    func run() throws {
        let folder = ParsedFolder.parse(chapterOptions.chapters)
        report(folder.diagnostics)
        guard !folder.diagnostics.hasErrors else { throw ExitCode(1) }
        let experiments = folder.chapters.map(\.directives.count).reduce(0, +)
        let references = folder.chapters.map(\.references.count).reduce(0, +)
        print(
            "\(folder.files.count) chapters, \(experiments) experiments, \(references) references: no problems found.")
    }
}
