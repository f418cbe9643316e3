import CCmark
import Foundation

/// A fenced code block whose info string starts with `{` (a directive), as written.
struct FencedDirectiveBlock: Sendable {
    /// The info string after the opening fence, e.g. `{experiment} dead-relu`.
    var info: String
    /// The block's text, with the fence's indentation removed.
    var content: String
    /// Line of the opening fence (1-based, in the Markdown given to the parser).
    var line: Int
    /// Column of the opening fence (1-based, in bytes).
    var column: Int
    /// Its place among the document's directive blocks (0 for the first): the identity that ties
    /// a rendered block to the experiment parsed from it.
    var ordinal = 0
}

/// A run of prose text (not code, not HTML) and where it starts.
struct TextRun: Sendable {
    /// The text as cmark decoded it (escapes and entities resolved).
    var text: String
    /// Line of its first character.
    var line: Int
    /// Column (1-based, in bytes) of its first character.
    var column: Int
}

/// What a chapter body holds, before anything is run.
struct MarkdownScan: Sendable {
    /// Directive blocks, in order.
    var directives: [FencedDirectiveBlock] = []
    /// Prose text runs, in order.
    var textRuns: [TextRun] = []
    /// Math spans (`$…$`, `$$…$$`), in order.
    var math: [MathSpans.Span] = []
}

/// A heading as rendered: its level, its generated id and its inner HTML.
struct RenderedHeading: Sendable {
    /// 1 for `#`, 2 for `##`, ….
    var level: Int
    /// The `id` attribute given to it.
    var id: String
    /// The HTML between its tags.
    var innerHTML: String
    /// Its plain text (what the table of contents shows, escaped).
    var text: String
}

/// The one place that talks to cmark: it parses with source positions, reports directives and
/// prose, and renders HTML with directives, prose and headings replaced by what the caller
/// generates. Every cmark object is freed before a function returns; no C type leaves this file.
enum CommonMark {
    /// Stands in for an escaped `\{{` while cmark parses `markdown`, so an escaped reference stays
    /// literal: a private-use character the text does not hold (the parser refuses a chapter that
    /// holds them all), 3 bytes long like `\{{`, so columns do not move.
    static func escapedBraces(in markdown: String) -> String {
        LiteralText.placeholder(absentFrom: markdown) ?? "\u{E000}"
    }

    /// Lists the directive blocks and prose text runs of `markdown`.
    static func scan(_ markdown: String) -> MarkdownScan {
        var scan = MarkdownScan()
        withDocument(markdown) { document, placeholder, math in
            scan.math = math.ordered
            forEachNode(document) { node in
                switch cmark_node_get_type(node) {
                case CMARK_NODE_CODE_BLOCK:
                    if var block = directiveBlock(node, placeholder: placeholder) {
                        block.ordinal = scan.directives.count
                        scan.directives.append(block)
                    }
                case CMARK_NODE_TEXT:
                    scan.textRuns.append(
                        TextRun(
                            text: literal(node), line: Int(cmark_node_get_start_line(node)),
                            column: Int(cmark_node_get_start_column(node))))
                default:
                    break
                }
            }
        }
        return scan
    }

    /// Renders `markdown` as HTML. Directive blocks are replaced by `directiveHTML` (in order),
    /// prose text by the pieces `text` returns, and each heading gets the id `headingID` returns
    /// for its plain text.
    static func render(
        _ markdown: String,
        directiveHTML: (FencedDirectiveBlock) -> String,
        text: (TextRun) -> [ProsePiece],
        headingID: (String) -> String
    ) -> (html: String, headings: [RenderedHeading]) {
        var headings: [RenderedHeading] = []
        let html = withDocument(markdown) { document, placeholder, math -> String in
            var directiveNodes: [(OpaquePointer, FencedDirectiveBlock)] = []
            var headingNodes: [OpaquePointer] = []
            var splitNodes: [(OpaquePointer, [ProsePiece])] = []
            forEachNode(document) { node in
                switch cmark_node_get_type(node) {
                case CMARK_NODE_CODE_BLOCK:
                    if var block = directiveBlock(node, placeholder: placeholder) {
                        block.ordinal = directiveNodes.count
                        directiveNodes.append((node, block))
                    }
                case CMARK_NODE_TEXT:
                    let run = TextRun(
                        text: literal(node), line: Int(cmark_node_get_start_line(node)),
                        column: Int(cmark_node_get_start_column(node)))
                    let pieces = text(run)
                    if pieces.count == 1, case .text(let only) = pieces[0] {
                        cmark_node_set_literal(node, restoring(placeholder, as: "{{", in: only))
                    } else {
                        splitNodes.append((node, pieces))
                    }
                case CMARK_NODE_HEADING:
                    headingNodes.append(node)
                default:
                    break
                }
            }
            // Split after the walk: inserting nodes while iterating would disturb the iterator.
            for (node, pieces) in splitNodes { split(node, into: pieces, placeholder: placeholder) }
            for (node, block) in directiveNodes { replace(node, withHTML: directiveHTML(block)) }
            for node in headingNodes {
                var heading = renderedHeading(node) { headingID(readable($0, math: math)) }
                heading.innerHTML = math.substituting(in: heading.innerHTML, MathSpans.mathML)
                heading.text = readable(heading.text, math: math)
                headings.append(heading)
                // The heading is its own link (the page's style shows a mark on hover), unless
                // it holds a link already.
                let inner =
                    heading.innerHTML.contains("<a ")
                    ? heading.innerHTML
                    : "<a class=\"heading-link\" href=\"#\(heading.id)\">\(heading.innerHTML)</a>"
                replace(node, withHTML: "<h\(heading.level) id=\"\(heading.id)\">\(inner)</h\(heading.level)>\n")
            }
            let html = focusableCodeBlocks(renderHTML(document))
            return restoring(placeholder, as: "\\{{", in: math.substituting(in: html, MathSpans.mathML))
        }
        return (html, headings)
    }

