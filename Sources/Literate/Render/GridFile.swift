import Experiments

/// An explored experiment's grid file: one point object per grid point, which the page loads with
/// a `<script>` element (so it works from `file://`) on the reader's first move.
///
/// A point object holds the HTML of each figure and table whose rendering differs from the
/// default point's (the page keeps the default's), the formatted text of every reference the
/// chapter makes to the experiment, keyed as written, and each claim's verdict there. The page
/// script formats nothing: it swaps in what it is given.
enum GridFile {
    /// The file name next to the page, e.g. `dim-digits.light.grid.js`.
    static func name(slug: String, id: String) -> String { "\(slug).\(id).grid.js" }

    /// The file's text for `outcome` (which has grid points) on the page of `chapter`.
    static func render(_ outcome: ExperimentOutcome, in chapter: ChapterOutcome, firstNumber: Int) -> String {
        let slug = chapter.chapter.file.slug
        let id = outcome.directive.id
        let references = chapter.chapter.references.map(\.reference).filter { $0.id == id }
        let defaultParts = parts(of: outcome, in: chapter, firstNumber: firstNumber)
        let defaultTexts = texts(of: references, with: resolver(for: outcome, in: chapter))
        let prose = Set(chapter.chapter.proseReferenceKeys)
        let points = outcome.gridPoints.map { point -> ResultValue in
            let resolver = resolver(for: point, in: chapter)
            // A figure whose only difference is the setting after its title is not sent: the page
            // script rewrites every such setting itself.
            let changed = parts(of: point, in: chapter, firstNumber: firstNumber).filter {
                defaultParts[$0.key].map(withoutSetting) != withoutSetting($0.value)
            }
            let texts = Self.texts(of: references, with: resolver)
            let movedNumbers = texts.filter { prose.contains($0.key) && $0.value != defaultTexts[$0.key] }.count
            return .object([
                "parts": .object(changed.mapValues(ResultValue.string)),
                "refs": .object(texts.mapValues(ResultValue.string)),
                "summary": .string(ExploreControls.summary(point.claims)),
                "setting": .string("(" + ExploreControls.setting(of: point.directive) + ")"),
                "status": .string(
                    ExploreControls.status(at: point, default: outcome, changes: (changed.count, movedNumbers))),
                "claims": .array(
                    point.claims.map { claim in
                        .object([
                            "holds": .boolean(claim.holds), "text": .string(ExploreControls.verdict(claim.holds)),
                        ])
                    }),
            ])
        }
        let document = ResultValue.object([
            "default": .number(Double(outcome.directive.explore?.defaultPoint ?? 0)), "points": .array(points),
        ])
        return "// The runs behind the controls of experiment \(JSONText.quote(id)) on \(slug).html.\n"
            + "courseGridLoaded(\(JSONText.quote(id)), \(JSONText.render(document)));\n"
    }

    /// A part's HTML without the setting shown after figure titles.
    private static func withoutSetting(_ html: String) -> String {
        html.replacing(#/<span class="plot-setting">[^<]*<\/span>/#, with: "")
    }

    /// Each reference's text, keyed as the page's spans are ("—" where it cannot be printed).
    private static func texts(of references: [Reference], with resolver: ReferenceResolver) -> [String: String] {
        Dictionary(
            references.map { reference in
                (ReferenceResolver.key(of: reference), (try? resolver.text(for: reference).get()) ?? "—")
            }, uniquingKeysWith: { first, _ in first })
    }

    /// A resolver that sees `point`'s results for its experiment and the chapter's for the others.
    private static func resolver(for point: ExperimentOutcome, in chapter: ChapterOutcome) -> ReferenceResolver {
        var results = chapter.resultsByID
        results[point.directive.id] = point.addressableResults
        return ReferenceResolver(results: results)
    }

    /// Every swappable part of `point`'s block (`figure:NAME`, `table:NAME`), with its captions
    /// filled in from `point`'s results.
    private static func parts(of point: ExperimentOutcome, in chapter: ChapterOutcome, firstNumber: Int) -> [String:
        String]
    {
        let resolver = resolver(for: point, in: chapter)
        var directive = point.directive
        directive.caption = resolver.substituteCaption(directive.caption)
        directive.figureCaptions = directive.figureCaptions.mapValues(resolver.substituteCaption)
        let html = FigureHTML(
            directive: directive, runs: point.runs, firstNumber: firstNumber, slug: chapter.chapter.file.slug,
            failedClaims: [])
        var parts: [String: String] = [:]
        for block in html.figureBlocks() { parts["figure:" + block.name] = block.html }
        for block in html.tableBlocks() { parts["table:" + block.name] = block.html }
        return parts
    }
}
