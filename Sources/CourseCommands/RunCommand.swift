import ArgumentParser
import Experiments
import Literate

/// `course run CHAPTER`: rerun one chapter's experiments, rebuild the site, print the results.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Rerun one chapter's experiments (ignoring the cache), rebuild the site, and print the results.")

    @Argument(help: "The chapter: its path, file stem, slug or number.")
    var chapter: String

    @Option(help: "Rerun only the experiment with this id.")
    var experiment: String?

    @Flag(help: "Print the results as JSON (the shape of SLUG.results.json).")
    var json = false

    @OptionGroup var chapterOptions: ChapterOptions
    @OptionGroup var flags: BuildFlags

    func validate() throws {
        guard !chapter.isEmpty else { throw ValidationError("name a chapter: its path, file stem, slug or number") }
        let folder = ChapterFolder(path: chapterOptions.chapters)
        guard let file = try reportingDiagnostics({ try folder.chapters() }).first(where: { $0.matches(chapter) })
        else {
            let slugs = (try? folder.chapters().map(\.slug)) ?? []
            let hint = Suggestions.closest(to: chapter, in: slugs).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError(
                "no chapter named '\(chapter)' in \(chapterOptions.chapters)\(hint); `course list` shows them")
        }
        if let experiment, case .success(let parsed) = ChapterParser.parse(file),
            !parsed.directives.contains(where: { $0.id == experiment })
        {
            let ids = parsed.directives.map(\.id)
            let hint = Suggestions.closest(to: experiment, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError(
                "\(file.path) has no experiment '\(experiment)'\(hint); its experiments are: \(ids.joined(separator: ", "))"
            )
        }
    }

    func run() throws {
        let folder = ParsedFolder.parse(chapterOptions.chapters)
        guard let file = folder.files.first(where: { $0.matches(chapter) }), let parsed = folder.chapter(in: file)
        else {
            report(folder.diagnostics)
            throw ExitCode(1)
        }
        let output = try flags.checkedOutput(chapters: chapterOptions.chapters)
        var options = flags.buildOptions(chapters: chapterOptions.chapters)
        options.refresh = (file.slug, experiment)
        options.drafts = options.drafts || parsed.frontMatter.draft
        let build = SiteBuilder.build(options, parsed: folder)
        report(build.diagnostics)
        // The results are printed even when a claim fails: they are what an author needs to see.
        if var selected = build.chapters.first(where: { $0.chapter.file.slug == file.slug }) {
            if let experiment { selected.experiments = selected.experiments.filter { $0.directive.id == experiment } }
            print(json ? JSONText.render(selected.resultsDocument) : summary(selected))
        }
        guard !build.diagnostics.hasErrors else { throw ExitCode(1) }
        try flags.write(build.files, to: output, chapters: chapterOptions.chapters)
    }

    private func summary(_ outcome: ChapterOutcome) -> String {
        var lines = ["\(outcome.chapter.file.slug): \(outcome.chapter.frontMatter.title)"]
        for experiment in outcome.experiments {
            let directive = experiment.directive
            let seeds = directive.hasSeveralSeeds ? "\(directive.runSeeds.count) seeds from seed" : "seed"
            lines.append("  \(directive.id) (\(directive.kind.name), \(seeds) \(directive.seed))")
            guard case .object(let values) = experiment.resultsWithoutParameters else { continue }
            var fields = values.keys.sorted().map { ($0, values[$0]!) }
            if directive.hasSeveralSeeds {
                fields = ["mean", "sd"].flatMap { name -> [(String, ResultValue)] in
                    guard case .object(let statistics)? = values[name] else { return [] }
                    return statistics.keys.sorted().map { ("\(name).\($0)", statistics[$0]!) }
                }
            }
            for (name, value) in fields { lines.append("    \(name): \(brief(value))") }
            for claim in experiment.claims {
                let verdict = claim.holds ? "" : " — " + claim.explanation
                lines.append(
                    "    \(claim.holds ? "✓" : "✗") \(claim.claim.path.joined(separator: ".")) \(claim.claim.text)\(verdict)"
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    private func brief(_ value: ResultValue) -> String {
        let text = JSONText.render(value).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        return text.count > 100 ? String(text.prefix(100)) + "…" : text
    }
}
