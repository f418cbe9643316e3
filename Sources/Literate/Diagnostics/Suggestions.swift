/// "Did you mean …?" from a list of known names.
public enum Suggestions {
    /// The closest name within a small edit distance (case-insensitive), if any.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let lowered = name.lowercased()
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, name.count / 3) ? best.0 : nil
    }

    /// A note suggesting the closest name, or listing all when none is close (and there are few).
    static func notes(for name: String, in candidates: [String], listing label: String) -> [String] {
        if let closest = closest(to: name, in: candidates) { return ["did you mean '\(closest)'?"] }
        guard !candidates.isEmpty, candidates.count <= 40 else { return [] }
        return ["\(label): " + candidates.joined(separator: ", ")]
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
