import Experiments

/// The Play panel `course serve` adds to each experiment of a served page: a form generated from
/// the kind's declared parameters (a field per number or list with its limits, a select per
/// choice), filled in with the values the page was built with. Submitting
/// it reruns the experiment on the server; the answer is swapped in like an explored point.
/// Built pages never carry it: the server sends it, and its script inserts it.
enum PlayPanel {
    /// The panel for `outcome` on the page of chapter `slug`.
    static func html(for outcome: ExperimentOutcome, slug: String) -> String {
        let directive = outcome.directive
        let id = directive.id
        var fields: [String] = []
        if !directive.hasSeveralSeeds {
            fields.append(
                field(
                    name: "seed", label: "seed", type: .integer(0...(1 << 53)), value: .integer(Int(directive.seed)),
                    help: "the run's random seed", id: id))
        }
        for spec in directive.kind.parameters {
            fields.append(
                field(
                    name: spec.name, label: spec.label ?? spec.name, type: spec.type,
                    value: directive.parameters.values[spec.name] ?? spec.defaultValue, help: spec.help, id: id))
        }
        let claims = outcome.claims.enumerated().map { index, claim in
            "<li data-claim=\"\(index)\"\(claim.holds ? "" : " class=\"does-not-hold\"")><code>\(escapeHTML(claim.claim.path.joined(separator: ".") + ": " + claim.claim.text))</code> <span class=\"verdict\">\(ExploreControls.verdict(claim.holds))</span></li>"
        }
        let claimList =
            claims.isEmpty
            ? ""
            : "<ul class=\"play-claims\" aria-label=\"Claims at these values\">\n"
                + claims.joined(separator: "\n") + "\n</ul>\n"
        return """
            <details class="play" data-id="\(escapeHTML(id))" data-chapter="\(escapeHTML(slug))">
            <summary>Play: rerun this experiment with other values</summary>
            <form class="play-form" novalidate>
            <p class="play-intro">Change values and press Rerun: the server runs the experiment again, and its figures, tables, verdicts and the numbers the text takes from it follow. The words stay those written for the built run.</p>
            \(fields.joined(separator: "\n"))
            <p class="play-actions"><button type="submit">Rerun</button> <button type="button" class="play-reset">Back to the built run</button></p>
            <p class="play-status" role="status" aria-live="polite"></p>
            \(claimList)</form>
            </details>
            """
    }

    private static func field(
        name: String, label: String, type: ParameterType, value: ParameterValue, help: String, id: String
    ) -> String {
        let elementID = escapeHTML("\(id)-play-\(name.replacingOccurrences(of: ".", with: "-"))")
        let described = "\(elementID)-help \(elementID)-error"
        let common = "id=\"\(elementID)\" name=\"\(escapeHTML(name))\" aria-describedby=\"\(described)\""
        let control: String
        switch type {
        // Numbers are text fields (with a numeric keyboard where no minus sign is needed), so
        // that whatever the reader types reaches the server and gets the directive's message.
        case .integer(let range):
            control = textField(common, value: value.yamlText, mode: range.lowerBound < 0 ? "text" : "numeric")
        case .number(let range):
            control = textField(common, value: value.yamlText, mode: range.lowerBound < 0 ? "text" : "decimal")
        case .boolean:
            control = select(common, options: ["true", "false"], selected: value.yamlText)
        case .choice(let names):
            control = select(common, options: names, selected: value.yamlText)
        case .list:
            let text = value.yamlText.dropFirst().dropLast()
            control = textField(common, value: String(text), mode: "text")
        }
        let kind: String
        if case .list = type { kind = "comma-separated, " + type.description } else { kind = type.description }
        return """
            <div class="play-field"><label for="\(elementID)">\(escapeHTML(label))</label>\(control)<span class="play-help" id="\(elementID)-help">\(escapeHTML(help)) (\(escapeHTML(kind)))</span><span class="play-error" id="\(elementID)-error"></span></div>
            """
    }

    private static func textField(_ common: String, value: String, mode: String) -> String {
        "<input type=\"text\" \(common) inputmode=\"\(mode)\" value=\"\(escapeHTML(value))\" spellcheck=\"false\">"
    }

    private static func select(_ common: String, options: [String], selected: String) -> String {
        let items = options.map {
            "<option\($0 == selected ? " selected" : "")>\(escapeHTML($0))</option>"
        }.joined()
        return "<select \(common)>\(items)</select>"
    }
}
