/// A `{{ id.path | format }}` reference in prose.
public struct Reference: Sendable, Equatable {
    /// The experiment's id.
    public var id: String
    /// The path within its results (or `parameters.…`).
    public var path: [String]
    /// How to print the number.
    public var format: NumberFormat
    /// With several seeds: how to show the spread of a result over them (`| spread`, `| range`).
    public var spread: SpreadStyle? = nil
    /// The text between the braces, as written.
    public var source: String
}

/// How a reference shows a result's spread over a directive's seeds.
public enum SpreadStyle: String, Sendable, Equatable {
    /// Mean ± sample standard deviation and the seed count: "0.85 ± 0.03 (5 seeds)".
    case spread
    /// Smallest to largest: "0.80–0.90 over 5 seeds".
    case range
}

/// How a referenced number is printed.
public enum NumberFormat: Sendable, Equatable {
    /// Four significant digits (integers in full).
    case automatic
    /// N digits after the point.
    case fixed(Int)
    /// Scientific notation with N digits after the point, e.g. `2.50 × 10⁻³`.
    case scientific(Int)
    /// Times 100 with one decimal and a percent sign.
    case percent
    /// Rounded to an integer.
    case integer

    /// Parses `fixed:N`, `sci:N`, `percent`, `int`.
    static func parse(_ text: String) -> NumberFormat? {
        switch text {
        case "percent": return .percent
        case "int": return .integer
        default:
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let digits = Int(parts[1]), (0...12).contains(digits) else { return nil }
            switch parts[0] {
            case "fixed": return .fixed(digits)
            case "sci": return .scientific(digits)
            default: return nil
            }
        }
    }
}

/// Finds references in a run of prose text.
enum ReferenceScanner {
    /// A reference found at a character offset, or a syntax problem there.
    enum Item: Sendable {
        /// A well-formed reference spanning `range` (UTF-8 offsets in the text).
        case reference(Reference, range: Range<Int>)
        /// A malformed one starting at UTF-8 offset `offset`.
        case problem(String, offset: Int)
    }

    /// Every `{{ … }}` in `text`, in order.
    static func scan(_ text: String) -> [Item] {
        let bytes = Array(text.utf8)
        var items: [Item] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            guard let close = closingBraces(bytes, from: index + 2) else {
                items.append(
                    .problem("'{{' is not closed by '}}' on this line (write \\{{ for literal braces)", offset: index))
                return items
            }
            let inner = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            switch parse(inner) {
            case .success(let reference): items.append(.reference(reference, range: index..<(close + 2)))
            case .failure(let error): items.append(.problem(error.message, offset: index))
            }
            index = close + 2
        }
        return items
    }

    private static func closingBraces(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") { return index }
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") { return nil }
            index += 1
        }
        return nil
    }

    private static func parse(_ inner: String) -> Result<Reference, ReferenceSyntaxError> {
        let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let path = ResultPath.parse(parts[0]), path.count >= 2 else {
            return .failure(
                ReferenceSyntaxError(
                    "'{{ \(parts[0]) }}' is not a reference; write {{ id.path }} or {{ id.path | format }}"))
        }
        var format = NumberFormat.automatic
        var spread: SpreadStyle?
        if parts.count == 2 {
            var written = Substring(parts[1])
            if let style = [SpreadStyle.spread, .range].first(where: { written.hasPrefix($0.rawValue) }) {
                written = written.dropFirst(style.rawValue.count)
                guard written.isEmpty || written.hasPrefix(":") else { return .failure(unknownFormat(parts[1])) }
                written = written.dropFirst()
                spread = style
            }
            if !written.isEmpty || spread == nil {
                guard let parsed = NumberFormat.parse(String(written)) else {
                    return .failure(unknownFormat(parts[1]))
                }
                format = parsed
            }
        }
        return .success(
            Reference(id: path[0], path: Array(path.dropFirst()), format: format, spread: spread, source: inner))
    }

    private static func unknownFormat(_ written: String) -> ReferenceSyntaxError {
        ReferenceSyntaxError(
            "unknown format '\(written)'; use fixed:N, sci:N, percent or int, or with several seeds spread or range (e.g. spread:percent)"
        )
    }
}

/// A malformed reference's explanation.
struct ReferenceSyntaxError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
