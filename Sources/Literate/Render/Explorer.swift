import Experiments

/// The slider block under a directive's explorable figures: pick an x, read every series there.
///
/// All values are computed at build time and embedded, already formatted, as JSON in data
/// attributes; the theme's `explorer.js` only looks them up. The block is `hidden` until that
/// script runs, so a page without scripts shows the static figures and tables alone.
enum Explorer {
    /// The block for `figures` (explorable line figures sharing x), or nil when there are none.
    static func html(for figures: [Figure], id: String) -> String? {
        let explorable = figures.filter { $0.explorable && $0.kind == .line }
        guard let xs = explorable.first?.series.first?.x, !xs.isEmpty,
            explorable.allSatisfy({ $0.series.allSatisfy { $0.x == xs } })
        else { return nil }
        let names = explorable[0].series.map(\.name)
        var values: [String] = []
        var rows: [String] = []
        for name in names {
            var cells = ""
            for (figureIndex, figure) in explorable.enumerated() {
                guard let series = figure.series.first(where: { $0.name == name }) else {
                    cells += "<td></td>"
                    continue
                }
                let key = "\(figureIndex):\(name)"
                values.append(
                    JSONText.quote(key) + ":["
                        + series.y.map { JSONText.quote(NumberFormat.automatic.string($0)) }.joined(separator: ",")
                        + "]")
                cells += "<td data-cell=\"\(escapeHTML(key))\"></td>"
            }
            rows.append("<tr><th scope=\"row\">\(escapeHTML(name))</th>\(cells)</tr>")
        }
        let xJSON = "[" + xs.map { JSONText.quote(NumberFormat.automatic.string($0)) }.joined(separator: ",") + "]"
        let head = explorable.map { "<th scope=\"col\">\(escapeHTML($0.yLabel))</th>" }.joined()
        let start = xs.count / 2
        return """
            <div class="explorer" hidden data-x="\(escapeHTML(xJSON))" data-values="\(escapeHTML("{" + values.joined(separator: ",") + "}"))">
            <label for="\(escapeHTML(id))-explorer">\(escapeHTML(explorable[0].xLabel)) = <output>\(escapeHTML(NumberFormat.automatic.string(xs[start])))</output></label>
            <input type="range" id="\(escapeHTML(id))-explorer" min="0" max="\(xs.count - 1)" step="1" value="\(start)">
            <table class="result-table"><thead><tr><th scope="col"></th>\(head)</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody></table>
            </div>
            """
    }
}
