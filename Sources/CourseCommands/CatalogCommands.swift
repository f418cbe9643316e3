import ArgumentParser
import Experiments
import Literate

/// `course list`: the chapters and their experiments.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the chapters and their experiments.")

    @OptionGroup var chapterOptions: ChapterOptions

    func run() throws {
        let folder = ParsedFolder.parse(chapterOptions.chapters)
        if folder.files.isEmpty, folder.diagnostics.hasErrors {
            report(folder.diagnostics)
            throw ExitCode(1)
        }
        for file in folder.files {
            let number = String(format: "%02d", file.number)
            guard let chapter = folder.chapter(in: file) else {
                print(number + "  \(file.slug): has errors (run `course check`)")
                continue
            }
            let draft = chapter.frontMatter.draft ? " (draft)" : ""
            print(number + "  \(file.slug)\(draft): \(chapter.frontMatter.title)")
            for directive in chapter.directives {
                print("      \(directive.id): \(directive.kind.name)")
            }
        }
        if !folder.ignored.isEmpty {
            print("Ignored (not NN-slug.md files): " + folder.ignored.joined(separator: ", "))
        }
    }
}

/// `course kinds`: every experiment kind.
struct KindsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kinds", abstract: "List the experiment kinds.")

    func run() throws {
        let width = experimentKinds.map(\.name.count).max() ?? 0
        for kind in experimentKinds {
            print(kind.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + kind.summary)
        }
    }
}

/// `course explain KIND`: a kind's parameters, results, figures and tables.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a kind's parameters (types, defaults, limits), result paths, figures and tables.")

    @Argument(help: "The experiment kind, e.g. activation-gallery.")
    var kind: String

    func validate() throws {
        guard experimentKind(named: kind) == nil else { return }
        let hint =
            Suggestions.closest(to: kind, in: experimentKinds.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
        throw ValidationError("unknown experiment kind '\(kind)'\(hint); `course kinds` lists them")
    }

    func run() throws {
        guard let found = experimentKind(named: kind) else {
            throw ValidationError("unknown experiment kind '\(kind)'")
        }
        var lines = [
            "\(found.name): \(found.summary)", "", "Options (besides id, seed, seeds, expect, show, caption, explore):",
        ]
        for spec in found.parameters {
            lines.append(
                "  \(spec.name): \(spec.type.description); default \(JSONText.render(spec.defaultValue.resultValue))")
            lines.append("      \(spec.help)")
        }
        lines += [
            "", "Cost at the defaults: about \(found.cost(ParameterValues(defaultsOf: found.parameters)).description);",
            "one experiment may use at most \(RunCost.limit.description) (a directive over it is refused before it runs).",
        ]
        lines += [
            "", "Results ({name} is one of a choice parameter's values, {a|b} one of these names,",
            "[name] a 0-based index below the length of that list or the value of that parameter):",
        ]
        lines += found.results.map { "  \($0.pattern): \($0.help)" }
        lines += ["", "Figures and tables (for show:):"]
        lines += found.outputs.map { "  \($0.path): \($0.help)" }
        lines += Self.seedsHelp
        print(lines.joined(separator: "\n"))
    }

    /// How every kind's results look with several seeds.
    static let seedsHelp = [
        "",
        "With several seeds ('seeds: N', 1…\(SeedPlan.maximumSeeds), or 'seeds: [a, b, …]'), each seed is its own run and",
        "the results are addressed as seeds.K.RESULT (run K, from 0) or as mean.RESULT, sd.RESULT (sample",
        "standard deviation), min.RESULT, max.RESULT, element-wise for arrays. A claim on a plain RESULT must",
        "hold on every seed; prose names a statistic or writes {{ id.RESULT | spread }} (\"0.85 ± 0.03 (5 seeds)\")",
        "or {{ id.RESULT | range }} (\"0.80–0.90 over 5 seeds\"), each with an optional number format",
        "('| spread:percent'). Figures draw the mean with a min–max band or whiskers.",
    ]
}
