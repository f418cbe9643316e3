import Experiments
import Foundation
import Mustache
import Synchronization

/// Renders every page of the site from the chapters' outcomes.
struct PageRenderer: Sendable {
    let theme: Theme
    let chapters: [ChapterOutcome]
    let course: CourseConfiguration
    /// Where rendered grid files are kept between builds, or nil.
    var cache: ResultCache? = nil
    /// Rendered experiment blocks kept between builds of one process, or nil.
    var blocks: RenderedBlocks? = nil

    /// What every page shows of the course: its title and the footer's credits.
    private var courseContext: [String: Any] {
        var context: [String: Any] = ["courseTitle": course.title, "courseSummary": course.description]
        let repository = course.repository.isEmpty ? "" : "<a href=\"\(escapeHTML(course.repository))\">source</a>"
        let credits = [escapeHTML(course.author), escapeHTML(course.license), repository].filter { !$0.isEmpty }
        if !credits.isEmpty { context["credits"] = credits.joined(separator: " · ") }
        return context
    }

    /// Output files by name: `index.html`, the assets, and per chapter `SLUG.html`,
    /// `SLUG.results.json` and a grid file per explored experiment (``GridFile``).
    /// Chapters are rendered in parallel (each page depends only on its own outcome).
    func renderSite() throws -> [String: Data] {
        let pages = Mutex([String: Data]())
        let sections = Mutex([[SearchIndex.Section]](repeating: [], count: chapters.count))
        DispatchQueue.concurrentPerform(iterations: chapters.count) { index in
            let outcome = chapters[index]
            let slug = outcome.chapter.file.slug
            let (page, grids, pageSections) = renderPage(outcome, index: index)
            let results = Data((JSONText.render(outcome.resultsDocument) + "\n").utf8)
            pages.withLock {
                $0["\(slug).html"] = Data(page.utf8)
                $0["\(slug).results.json"] = results
                for (name, text) in grids { $0[name] = Data(text.utf8) }
            }
            // Drafts are built with --drafts, but not found by search.
            if !outcome.chapter.frontMatter.draft { sections.withLock { $0[index] = pageSections } }
        }
        var files = theme.assets
        files.merge(pages.withLock { $0 }) { $1 }
        files["index.html"] = Data(renderIndex().utf8)
        files[SearchIndex.fileName] = Data(SearchIndex.render(sections.withLock { $0 }.flatMap { $0 }).utf8)
        return files
    }

