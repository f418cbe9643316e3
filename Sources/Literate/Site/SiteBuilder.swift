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
    /// Decoded cache entries kept between builds of one process (`course serve`), or nil.
    public var memory: ResultMemory?
    /// Rendered experiment blocks kept between builds of one process (`course serve`), or nil.
    public var renderedBlocks: RenderedBlocks?

    /// Options for building the chapters in `chapters`.
    public init(chapters: String, jobs: Int, cacheDirectory: String?) {
        self.chapters = chapters
        self.jobs = jobs
        self.cacheDirectory = cacheDirectory
    }
}

/// The outcome of a build: diagnostics and, when there are no errors, every output file.
public struct SiteBuild: Sendable {
    /// Problems found, in file order.
    public var diagnostics: [Diagnostic]
    /// Chapters that were run (empty when validation failed).
    public var chapters: [ChapterOutcome]
    /// Output files by name (empty when there are errors).
    public var files: [String: Data]

    /// A build's outcome.
    public init(diagnostics: [Diagnostic], chapters: [ChapterOutcome], files: [String: Data]) {
        self.diagnostics = diagnostics
        self.chapters = chapters
        self.files = files
    }
}

/// Runs the whole pipeline, one stage after the other: parse, run (through the cache), check
/// (claims, references), render. Writes nothing; see ``OutputFolder``.
public enum SiteBuilder {
    /// Builds the course in memory; `parsed` is the chapters folder if the caller has parsed it.
    public static func build(_ options: BuildOptions, parsed: ParsedFolder? = nil) -> SiteBuild {
        let folder = parsed ?? ParsedFolder.parse(options.chapters)
        guard !folder.diagnostics.hasErrors else {
            return SiteBuild(diagnostics: folder.diagnostics, chapters: [], files: [:])
        }
        let chapters = folder.chapters.filter { options.drafts || !$0.frontMatter.draft }
        let (jobs, results) = run(chapters, options)
        let main = jobs.indices.filter { jobs[$0].gridPoint == nil }
        var (outcomes, diagnostics) = OutcomeChecker.check(
            chapters, jobs: main.map { jobs[$0] }, results: main.map { results[$0] }, keepGoing: options.keepGoing)
        diagnostics += GridChecker.attach(to: &outcomes, jobs: jobs, results: results)
        guard !diagnostics.hasErrors else { return SiteBuild(diagnostics: diagnostics, chapters: outcomes, files: [:]) }
        return render(outcomes, course: folder.course, diagnostics: diagnostics, options)
    }

    private static func run(_ chapters: [ParsedChapter], _ options: BuildOptions)
        -> ([ExperimentJob], [Result<ExperimentResult, ExperimentError>])
    {
        let refresh = { (chapter: ParsedChapter, directive: ExperimentDirective) in
            options.refresh.map {
                $0.chapter == chapter.file.slug && ($0.experiment == nil || $0.experiment == directive.id)
            } ?? false
        }
        let jobs =
            ExperimentJob.jobs(for: chapters, refresh: refresh)
            + ExperimentJob.gridJobs(
                for: chapters, refresh: refresh)
        let runner = ExperimentRunner(
            jobs: options.jobs,
            cache: options.cacheDirectory.map { ResultCache(directory: $0, memory: options.memory) },
            progress: options.progress)
        defer { options.progress.finish() }
        return (jobs, runner.run(jobs))
    }

    private static func render(
        _ outcomes: [ChapterOutcome], course: CourseConfiguration, diagnostics: [Diagnostic], _ options: BuildOptions
    ) -> SiteBuild {
        do {
            let theme = try Theme.load(overrideFolder: options.theme)
            var renderer = PageRenderer(theme: theme, chapters: outcomes, course: course)
            renderer.cache = options.cacheDirectory.map { ResultCache(directory: $0, memory: options.memory) }
            renderer.blocks = options.renderedBlocks
            var files = try renderer.renderSite()
            files[OutputFolder.markerName] = OutputFolder.markerContents
            return SiteBuild(
                diagnostics: diagnostics + gridSizeWarnings(outcomes, files: files), chapters: outcomes, files: files)
        } catch {
            let location = SourceLocation(file: options.theme ?? "theme", line: 1, column: 1)
            return SiteBuild(diagnostics: diagnostics + [.error(location, "\(error)")], chapters: outcomes, files: [:])
        }
    }

    /// Readers download a grid file on their first move: over this size, the build warns.
    public static let gridFileWarningSize = 2_000_000

    static func gridSizeWarnings(_ outcomes: [ChapterOutcome], files: [String: Data]) -> [Diagnostic] {
        outcomes.flatMap { outcome in
            outcome.experiments.compactMap { experiment -> Diagnostic? in
                let slug = outcome.chapter.file.slug
                let name = GridFile.name(slug: slug, id: experiment.directive.id)
                guard let size = files[name]?.count, size > gridFileWarningSize else { return nil }
                let page = files["\(slug).html"]?.count ?? 0
                return Diagnostic(
                    .warning, at: experiment.directive.optionLocations["explore"] ?? experiment.directive.location,
                    "the grid file \(name) is \(readableSize(size)) (the page \(readableSize(page))); readers load it on their first move",
                    notes: ["offer fewer values, or show fewer figures with 'show:'"])
            }
        }
    }

    /// E.g. "12 KB" or "2.3 MB".
    public static func readableSize(_ bytes: Int) -> String {
        bytes < 1_000_000
            ? "\(Int((Double(bytes) / 1000).rounded())) KB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
