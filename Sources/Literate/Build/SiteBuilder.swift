import Experiments
import Foundation

/// What `course build` and `course run` need to know.
public struct BuildOptions: Sendable {
    /// The chapters folder.
    public var chapters: String
    /// Experiments run at once.
    public var jobs: Int
    /// The cache folder, or nil to run everything afresh without storing.
    public var cacheDirectory: String?
    /// Failing claims become warnings shown on the page.
    public var keepGoing = false
    /// Build chapters marked `draft: true` too.
    public var drafts = false
    /// A folder whose files replace the default theme's.
    public var theme: String?
    /// Experiments to rerun ignoring the cache: chapter slug, optionally one experiment id.
    public var refresh: (chapter: String, experiment: String?)?
    /// Progress on stderr.
    public var progress = Progress(enabled: false)

    /// Options for building the chapters in `chapters`.
    public init(chapters: String, jobs: Int, cacheDirectory: String?) {
        self.chapters = chapters
        self.jobs = jobs
        self.cacheDirectory = cacheDirectory
    }
}

/// One experiment after running: its directive, results and claim outcomes.
public struct ExperimentOutcome: Sendable {
    /// The directive.
    public var directive: ExperimentDirective
    /// What it produced.
    public var result: ExperimentResult
    /// Every claim, with whether it holds.
    public var claims: [ClaimOutcome]

    /// The results with the parameters used, as references and claims see them.
    public var addressableResults: ResultValue {
        var values = result.values
        values["parameters"] = directive.parameters.resultValue
        return .object(values)
    }
}

/// One chapter after running.
public struct ChapterOutcome: Sendable {
    /// The parsed chapter.
    public var chapter: ParsedChapter
    /// Its experiments, in order.
    public var experiments: [ExperimentOutcome]
}

/// The outcome of a build: diagnostics and, when there are no errors, every output file.
public struct SiteBuild: Sendable {
    /// Problems found, in file order.
    public var diagnostics: [Diagnostic]
    /// Chapters that were run (empty when validation failed).
    public var chapters: [ChapterOutcome]
    /// Output files by name (empty when there are errors).
    public var files: [String: Data]
}

/// Runs the whole pipeline: load, validate, run (through the cache), check claims, resolve
/// references, render pages. Writes nothing; see ``OutputFolder``.
public enum SiteBuilder {
    /// Builds the course in memory.
    public static func build(_ options: BuildOptions) -> SiteBuild {
        var diagnostics: [Diagnostic] = []
        let course: CourseConfiguration
        switch CourseConfiguration.load(forChapters: options.chapters) {
        case .success(let loaded): course = loaded
        case .failure(let error): return SiteBuild(diagnostics: error.diagnostics, chapters: [], files: [:])
        }
        let folder = ChapterFolder(path: options.chapters)
        let files: [ChapterFile]
        do {
            files = try folder.chapters()
        } catch {
            return SiteBuild(diagnostics: diagnosticList(error, at: options.chapters), chapters: [], files: [:])
        }
        var parsed: [ParsedChapter] = []
        for file in files {
            switch ChapterParser.parse(file) {
            case .success(let chapter): if options.drafts || !chapter.frontMatter.draft { parsed.append(chapter) }
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        guard !diagnostics.hasErrors else { return SiteBuild(diagnostics: diagnostics, chapters: [], files: [:]) }

        let jobs = parsed.enumerated().flatMap { index, chapter in
            chapter.directives.map { directive in
                ExperimentJob(
                    chapter: index, directive: directive,
                    refresh: options.refresh.map {
                        $0.chapter == chapter.file.slug && ($0.experiment == nil || $0.experiment == directive.id)
                    } ?? false)
            }
        }
        let runner = ExperimentRunner(
            jobs: options.jobs, cache: options.cacheDirectory.map(ResultCache.init(directory:)),
            progress: options.progress)
        let results = runner.run(jobs)
        options.progress.finish()

        var outcomes = parsed.map { ChapterOutcome(chapter: $0, experiments: []) }
        for (job, result) in zip(jobs, results) {
            switch result {
            case .failure(let error):
                diagnostics.append(
                    .error(job.directive.location, "experiment '\(job.directive.id)' failed: \(error.description)"))
            case .success(let result):
                var outcome = ExperimentOutcome(directive: job.directive, result: result, claims: [])
                let values = outcome.addressableResults
                outcome.claims = job.directive.claims.map { ClaimChecker.evaluate($0, on: values) }
                for claim in outcome.claims where !claim.holds {
                    if claim.isMalformed {
                        diagnostics.append(
                            .error(
                                claim.claim.location, "'\(job.directive.id)': \(claim.explanation)", notes: claim.notes)
                        )
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                options.keepGoing ? .warning : .error, at: claim.claim.location,
                                "claim does not hold: \(claim.explanation)"))
                    }
                }
                outcomes[job.chapter].experiments.append(outcome)
            }
        }
        for outcome in outcomes { diagnostics += referenceDiagnostics(outcome) }
        diagnostics.sort { $0.location < $1.location }
        guard !diagnostics.hasErrors else { return SiteBuild(diagnostics: diagnostics, chapters: outcomes, files: [:]) }

        do {
            let theme = try Theme.load(overrideFolder: options.theme)
            let output = try PageRenderer(theme: theme, chapters: outcomes, course: course).renderSite()
            return SiteBuild(diagnostics: diagnostics, chapters: outcomes, files: output)
        } catch {
            let location = SourceLocation(file: options.theme ?? "theme", line: 1, column: 1)
            return SiteBuild(diagnostics: diagnostics + [.error(location, "\(error)")], chapters: outcomes, files: [:])
        }
    }

    private static func referenceDiagnostics(_ outcome: ChapterOutcome) -> [Diagnostic] {
        let resolver = ReferenceResolver(results: outcome.resultsByID)
        return outcome.chapter.references.compactMap { located in
            guard case .failure(let error) = resolver.text(for: located.reference) else { return nil }
            return .error(located.location, error.message, notes: error.notes)
        }
    }

    private static func diagnosticList(_ error: any Error, at path: String) -> [Diagnostic] {
        if let error = error as? DiagnosticsError { return error.diagnostics }
        return [.error(SourceLocation(file: path, line: 1, column: 1), "\(error)")]
    }
}

extension ChapterOutcome {
    /// Each experiment's addressable results, by id.
    var resultsByID: [String: ResultValue] {
        Dictionary(uniqueKeysWithValues: experiments.map { ($0.directive.id, $0.addressableResults) })
    }

    /// The chapter's results in the shape `course run --json` prints.
    public var resultsDocument: ResultValue {
        .object([
            "chapter": .string(chapter.file.slug),
            "experiments": .array(
                experiments.map { experiment in
                    .object([
                        "id": .string(experiment.directive.id),
                        "kind": .string(experiment.directive.kind.name),
                        "seed": .number(Double(experiment.directive.seed)),
                        "parameters": experiment.directive.parameters.resultValue,
                        "results": .object(experiment.result.values),
                        "claims": .array(
                            experiment.claims.map { claim in
                                var fields: [String: ResultValue] = [
                                    "path": .string(claim.claim.path.joined(separator: ".")),
                                    "condition": .string(claim.claim.text),
                                    "holds": .boolean(claim.holds),
                                ]
                                if let value = claim.value { fields["value"] = value }
                                return .object(fields)
                            }),
                    ])
                }),
        ])
    }
}
