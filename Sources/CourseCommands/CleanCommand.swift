import ArgumentParser
import Literate

/// `course clean`: remove cache entries that no current directive uses.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the cached results that no experiment of the chapters (drafts included) uses.")

    @OptionGroup var chapterOptions: ChapterOptions

    @Option(help: "The result cache folder.")
    var cache: String = ".cache"

    func run() throws {
        let folder = ParsedFolder.parse(chapterOptions.chapters)
        report(folder.diagnostics)
        guard !folder.diagnostics.hasErrors else {
            printError("Nothing removed: fix the chapters first, so that the entries they use are known.")
            throw ExitCode(1)
        }
        let (removed, kept) = ResultCache(directory: cache).clean(keepingEntriesOf: folder.chapters)
        print("Removed \(removed) unused cache entr\(removed == 1 ? "y" : "ies") from \(cache); kept \(kept).")
    }
}
