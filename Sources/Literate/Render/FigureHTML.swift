import Experiments

/// Renders one experiment directive in place: each of its SVG figures as a numbered `<figure>`
/// with its data as a table and its own caption, then its tables, and a collapsed block with the
/// exact parameters and the command that reruns it.
struct FigureHTML {
    /// The directive.
    let directive: ExperimentDirective
    /// What each of its seeds produced.
    let runs: [ExperimentResult]
    /// The number of its first figure ("Figure N"); the others follow.
    let firstNumber: Int
    /// The chapter's slug (for the rerun command and unique element ids).
    let slug: String
    /// Claims that failed under `--keep-going`, shown as warnings.
    let failedClaims: [ClaimOutcome]
    /// With `explore:`, the controls (first in the block), else nil.
    var controls: String? = nil
    /// The setting shown after each figure's title (an explored point's, a rerun's), or nil.
    var setting: String? = nil
    /// For an explored experiment, what each figure draws at any grid point (``SharedAxes``).
    var sharedAxes: [String: SharedAxes] = [:]

    /// The figures the page shows for `directive` (its `show:` list, or all), seeds combined.
    static func shownFigures(of directive: ExperimentDirective, runs: [ExperimentResult]) -> [Figure] {
        SeedFigures.figures(of: runs).filter { directive.shows($0.name) }
    }

    /// The number of each experiment's first figure on a page that shows `experiments` in order
    /// (an experiment without figures still takes a number, for its caption).
    static func firstNumbers(of experiments: [ExperimentOutcome]) -> [Int] {
        var numbers: [Int] = []
        var next = 1
        for experiment in experiments {
            numbers.append(next)
            next += max(1, shownFigures(of: experiment.directive, runs: experiment.runs).count)
        }
        return numbers
    }

    /// Each shown figure's `<figure>` element, by name, marked `data-part="figure:NAME"` for the
    /// page scripts that swap in another run's.
    func figureBlocks() -> [(name: String, html: String)] {
        Self.shownFigures(of: directive, runs: runs).enumerated().map { offset, figure in
            let elementID = "\(directive.id)-\(figure.name)"
            let caption = caption(number: firstNumber + offset, text: directive.caption(for: figure.name))
            let html = [
                "<figure class=\"plot-block\"\(partAttribute("figure:" + figure.name))>",
                "<p class=\"plot-title\" id=\"\(escapeHTML(elementID))-title\">\(escapeHTML(figure.title))\(settingSuffix)</p>",
                SVGPlot(figure: figure, elementID: escapeHTML(elementID), shared: sharedAxes[figure.name]).render(),
                "<details class=\"figure-data\"><summary>The numbers behind figure \(firstNumber + offset)</summary>",
                DataTable.html(for: figure), "</details>", "<figcaption>\(caption)</figcaption>", "</figure>",
            ].joined(separator: "\n")
            return (figure.name, html)
        }
    }

    /// Each shown table, by name, wrapped in a swappable part.
    func tableBlocks() -> [(name: String, html: String)] {
        SeedFigures.tables(of: runs).filter { directive.shows($0.name) }.map {
            (
                $0.name,
                "<div class=\"table-block\"\(partAttribute("table:" + $0.name))>\n\(DataTable.html(for: $0))\n</div>"
            )
        }
    }

    func render() -> String {
        var parts: [String] = ["<div class=\"experiment\" id=\"\(escapeHTML(directive.id))\">"]
        if let controls { parts.append(controls) }
        let figures = figureBlocks()
        parts += figures.map(\.html)
        parts += tableBlocks().map(\.html)
        if figures.isEmpty {
            parts.append(
                "<p class=\"experiment-caption\">" + caption(number: firstNumber, text: directive.caption) + "</p>")
        }
        for outcome in failedClaims {
            let seed = outcome.failingRun.map { " on " + OutcomeChecker.seedName($0, of: directive) } ?? ""
            parts.append(
                "<p class=\"claim-warning\">Claim does not hold\(escapeHTML(seed)): <code>\(escapeHTML(outcome.claim.path.joined(separator: "."))): \(escapeHTML(outcome.claim.text))</code> — \(escapeHTML(outcome.explanation))</p>"
            )
        }
        parts.append(detailsBlock())
        parts.append("</div>")
        return parts.joined(separator: "\n") + "\n"
    }

    /// The setting after each figure's title, when there is one.
    private var settingSuffix: String {
        guard let setting else { return "" }
        return " <span class=\"plot-setting\">(\(escapeHTML(setting)))</span>"
    }