    /// The page, the grid files of its explored experiments by name, and its search sections.
    private func renderPage(_ outcome: ChapterOutcome, index: Int) -> (
        page: String, grids: [String: String], sections: [SearchIndex.Section]
    ) {
        let chapter = outcome.chapter
        let resolver = ReferenceResolver(results: outcome.resultsByID)
        let firstNumbers = FigureHTML.firstNumbers(of: outcome.experiments)
        let byBlock = Dictionary(
            uniqueKeysWithValues: outcome.experiments.enumerated().map {
                ($1.directive.blockOrdinal, (firstNumbers[$0], $1))
            })
        let experimentIDs = Set(outcome.experiments.map(\.directive.id))
        var grids: [String: String] = [:]
        var headingIDs = HeadingIDs(taken: Set(outcome.experiments.map(\.directive.id)))
        let (body, headings) = CommonMark.render(
            chapter.body,
            directiveHTML: { block in
                guard let (number, experiment) = byBlock[block.ordinal] else { return "" }
                var directive = experiment.directive
                directive.caption = resolver.substituteCaption(directive.caption)
                directive.figureCaptions = directive.figureCaptions.mapValues(resolver.substituteCaption)
                var html = FigureHTML(
                    directive: directive, runs: experiment.runs, firstNumber: number,
                    slug: chapter.file.slug, failedClaims: experiment.claims.filter { !$0.holds })
                if !experiment.gridPoints.isEmpty {
                    html.setting = ExploreControls.setting(of: directive)
                    html.sharedAxes = SharedAxes.of(experiment)
                    let name = GridFile.name(slug: chapter.file.slug, id: directive.id)
                    html.controls = ExploreControls.html(
                        for: experiment, gridFile: name,
                        proseReferences: chapter.proseReferenceKeys.contains { $0.hasPrefix(directive.id + ".") })
                    grids[name] = renderGrid(experiment, in: outcome, firstNumber: number)
                }
                guard let blocks else { return html.render() }
                return blocks.block(for: RenderedBlocks.key(of: html, slug: chapter.file.slug)) { html.render() }
            },
            text: { run in resolver.pieces(run.text, marking: experimentIDs) },
            headingID: { text in headingIDs.unique(for: text) })
        let contents = headings.filter { $0.level <= 3 }
        let link = { (neighbour: ChapterOutcome) -> [String: Any] in
            ["href": "\(neighbour.chapter.file.slug).html", "title": neighbour.chapter.frontMatter.title]
        }
        var context = courseContext
        context.merge(
            [
                "title": chapter.frontMatter.title,
                "summary": chapter.frontMatter.summary,
                "body": body,
                "toc": contents.map { ["level": $0.level, "id": $0.id, "text": $0.text] as [String: Any] },
                "tocItems": contents.map {
                    "<li class=\"toc-level-\($0.level)\"><a href=\"#\($0.id)\">\(escapeHTML($0.text))</a></li>\n"
                }.joined(),
                "warnings": outcome.experiments.flatMap(\.claims).filter { !$0.holds }.map {
                    "A claim of this page does not hold: \($0.explanation)"
                },
            ] as [String: Any]
        ) { $1 }
        context["slug"] = chapter.file.slug
        context["resultsFile"] = "\(chapter.file.slug).results.json"
        context["chapterLinks"] = chapters.filter { !$0.chapter.frontMatter.draft || $0.chapter.file == chapter.file }
            .map { other -> [String: Any] in
                [
                    "href": "\(other.chapter.file.slug).html", "title": other.chapter.frontMatter.title,
                    "number": other.chapter.file.number, "current": other.chapter.file == chapter.file,
                ]
            }
        if index > 0 { context["previous"] = link(chapters[index - 1]) }
        if index + 1 < chapters.count { context["next"] = link(chapters[index + 1]) }
        let sections = SearchIndex.sections(
            ofBody: body, page: "\(chapter.file.slug).html", chapter: chapter.frontMatter.title)
        return (theme.page.render(context), grids, sections)
    }

    /// The grid file of `experiment`, from the cache when everything it is made from is unchanged.
    private func renderGrid(_ experiment: ExperimentOutcome, in outcome: ChapterOutcome, firstNumber: Int) -> String {
        guard let cache else { return GridFile.render(experiment, in: outcome, firstNumber: firstNumber) }
        let references = outcome.chapter.references.map(\.reference).filter { $0.id == experiment.directive.id }
        let key = cache.gridKey(
            slug: outcome.chapter.file.slug, directive: experiment.directive, firstNumber: firstNumber,
            references: references.map(\.source), chapter: outcome.chapter)
        if let stored = cache.loadGrid(key) { return stored }
        let text = GridFile.render(experiment, in: outcome, firstNumber: firstNumber)
        cache.storeGrid(text, key: key)
        return text
    }

    private func renderIndex() -> String {
        var context = courseContext
        // Drafts get pages (with --drafts) but never a place in the index.
        context["chapters"] = chapters.filter { !$0.chapter.frontMatter.draft }.map { outcome -> [String: Any] in
            let chapter = outcome.chapter
            return [
                "number": chapter.file.number, "href": "\(chapter.file.slug).html",
                "title": chapter.frontMatter.title, "summary": chapter.frontMatter.summary,
            ]
        }
        return theme.index.render(context)
    }
}

/// Stable heading ids: lowercase words joined by hyphens, made unique with `-2`, `-3`, ….
struct HeadingIDs {
    /// Ids in use (experiment ids and headings so far).
    private var taken: Set<String>
    /// The next suffix to try for each base id, so that repeated headings cost no rescans.
    private var nextSuffix: [String: Int] = [:]

    /// Ids that are already in use on the page.
    init(taken: Set<String>) {
        self.taken = taken
    }

    /// A new id for a heading with plain text `text`.
    mutating func unique(for text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        let base = words.isEmpty ? "section" : words.joined(separator: "-")
        var candidate = base
        while taken.contains(candidate) {
            let suffix = nextSuffix[base, default: 2]
            nextSuffix[base] = suffix + 1
            candidate = "\(base)-\(suffix)"
        }
        taken.insert(candidate)
        return candidate
    }
}
