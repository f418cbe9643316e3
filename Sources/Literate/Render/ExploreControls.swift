import Experiments

/// The controls of an explored experiment: one per moved parameter, the claims' verdicts at the
/// current point, and a map of where each claim holds. Everything is rendered here; the page
/// script (`explore.js`) only swaps in what the experiment's grid file holds. The block is
/// `hidden` until the script runs, so without scripts the page shows the default point alone.
enum ExploreControls {
    /// The block for `outcome` (which has grid points), loading its points from `gridFile`;
    /// `proseReferences` says whether the chapter's text quotes the experiment.
    static func html(for outcome: ExperimentOutcome, gridFile: String, proseReferences: Bool) -> String {
        let directive = outcome.directive
        guard let grid = directive.explore else { return "" }
        let indices = grid.indices(of: grid.defaultPoint)
        let sizes = "[" + grid.axes.map { String($0.values.count) }.joined(separator: ",") + "]"
        var lines = [
            "<div class=\"explore\" hidden data-id=\"\(escapeHTML(directive.id))\" data-grid=\"\(escapeHTML(gridFile))\" data-sizes=\"\(sizes)\">",
            "<p class=\"explore-intro\">Move a control to see another run; every setting was run when this page was built."
                + (proseReferences ? " The numbers the text takes from this experiment follow, marked." : "") + "</p>",
        ]
        for (axisIndex, axis) in grid.axes.enumerated() {
            lines.append(control(axis, index: axisIndex, selected: indices[axisIndex], id: directive.id))
        }
        if !directive.claims.isEmpty {
            lines.append(
                "<details class=\"explore-claims\"><summary class=\"claims-summary\">\(escapeHTML(summary(outcome.claims)))</summary>"
            )
            lines.append("<ul>")
            for (index, claim) in outcome.claims.enumerated() {
                lines.append(
                    "<li data-claim=\"\(index)\"\(claim.holds ? "" : " class=\"does-not-hold\"")><code>\(escapeHTML(claimText(claim)))</code> <span class=\"verdict\">\(verdict(claim.holds))</span></li>"
                )
            }
            lines.append("</ul>")
            lines.append(claimMap(outcome, grid: grid))
            lines.append("</details>")
        }
        lines.append(
            "<p class=\"explore-status\" aria-live=\"polite\">\(escapeHTML(status(at: outcome, default: outcome, changes: (0, 0))))</p>"
        )
        lines.append("</div>")
        return lines.joined(separator: "\n")
    }

    /// E.g. "16 of 17 claims hold here".
    static func summary(_ claims: [ClaimOutcome]) -> String {
        let holding = claims.filter(\.holds).count
        return claims.count == 1
            ? "The claim \(verdict(holding == 1))" : "\(holding) of \(claims.count) claims hold here"
    }

    /// The setting of `directive`'s explored parameters, e.g. "units per layer = 16".
    static func setting(of directive: ExperimentDirective) -> String {
        guard let grid = directive.explore else { return "" }
        return grid.axes.map { "\($0.label) = \(label(directive.parameters.values[$0.name]!))" }
            .joined(separator: ", ")
    }

    /// The status line at `point`: its setting, its claims, and what changed from the default.
    static func status(
        at point: ExperimentOutcome, default original: ExperimentOutcome, changes: (parts: Int, numbers: Int)
    ) -> String {
        let summary = summary(point.claims)
        let claims = point.claims.isEmpty ? "" : "; " + summary.prefix(1).lowercased() + summary.dropFirst()
        guard point.directive.parameters != original.directive.parameters else {
            return "\(setting(of: point.directive)): the run the text describes\(claims)."
        }
        let parts = changes.parts == 1 ? "1 figure or table" : "\(changes.parts) figures or tables"
        let numbers = changes.numbers == 1 ? "1 number in the text" : "\(changes.numbers) numbers in the text"
        return "\(setting(of: point.directive))\(claims). Changed: \(parts) and \(numbers); "
            + "the words around the marked numbers describe \(setting(of: original.directive))."
    }

    /// What a point's claim shows: "holds here" or "does not hold here".
    static func verdict(_ holds: Bool) -> String { holds ? "holds here" : "does not hold here" }

    private static func control(_ axis: ExploreGrid.Dimension, index: Int, selected: Int, id: String) -> String {
        let elementID = escapeHTML("\(id)-explore-\(axis.name)")
        let labels = axis.values.map(label)
        let label = "<label for=\"\(elementID)\">\(escapeHTML(axis.label))</label>"
        guard axis.values.allSatisfy({ $0.orderedNumber != nil }) else {
            let options = labels.enumerated().map { offset, text in
                "<option value=\"\(offset)\"\(offset == selected ? " selected" : "")>\(escapeHTML(text))</option>"
            }.joined()
            return
                "<div class=\"explore-control\">\(label)<select id=\"\(elementID)\" data-axis=\"\(index)\">\(options)</select></div>"
        }
        let json = "[" + labels.map(JSONText.quote).joined(separator: ",") + "]"
        return
            "<div class=\"explore-control\">\(label)<input type=\"range\" id=\"\(elementID)\" data-axis=\"\(index)\" min=\"0\" max=\"\(axis.values.count - 1)\" step=\"1\" value=\"\(selected)\" aria-valuetext=\"\(escapeHTML(labels[selected]))\" data-labels=\"\(escapeHTML(json))\"><output for=\"\(elementID)\" aria-hidden=\"true\">\(escapeHTML(labels[selected]))</output></div>"
    }

    static func label(_ value: ParameterValue) -> String {
        switch value {
        case .integer, .number: NumberFormat.automatic.string(value.orderedNumber ?? 0)
        default: value.yamlText
        }
    }

    private static func claimText(_ claim: ClaimOutcome) -> String {
        claim.claim.path.joined(separator: ".") + ": " + claim.claim.text
    }

    /// Rows: claims; columns: grid points, labelled by their values; ✓ where the claim holds.
    private static func claimMap(_ outcome: ExperimentOutcome, grid: ExploreGrid) -> String {
        let heads = (0..<grid.pointCount).map { point in
            let values = zip(grid.axes, grid.indices(of: point)).map { label($0.values[$1]) }
            return "<th scope=\"col\">\(escapeHTML(values.joined(separator: " · ")))</th>"
        }.joined()
        let corner = escapeHTML(grid.axes.map(\.label).joined(separator: " · "))
        let rows = outcome.claims.indices.map { claim in
            let cells = outcome.gridPoints.enumerated().map { point, pointOutcome in
                let holds = pointOutcome.claims[claim].holds
                let current = point == grid.defaultPoint
                let marks = current ? " current\" aria-current=\"true" : ""
                return
                    "<td data-point=\"\(point)\" class=\"\(holds ? "holds" : "fails")\(marks)\" title=\"\(verdict(holds))\">\(holds ? "✓" : "✗")<span class=\"visually-hidden\"> \(holds ? "holds" : "fails")</span></td>"
            }.joined()
            return
                "<tr><th scope=\"row\"><code>\(escapeHTML(claimText(outcome.claims[claim])))</code></th>\(cells)</tr>"
        }.joined(separator: "\n")
        return
            "<table class=\"result-table claim-map\" tabindex=\"0\"><caption>Where each claim holds</caption><thead><tr><th scope=\"col\">\(corner)</th>\(heads)</tr></thead>\n<tbody>\n\(rows)\n</tbody></table>"
    }
}
