import Experiments

/// The course's search index: one entry per section (a chapter's headings split its page), with
/// the section's words as a reader sees them. It is written as a script, `search-index.js`, which
/// the page's search box loads with a `<script>` element on first use, so search works from
/// `file://` without a server.
enum SearchIndex {
    static let fileName = "search-index.js"

    /// One section of a page.
    struct Section {
        var page: String
        var chapter: String
        var id: String
        var heading: String
        var text: String
    }

    /// The longest text kept per section (the rest is rarely what a search is after).
    static let maximumText = 4_000

    /// The sections of a rendered page body: the text before the first heading belongs to the
    /// chapter's title. Figures (SVG), collapsed details and result tables (numbers a search
    /// would only show as a dump) are left out; a table's caption stays.
    static func sections(ofBody html: String, page: String, chapter: String) -> [Section] {
        let readable = html.replacing(/<svg[\s\S]*?<\/svg>/, with: " ")
            .replacing(/<details[\s\S]*?<\/details>/, with: " ")
            .replacing(/<table[^>]*>(?:<caption>([\s\S]*?)<\/caption>)?[\s\S]*?<\/table>/) { " \($0.output.1 ?? "") " }
        var sections: [Section] = []
        var current = Section(page: page, chapter: chapter, id: "", heading: chapter, text: "")
        var rest = Substring(readable)
        while let match = rest.firstMatch(of: /<h([1-3]) id="([^"]*)">([\s\S]*?)<\/h\1>/) {
            current.text += plainText(rest[..<match.range.lowerBound])
            sections.append(current)
            current = Section(
                page: page, chapter: chapter, id: String(match.output.2), heading: plainText(match.output.3), text: "")
            rest = rest[match.range.upperBound...]
        }
        current.text += plainText(rest)
        sections.append(current)
        return sections.filter { !$0.text.isEmpty || !$0.id.isEmpty }.map { section in
            var section = section
            section.text = String(section.text.prefix(maximumText))
            return section
        }
    }

    /// The index file's text.
    static func render(_ sections: [Section]) -> String {
        let entries = sections.map { section in
            ResultValue.object([
                "page": .string(section.page), "chapter": .string(section.chapter), "id": .string(section.id),
                "heading": .string(section.heading), "text": .string(section.text),
            ])
        }
        return "// Every section of the course, for the search box (search.js).\n"
            + "courseSearchLoaded(\(JSONText.render(.array(entries))));\n"
    }

    /// `html` without tags, entities decoded, whitespace collapsed.
    static func plainText(_ html: Substring) -> String {
        let blocks = html.replacing(
            /<\/?(?:p|li|td|th|tr|div|h[1-6]|br|figcaption|figure|table|ul|ol|pre|blockquote)\b[^>]*>/, with: " ")
        let text = blocks.replacing(/<[^>]*>/, with: "").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&amp;", with: "&")
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
