/// "Did you mean …?" from a list of known names, with bounded work: a hostile chapter with
/// thousands of unknown names among thousands of long candidates still answers at once.
public enum Suggestions {
    /// Names longer than this get no suggestion (a typo of a real name is short).
    static let maximumNameLength = 80
    /// At most this many candidates are compared.
    static let maximumCandidates = 2_000

    /// The closest name within a small edit distance (case-insensitive), if any.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let lowered = Array(name.lowercased())
        guard lowered.count <= maximumNameLength else { return nil }
        let limit = max(2, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates.prefix(maximumCandidates) where abs(candidate.count - lowered.count) <= limit {
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            guard bound >= 0, let distance = editDistance(lowered, Array(candidate.lowercased()), atMost: bound) else {
                continue
            }
            best = (candidate, distance)
            if distance == 0 { break }
        }
        return best?.name
    }

    /// A note suggesting the closest name, or listing all when none is close (and there are few).
    static func notes(for name: String, in candidates: [String], listing label: String) -> [String] {
        if let closest = closest(to: name, in: candidates) { return ["did you mean '\(closest)'?"] }
        guard !candidates.isEmpty, candidates.count <= 40 else { return [] }
        return ["\(label): " + candidates.joined(separator: ", ")]
    }

    /// Suggestions for many unknown names in one chapter: each distinct name is looked up once,
    /// and after `maximumLookups` distinct names no more are computed (the errors still are).
    struct Budget {
        static let maximumLookups = 100
        private var answers: [String: [String]] = [:]

        /// The notes for `name` among `candidates`; `key` tells lookups among different candidate
        /// lists apart (by default the name).
        mutating func notes(for name: String, in candidates: [String], listing label: String, key: String? = nil)
            -> [String]
        {
            let key = key ?? name
            if let known = answers[key] { return known }
            guard answers.count < Self.maximumLookups else { return [] }
            let notes = Suggestions.notes(for: name, in: candidates, listing: label)
            answers[key] = notes
            return notes
        }
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a), Array(b), atMost: Int.max - 1)!
    }

    /// Levenshtein distance if it is at most `bound`, else nil; only a diagonal band of width
    /// 2·bound + 1 is computed, and the loop stops once every cell of a row exceeds the bound.
    static func editDistance(_ a: [Character], _ b: [Character], atMost bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        let outside = bound + 1
        var previous = (0...b.count).map { min($0, outside) }
        var current = previous
        for i in 1...a.count {
            let low = max(1, i - bound)
            let high = min(b.count, i + bound)
            current[0] = min(i, outside)
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0] <= bound && low == 1 ? current[0] : outside
            if low <= high {
                for j in low...high {
                    let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    let value = min(previous[j] + 1, current[j - 1] + 1, substitution, outside)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
            }
            if high < b.count { current[high + 1] = outside }
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