    /// Code blocks scroll sideways when wide: each is a tab stop, so keys can scroll it, and a
    /// named group ("Code" or "Code in swift"), so a screen reader says what the stop is.
    static func focusableCodeBlocks(_ html: String) -> String {
        html.replacing(/<pre><code( class="language-([^"]+)")?>/) { match in
            let label = match.output.2.map { "Code in \($0)" } ?? "Code"
            return "<pre tabindex=\"0\" role=\"group\" aria-label=\"\(label)\"><code\(match.output.1 ?? "")>"
        }
    }

    // MARK: - cmark calls

    private static func withDocument<Result>(
        _ markdown: String, _ body: (OpaquePointer, String, MathSpans) -> Result
    ) -> Result {
        let placeholder = escapedBraces(in: markdown)
        var taken = Set(markdown.unicodeScalars.map(\.value).filter { (0xE000...0xF8FF).contains($0) })
        taken.formUnion(placeholder.unicodeScalars.map(\.value))
        let math = MathSpans(markdown, avoiding: taken)
        let protected = math.text.replacing("\\{{", with: placeholder)
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        let document = protected.withCString { cmark_parse_document($0, strlen($0), options) }!
        defer { cmark_node_free(document) }
        return body(document, placeholder, math)
    }

    /// `text` with each math span as plain characters (its MathML without tags), for heading
    /// ids and the table of contents.
    private static func readable(_ text: String, math: MathSpans) -> String {
        math.substituting(in: text) { span in
            MathSpans.mathML(span).replacing(/<[^>]*>/, with: "")
        }
    }

    private static func forEachNode(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The directive block at `node`, with its text as written (`\{{` restored from `placeholder`).
    private static func directiveBlock(_ node: OpaquePointer, placeholder: String) -> FencedDirectiveBlock? {
        guard let info = cmark_node_get_fence_info(node).map(String.init(cString:)), info.hasPrefix("{") else {
            return nil
        }
        return FencedDirectiveBlock(
            info: info, content: restoring(placeholder, as: "\\{{", in: literal(node)),
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)))
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map(String.init(cString:)) ?? ""
    }

    private static func plainText(_ node: OpaquePointer) -> String {
        var pieces: [String] = []
        forEachNode(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: pieces.append(literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: pieces.append(" ")
            default: break
            }
        }
        return pieces.joined()
    }

    private static func renderedHeading(_ node: OpaquePointer, headingID: (String) -> String) -> RenderedHeading {
        let level = Int(cmark_node_get_heading_level(node))
        var whole = Substring(renderHTML(node))
        while whole.last?.isWhitespace == true { whole.removeLast() }
        let inner = whole.dropFirst("<hN>".count).dropLast("</hN>".count)
        let text = plainText(node)
        return RenderedHeading(level: level, id: headingID(text), innerHTML: String(inner), text: text)
    }

    /// `text` with the placeholder written back as `escape`; text without it is returned as is
    /// (a byte scan, far cheaper than a string search on every one of a chapter's text nodes).
    private static func restoring(_ placeholder: String, as escape: String, in text: String) -> String {
        guard let lead = placeholder.utf8.first, text.utf8.contains(lead) else { return text }
        return text.replacing(placeholder, with: escape)
    }

    private static func replace(_ node: OpaquePointer, withHTML html: String) {
        let replacement = cmark_node_new(CMARK_NODE_HTML_BLOCK)!
        cmark_node_set_literal(replacement, html)
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }

    /// Replaces a text node by a sequence of text and inline HTML nodes.
    private static func split(_ node: OpaquePointer, into pieces: [ProsePiece], placeholder: String) {
        for piece in pieces {
            let inserted: OpaquePointer
            switch piece {
            case .text(let text):
                inserted = cmark_node_new(CMARK_NODE_TEXT)!
                cmark_node_set_literal(inserted, restoring(placeholder, as: "{{", in: text))
            case .html(let html):
                inserted = cmark_node_new(CMARK_NODE_HTML_INLINE)!
                cmark_node_set_literal(inserted, html)
            }
            cmark_node_insert_before(node, inserted)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private static func renderHTML(_ node: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(node, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
