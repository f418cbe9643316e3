import Experiments

/// Renders what the page scripts swap in to show another run of an experiment than the one its
/// page was built with (a grid point of `explore:`, or a rerun under `course serve`): the HTML of
/// its figures and tables, the formatted text of every reference the chapter makes to the
/// experiment, keyed as written, each claim's verdict, and the lines that say what is shown.
/// The page scripts format nothing: they swap in what this renders.
struct PointObjectRenderer {
    /// The run the page shows.
    let original: ExperimentOutcome
    /// The page's chapter.
    let chapter: ChapterOutcome
    /// The number of the experiment's first figure on the page.
    let firstNumber: Int
    private var originalParts: [String: String]
    private var originalTexts: [String: String]
    private let sharedAxes: [String: SharedAxes]
    private let references: [Reference]
    private let proseKeys: Set<String>

    /// A renderer against `original`, the run the page of `chapter` shows.
    init(original: ExperimentOutcome, in chapter: ChapterOutcome, firstNumber: Int) {
        self.original = original
        self.chapter = chapter
        self.firstNumber = firstNumber
        references = chapter.chapter.references.map(\.reference).filter { $0.id == original.directive.id }
        proseKeys = Set(chapter.chapter.proseReferenceKeys)
        sharedAxes = SharedAxes.of(original)
        originalParts = [:]
        originalTexts = [:]
        originalParts = parts(of: original, setting: nil)
        originalTexts = texts(with: resolver(for: original))
    }

    /// The point object for `point`, its figures titled with `setting`. With `onlyChanged`, a part
    /// whose HTML equals the page's but for the setting is left out (the page keeps its own).
    /// `status` gets how many parts and how many of the text's numbers changed.
    func object(
        for point: ExperimentOutcome, setting: String, onlyChanged: Bool,
        status: (_ changes: (parts: Int, numbers: Int)) -> String
    ) -> ResultValue {
        let rendered = parts(of: point, setting: setting)
        let changed = rendered.filter { originalParts[$0.key].map(withoutSetting) != withoutSetting($0.value) }
        let texts = texts(with: resolver(for: point))
        let movedNumbers = texts.filter { proseKeys.contains($0.key) && $0.value != originalTexts[$0.key] }.count
        return .object([
            "parts": .object((onlyChanged ? changed : rendered).mapValues(ResultValue.string)),
            "refs": .object(texts.mapValues(ResultValue.string)),
            "summary": .string(ExploreControls.summary(point.claims)),
            "setting": .string("(" + setting + ")"),
            "status": .string(status((changed.count, movedNumbers))),
            "claims": .array(
                point.claims.map { claim in
                    .object(["holds": .boolean(claim.holds), "text": .string(ExploreControls.verdict(claim.holds))])
                }),
        ])
    }

    /// A part's HTML without the setting shown after figure titles.
    private func withoutSetting(_ html: String) -> String {
        html.replacing(#/ ?<span class="plot-setting">[^<]*<\/span>/#, with: "")
    }

    /// Each reference's text, keyed as the page's spans are ("—" where it cannot be printed).
    private func texts(with resolver: ReferenceResolver) -> [String: String] {
        Dictionary(
            references.map { reference in
                (ReferenceResolver.key(of: reference), (try? resolver.text(for: reference).get()) ?? "—")
            }, uniquingKeysWith: { first, _ in first })
    }

    /// A resolver that sees `point`'s results for its experiment and the chapter's for the others.
    private func resolver(for point: ExperimentOutcome) -> ReferenceResolver {
        var results = chapter.resultsByID
        results[point.directive.id] = point.addressableResults
        return ReferenceResolver(results: results)
    }

    /// Every swappable part of `point`'s block (`figure:NAME`, `table:NAME`), with its captions
    /// filled in from `point`'s results.
    private func parts(of point: ExperimentOutcome, setting: String?) -> [String: String] {
        let resolver = resolver(for: point)
        var directive = point.directive
        directive.caption = resolver.substituteCaption(directive.caption)
        directive.figureCaptions = directive.figureCaptions.mapValues(resolver.substituteCaption)
        var html = FigureHTML(
            directive: directive, runs: point.runs, firstNumber: firstNumber, slug: chapter.chapter.file.slug,
            failedClaims: [])
        html.setting = setting
        html.sharedAxes = sharedAxes
        var parts: [String: String] = [:]
        for block in html.figureBlocks() { parts["figure:" + block.name] = block.html }
        for block in html.tableBlocks() { parts["table:" + block.name] = block.html }
        return parts
    }
}
