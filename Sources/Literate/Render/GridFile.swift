import Experiments

/// An explored experiment's grid file: one point object (``PointObjectRenderer``) per grid point,
/// which the page loads with a `<script>` element (so it works from `file://`) on the reader's
/// first move. A point holds only the figures and tables whose rendering differs from the
/// default point's; the page keeps the default's.
enum GridFile {
    /// The file name next to the page, e.g. `dim-digits.light.grid.js`.
    static func name(slug: String, id: String) -> String { "\(slug).\(id).grid.js" }

    /// The file's text for `outcome` (which has grid points) on the page of `chapter`.
    static func render(_ outcome: ExperimentOutcome, in chapter: ChapterOutcome, firstNumber: Int) -> String {
        let slug = chapter.chapter.file.slug
        let id = outcome.directive.id
        let renderer = PointObjectRenderer(original: outcome, in: chapter, firstNumber: firstNumber)
        let points = outcome.gridPoints.map { point in
            renderer.object(for: point, setting: ExploreControls.setting(of: point.directive), onlyChanged: true) {
                ExploreControls.status(at: point, default: outcome, changes: $0)
            }
        }
        let document = ResultValue.object([
            "default": .number(Double(outcome.directive.explore?.defaultPoint ?? 0)), "points": .array(points),
        ])
        return "// The runs behind the controls of experiment \(JSONText.quote(id)) on \(slug).html.\n"
            + "courseGridLoaded(\(JSONText.quote(id)), \(JSONText.render(document)));\n"
    }
}