    private func partAttribute(_ name: String) -> String { " data-part=\"\(escapeHTML(name))\"" }

    /// "Figure N." and the caption text, as HTML.
    private func caption(number: Int, text: String) -> String {
        "<span class=\"figure-number\">Figure \(number).</span>" + (text.isEmpty ? "" : " " + escapeHTML(text))
    }

    private func detailsBlock() -> String {
        let names = directive.kind.parameters.map(\.name)
        let lines =
            ["kind: \(directive.kind.name)", "id: \(directive.id)", "seed: \(directive.seed)"]
            + (directive.hasSeveralSeeds
                ? ["seeds: [\(directive.runSeeds.map(String.init).joined(separator: ", "))]"] : [])
            + names.map { "\($0): \(directive.parameters.values[$0]!.yamlText)" }
        let command = "swift run -c release course run \(slug) --experiment \(directive.id)"
        return """
            <details class="experiment-details"><summary>Parameters and how to rerun</summary>
            <pre tabindex="0" role="group" aria-label="Parameters of \(escapeHTML(directive.id))"><code>\(escapeHTML(lines.joined(separator: "\n")))</code></pre>
            <p>Rerun: <code>\(escapeHTML(command))</code></p>
            </details>
            """
    }
}

/// HTML tables: an experiment's result tables and the data behind each figure.
enum DataTable {
    /// A result table.
    static func html(for table: ResultTable) -> String {
        let head = table.columns.map { "<th scope=\"col\">\(escapeHTML($0))</th>" }.joined()
        let body = table.rows.map { row in
            let cells = row.enumerated().map { column, value in
                cell(value, format: table.percentColumns.contains(column) ? .percent : .automatic)
            }
            return "<tr>" + cells.map { "<td>\(escapeHTML($0))</td>" }.joined() + "</tr>"
        }.joined(separator: "\n")
        return
            "<table class=\"result-table\" tabindex=\"0\"><caption>\(escapeHTML(table.title))</caption>\n<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)\n</tbody></table>"
    }

    /// The numbers a figure draws.
    static func html(for figure: Figure) -> String {
        switch figure.kind {
        case .bar:
            let rows = figure.categories.enumerated().map { index, category in
                [ResultValue.string(category)] + figure.series.flatMap { cells($0, at: index) }
            }
            return html(
                for: ResultTable(
                    name: "", title: figure.title, columns: [figure.xLabel] + figure.series.flatMap(headings),
                    rows: rows))
        case .heatmap:
            let grid = figure.grid
            let counts = (grid?.classNames ?? []).enumerated().map { index, name in
                [ResultValue.string(name), .number(Double(grid?.values.joined().filter { $0 == index }.count ?? 0))]
            }
            return html(
                for: ResultTable(name: "", title: figure.title, columns: ["region", "grid cells"], rows: counts))
        case .line, .scatter, .histogram:
            let sharedX = figure.series.allSatisfy { $0.x == figure.series.first?.x }
            if sharedX, let xs = figure.series.first?.x {
                let rows = xs.indices.map { index in
                    [ResultValue.number(xs[index])] + figure.series.flatMap { cells($0, at: index) }
                }
                return html(
                    for: ResultTable(
                        name: "", title: figure.title, columns: [figure.xLabel] + figure.series.flatMap(headings),
                        rows: rows))
            }
            let rows = figure.series.flatMap { series in
                zip(series.x, series.y).map { [ResultValue.string(series.name), .number($0), .number($1)] }
            }
            return html(
                for: ResultTable(
                    name: "", title: figure.title, columns: ["series", figure.xLabel, figure.yLabel], rows: rows))
        }
    }

    /// A series' column headings: its name, or with a spread over seeds its mean, sd, min and max.
    private static func headings(_ series: Figure.Series) -> [String] {
        guard series.spread != nil else { return [series.name] }
        return ["\(series.name) (mean)", "sd", "min", "max"]
    }

    /// A series' cells at point `index`, matching ``headings(_:)``.
    private static func cells(_ series: Figure.Series, at index: Int) -> [ResultValue] {
        let value = { (values: [Double]) in index < values.count ? ResultValue.number(values[index]) : .string("") }
        guard let spread = series.spread else { return [value(series.y)] }
        return [value(series.y), value(spread.standardDeviation), value(spread.minimum), value(spread.maximum)]
    }

    private static func cell(_ value: ResultValue, format: NumberFormat) -> String {
        switch value {
        case .number(let number): format.string(number)
        case .string(let text): text
        default: value.description
        }
    }
}
