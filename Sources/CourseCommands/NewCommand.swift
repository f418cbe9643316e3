import ArgumentParser
import Foundation
import Literate

/// `course new SLUG --title T`: scaffold the next chapter with a working directive.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create chapters/NN-SLUG.md, numbered after the last chapter, with a working example directive.")

    @Argument(help: "The new chapter's slug: lowercase letters, digits and hyphens.")
    var slug: String

    @Option(help: "The chapter's title.")
    var title: String

    @Option(help: "One sentence for the index page (left out, the index shows the title alone).")
    var summary: String?

    @OptionGroup var chapterOptions: ChapterOptions

    func validate() throws {
        guard ChapterFile.isValidSlug(slug) else {
            throw ValidationError(
                "'\(slug)' is not a slug: use lowercase letters, digits and single hyphens (no '/', '.' or spaces)")
        }
        for (option, text) in [("--title", title), ("--summary", summary ?? "x")] {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty, !text.contains("\n") else {
                throw ValidationError("\(option) must be one non-empty line")
            }
        }
    }

    func run() throws {
        let existing = try reportingDiagnostics { try ChapterFolder(path: chapterOptions.chapters).chapters() }
        if let twin = existing.first(where: { $0.slug == slug }) {
            throw ValidationError("\(twin.path) already uses the slug '\(slug)'")
        }
        let number = (existing.map(\.number).max() ?? -1) + 1
        guard String(number).count <= ChapterFile.maximumNumberDigits else {
            throw ValidationError(
                "the last chapter's number is the largest a chapter may have; renumber the chapters first")
        }
        let name = String(format: "%02d-%@.md", number, slug)
        let path = (chapterOptions.chapters as NSString).appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: path) else { throw ValidationError("\(path) already exists") }
        guard FileManager.default.createFile(atPath: path, contents: Data(template.utf8)) else {
            throw ValidationError("cannot write \(path)")
        }
        print("Created \(path). Build it with: .build/release/course run \(slug)")
    }

    private var template: String {
        // Titles and summaries are literal text: `{{` would start a reference, so it is written
        // `\{{`; the YAML single-quoted form needs only its quote doubled.
        func quoted(_ text: String) -> String {
            "'" + text.replacing("{{", with: "\\{{").replacing("'", with: "''") + "'"
        }
        let summaryLine = summary.map { "summary: " + quoted($0) } ?? "# summary: one sentence for the index page"
        let heading = title.map { $0 != "{" && $0.isASCII && $0.isPunctuationOrSymbol ? "\\\($0)" : "\($0)" }.joined()
            .replacing("{{", with: "\\{{")
        return """
            ---
            title: \(quoted(title))
            \(summaryLine)
            ---

            # \(heading)

            Say what question this chapter answers, then run an experiment that settles it.

            ```{experiment} activation-gallery
            id: shapes
            activations: [relu, sigmoid]
            at: 2
            expect:
              derivative.sigmoid: "< derivative.relu"
            caption:
              functions: ReLU and the sigmoid.
              derivatives: Their slopes. ReLU's stays at 1 for every positive input.
            ```

            At z = {{ shapes.parameters.at }} the sigmoid's slope is {{ shapes.derivative.sigmoid | fixed:3 }}, while ReLU's is {{ shapes.derivative.relu }}.

            """
    }
}

extension Character {
    /// ASCII punctuation and symbols: the characters CommonMark lets a backslash escape.
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
