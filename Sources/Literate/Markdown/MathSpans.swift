/// `$…$` (inline) and `$$…$$` (display) math, cut out of a chapter before cmark parses it: cmark
/// would read `$a*b$ and $c*d$` as emphasis and turn `\\`, `\{`, `\,` into `\`, `{`, `,`. Each
/// span becomes a marker (a private-use character of its own) and filler of the same bytes,
/// newlines kept, so no line and no later column moves; after rendering, each marker is replaced
/// by the span's MathML. Code spans, fenced code blocks and `\$` are left alone.
struct MathSpans: Sendable {
    /// One span as written.
    struct Span: Sendable {
        /// The TeX between the delimiters.
        var tex: String
        var display: Bool
        /// Where the TeX starts (1-based line, byte column).
        var line: Int
        var column: Int
        /// How many filler characters follow the marker.
        var filler: Int
    }

    /// The text cmark parses.
    private(set) var text: String
    /// Every span by its marker.
    private(set) var spans: [Character: Span] = [:]
    /// Spans in the order written.
    private(set) var ordered: [Span] = []

    /// Cuts the math out of `markdown`, using private-use markers not in `taken`. A blank line
    /// inside `$$…$$` ends it unconverted (as TeX would refuse it).
    init(_ markdown: String, avoiding taken: Set<UInt32>) {
        let bytes = Array(markdown.utf8)
        var markers = (UInt32(0xE000)...0xF8FF).lazy.filter { !taken.contains($0) }.makeIterator()
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var line = 1
        var lineStart = 0
        var fence: [UInt8]? = nil
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        while index < bytes.count {
            let byte = bytes[index]
            if index == lineStart {
                // Fenced code blocks are copied as they are.
                var start = index
                while start < bytes.count, start - index < 3, bytes[start] == 32 { start += 1 }
                let run = bytes[start...].prefix { $0 == bytes[start] }
                if start < bytes.count, bytes[start] == 96 || bytes[start] == 126, run.count >= 3 {
                    if let open = fence {
                        if run.count >= open.count, run.first == open.first { fence = nil }
                    } else {
                        fence = Array(run)
                    }
                    // The fence line itself is copied as it is (its backticks open no code span).
                    let end = bytes[index...].firstIndex(of: 10) ?? bytes.count
                    output += bytes[index..<end]
                    index = end
                    continue
                }
            }
            if byte == 10 {
                output.append(byte)
                index += 1
                line += 1
                lineStart = index
                continue
            }
            if fence != nil {
                output.append(byte)
                index += 1
                continue
            }
            if byte == 92, index + 1 < bytes.count {  // a backslash escape, `\$` included
                output += bytes[index...index + 1]
                index += 2
                continue
            }
            if byte == 96 {  // a code span: up to the next run of as many backticks
                let run = bytes[index...].prefix { $0 == 96 }.count
                var end = index + run
                var closed: Int? = nil
                while end < bytes.count {
                    let next = bytes[end...].prefix { $0 == 96 }.count
                    if next == run {
                        closed = end + run
                        break
                    }
                    end += max(next, 1)
                }
                let stop = closed ?? index + run
                for position in index..<stop where bytes[position] == 10 {
                    line += 1
                    lineStart = position + 1
                }
                output += bytes[index..<stop]
                index = stop
                continue
            }
            guard byte == 36 else {
                output.append(byte)
                index += 1
                continue
            }
            let display = index + 1 < bytes.count && bytes[index + 1] == 36
            let open = display ? 2 : 1
            var end: Int? = nil
            var probe = index + open
            while probe < bytes.count {
                let current = bytes[probe]
                if current == 92 {
                    probe += 2
                    continue
                }
                if !display, current == 10 { break }
                if display, current == 10, probe + 1 < bytes.count, bytes[probe + 1] == 10 { break }
                if current == 36 {
                    if display {
                        if probe + 1 < bytes.count, bytes[probe + 1] == 36 { end = probe }
                        break
                    }
                    let after = probe + 1 < bytes.count ? bytes[probe + 1] : 32
                    if bytes[probe - 1] != 32, !isDigit(after) { end = probe }
                    break
                }
                probe += 1
            }
            let first = index + open
            guard let close = end, close > first, display || bytes[first] != 32, let marker = markers.next() else {
                output.append(byte)
                index += 1
                continue
            }
            let stop = close + open
            let tex = String(decoding: bytes[first..<close], as: UTF8.self)
            // The marker takes the span's first three bytes where the first line has them.
            let leading = bytes[index..<stop].prefix { $0 != 10 }.count
            let markerBytes = Array(String(Character(Unicode.Scalar(marker)!)).utf8)
            let filler = bytes[(index + min(3, leading))..<stop].map { $0 == 10 ? UInt8(10) : UInt8(120) }
            let span = Span(tex: tex, display: display, line: line, column: first - lineStart + 1, filler: filler.count)
            output += markerBytes + filler
            for position in index..<stop where bytes[position] == 10 {
                line += 1
                lineStart = position + 1
            }
            spans[Character(Unicode.Scalar(marker)!)] = span
            ordered.append(span)
            index = stop
        }
        text = String(decoding: output, as: UTF8.self)
    }

    /// `html` with every marker and its filler replaced by `render(span)`.
    func substituting(in html: String, _ render: (Span) -> String) -> String {
        guard !spans.isEmpty else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var skip = 0
        for scalar in html.unicodeScalars {
            if skip > 0 {
                skip -= 1
                continue
            }
            if let span = spans[Character(scalar)] {
                result += render(span)
                skip = span.filler
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The MathML of `span` (a span that does not convert shows its TeX, escaped).
    static func mathML(_ span: Span) -> String {
        (try? TeXMath.convert(span.tex, display: span.display).get()) ?? "<code>\(TeXMath.escaped(span.tex))</code>"
    }
}
