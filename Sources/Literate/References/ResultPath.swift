/// Dotted result paths: names and 0-based indices, e.g. `deadFraction.2`.
enum ResultPath {
    /// The segments of a well-formed path, or nil.
    static func parse(_ text: String) -> [String]? {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !segments.isEmpty, segments.count <= 16, segments.allSatisfy(isSegment) else { return nil }
        return segments
    }

    private static func isSegment(_ segment: String) -> Bool {
        !segment.isEmpty && segment.count <= 64
            && segment.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
