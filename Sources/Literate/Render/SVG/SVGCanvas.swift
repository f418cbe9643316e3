/// The elements of one SVG figure as they are drawn, with an estimated box for every text, so a
/// layout can make room for its labels and a test can check that none overlap or leave the figure.
struct SVGCanvas {
    /// Where a text's x coordinate sits on it.
    enum Anchor: String {
        case start, middle, end
    }

    /// A drawn text and the box it covers, in the figure's units.
    struct TextBox {
        var text: String
        var left: Double
        var right: Double
        var top: Double
        var bottom: Double

        /// Whether the boxes share more than a sliver.
        func overlaps(_ other: TextBox) -> Bool {
            min(right, other.right) - max(left, other.left) > 0.5
                && min(bottom, other.bottom) - max(top, other.top) > 0.5
        }
    }

    /// The font size of every text, in the figure's units (the stylesheet sets the same).
    static let fontSize = 13.0

    private(set) var elements: [String] = []
    private(set) var texts: [TextBox] = []

    mutating func add(_ element: String) { elements.append(element) }

    mutating func add(_ more: [String]) { elements += more }

    /// A text at (`x`, `y`): on its baseline, or centred on `y` when `middle`; `rotated` turns it
    /// a quarter counter-clockwise about that point (a vertical axis label).
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: Anchor, className: String, middle: Bool = false,
        rotated: Bool = false
    ) {
        let width = TextWidth.estimate(content, size: Self.fontSize)
        let along = anchor == .start ? (0, width) : anchor == .middle ? (-width / 2, width / 2) : (-width, 0)
        // The font's whole cell, as a browser measures a text's box: ascent 0.95, descent 0.25.
        let across =
            middle ? (-0.6 * Self.fontSize, 0.6 * Self.fontSize) : (-0.95 * Self.fontSize, 0.25 * Self.fontSize)
        if rotated {
            texts.append(
                TextBox(text: content, left: x + across.0, right: x + across.1, top: y - along.1, bottom: y - along.0))
        } else {
            texts.append(
                TextBox(text: content, left: x + along.0, right: x + along.1, top: y + across.0, bottom: y + across.1))
        }
        let position =
            rotated
            ? "transform=\"translate(\(svgNumber(x)) \(svgNumber(y))) rotate(-90)\""
            : "x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\""
        let anchorAttribute = anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\""
        let baseline = middle ? " dominant-baseline=\"middle\"" : ""
        elements.append(
            "<text class=\"\(className)\" \(position)\(anchorAttribute)\(baseline)>\(escapeHTML(content))</text>")
    }
}

/// Text widths estimated from character classes of a sans-serif face (the page's), generous by
/// a few percent, so that a layout leaves room without measuring in a browser.
enum TextWidth {
    /// The width of `text` at `size`.
    static func estimate(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) } * size
    }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", ".", ",", ":", ";", "'", "|", "!", "i", "j", "l", "I": 0.3
        case "f", "r", "t", "(", ")", "[", "]", "-": 0.38
        case "m", "w", "M", "W", "×", "—": 0.9
        case "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻", "′": 0.4
        case "0"..."9", "−", "+", "=", "<", ">", "±", "%": 0.6
        case "A"..."Z": 0.7
        default: 0.56
        }
    }
}
