import Experiments

/// Renders one experiment directive in place: a numbered `<figure>` with its SVG figures (each
/// with its data as a table), its tables, its caption, and a collapsed block with the exact
/// parameters and the command that reruns it.
struct FigureHTML {
    /// The directive.
    let directive: ExperimentDirective
    /// What it produced.
    let result: ExperimentResult
    /// "Figure N".
    let number: Int
    /// The chapter's slug (for the rerun command and unique element ids).
    let slug: String
    /// Claims that failed under `--keep-going`, shown as warnings.
    let failedClaims: [ClaimOutcome]

    func render() -> String {
        let shown = { (name: String) in directive.show.isEmpty || directive.show.contains(name) }
        var parts: [String] = ["<figure class=\"experiment\" id=\"\(escapeHTML(directive.id))\">"]
        for figure in result.figures where shown(figure.name) {
            let elementID = "\(directive.id)-\(figure.name)"
            parts.append("<div class=\"plot-block\">")
            parts.append("<p class=\"plot-title\">\(escapeHTML(figure.title))</p>")
            parts.append(SVGPlot(figure: figure, elementID: elementID).render())
            parts.append("<details class=\"figure-data\"><summary>Data behind “\(escapeHTML(figure.title))”</summary>")
            parts.append(DataTable.html(for: figure))
            parts.append("</details></div>")
        }
        if let explorer = Explorer.html(for: result.figures.filter { shown($0.name) }, id: directive.id) {
            parts.append(explorer)
        }
        for table in result.tables where shown(table.name) {
            parts.append(DataTable.html(for: table))
        }
        for outcome in failedClaims {
            parts.append(
                "<p class=\"claim-warning\">Claim does not hold: <code>\(escapeHTML(outcome.claim.path.joined(separator: "."))): \(escapeHTML(outcome.claim.text))</code> — \(escapeHTML(outcome.explanation))</p>"
            )
        }
        let caption = directive.caption.isEmpty ? "" : " " + escapeHTML(directive.caption)
        parts.append("<figcaption><span class=\"figure-number\">Figure \(number).</span>\(caption)</figcaption>")
        parts.append(detailsBlock())
        parts.append("</figure>")
        return parts.joined(separator: "\n") + "\n"
    }

    private func detailsBlock() -> String {
        let names = directive.kind.parameters.map(\.name)
        let lines =
            ["kind: \(directive.kind.name)", "id: \(directive.id)", "seed: \(directive.seed)"]
            + names.map { "\($0): \(Self.yaml(directive.parameters.values[$0]!))" }
        let command = "swift run -c release course run \(slug) --experiment \(directive.id)"
        return """
            <details class="experiment-details"><summary>Parameters and how to rerun</summary>
            <pre><code>\(escapeHTML(lines.joined(separator: "\n")))</code></pre>
            <p>Rerun: <code>\(escapeHTML(command))</code></p>
            </details>
            """
    }

    private static func yaml(_ value: ParameterValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .number(let number): JSONText.format(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .choice(let name): name
        case .list(let values): "[" + values.map(yaml).joined(separator: ", ") + "]"
        }
    }
}

/// HTML tables: an experiment's result tables and the data behind each figure.
enum DataTable {
    /// A result table.
    static func html(for table: ResultTable) -> String {
        let head = table.columns.map { "<th scope=\"col\">\(escapeHTML($0))</th>" }.joined()
        let body = table.rows.map { row in
            "<tr>" + row.map { "<td>\(escapeHTML(cell($0)))</td>" }.joined() + "</tr>"
        }.joined(separator: "\n")
        return
            "<table class=\"result-table\"><caption>\(escapeHTML(table.title))</caption>\n<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)\n</tbody></table>"
    }

    /// The numbers a figure draws.
    static func html(for figure: Figure) -> String {
        switch figure.kind {
        case .bar:
            let rows = figure.categories.enumerated().map { index, category in
                [ResultValue.string(category)]
                    + figure.series.map { index < $0.y.count ? .number($0.y[index]) : .string("") }
            }
            return html(
                for: ResultTable(
                    name: "", title: figure.title, columns: [figure.xLabel] + figure.series.map(\.name), rows: rows))
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
                    [ResultValue.number(xs[index])]
                        + figure.series.map { index < $0.y.count ? .number($0.y[index]) : .string("") }
                }
                return html(
                    for: ResultTable(
                        name: "", title: figure.title, columns: [figure.xLabel] + figure.series.map(\.name), rows: rows)
                )
            }
            let rows = figure.series.flatMap { series in
                zip(series.x, series.y).map { [ResultValue.string(series.name), .number($0), .number($1)] }
            }
            return html(
                for: ResultTable(
                    name: "", title: figure.title, columns: ["series", figure.xLabel, figure.yLabel], rows: rows))
        }
    }

    private static func cell(_ value: ResultValue) -> String {
        switch value {
        case .number(let number): NumberFormat.automatic.string(number)
        case .string(let text): text
        default: value.description
        }
    }
}
