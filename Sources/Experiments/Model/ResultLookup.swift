/// What a result path names in a kind's documented results, for a directive's parameters.
public enum ResultLookup: Sendable, Equatable {
    /// One value.
    case value(ResultLeaf)
    /// An array of this many entries (the path needs an index).
    case array(count: Int)
    /// Several named values (the path needs one of these names).
    case object(keys: [String])
    /// An index past the end of an array.
    case indexOutOfRange(array: String, count: Int)
    /// Nothing: no documented result has this path. `candidates` are documented paths to suggest.
    case unknown(candidates: [String])
}

extension ExperimentKind {
    /// What `path` names among the results a run with `parameters` produces.
    public func lookUp(_ path: [String], parameters: ParameterValues) -> ResultLookup {
        var arrayCount: Int?
        var keys: [String] = []
        var outOfRange: (array: String, count: Int)?
        for entry in results {
            switch Self.match(path, entry, parameters) {
            case .value: return .value(entry.leaf)
            case .array(let count): arrayCount = count
            case .object(let names): keys += names.filter { !keys.contains($0) }
            case .indexOutOfRange(let array, let count): outOfRange = outOfRange ?? (array, count)
            case .unknown: break
            }
        }
        if let arrayCount { return .array(count: arrayCount) }
        if !keys.isEmpty { return .object(keys: keys) }
        if let outOfRange { return .indexOutOfRange(array: outOfRange.array, count: outOfRange.count) }
        return .unknown(candidates: documentedPaths(parameters: parameters, limit: 2_000))
    }

    private static func match(_ path: [String], _ entry: ResultEntry, _ parameters: ParameterValues) -> ResultLookup {
        for (depth, written) in path.enumerated() {
            guard depth < entry.path.count else { return .unknown(candidates: []) }
            let segment = entry.path[depth]
            if let names = segment.names(parameters) {
                guard names.contains(written) else { return .unknown(candidates: []) }
                continue
            }
            guard case .index(let counted) = segment, let index = Int(written), written.allSatisfy(\.isNumber) else {
                return .unknown(candidates: [])
            }
            let count = counted.count(parameters)
            if index >= count { return .indexOutOfRange(array: path[..<depth].joined(separator: "."), count: count) }
        }
        guard path.count < entry.path.count else { return .value(entry.leaf) }
        let next = entry.path[path.count]
        if case .index(let counted) = next { return .array(count: counted.count(parameters)) }
        return .object(keys: next.names(parameters) ?? [])
    }

    /// Every concrete documented path that holds one value (at most `limit`), in entry order.
    public func documentedPaths(parameters: ParameterValues, limit: Int = .max) -> [String] {
        var paths: [String] = []
        for entry in results {
            var prefixes = [""]
            for segment in entry.path {
                let pieces =
                    segment.names(parameters)
                    ?? {
                        guard case .index(let counted) = segment else { return [] }
                        return (0..<counted.count(parameters)).map(String.init)
                    }()
                prefixes = prefixes.flatMap { prefix in pieces.map { prefix.isEmpty ? $0 : prefix + "." + $0 } }
                if prefixes.count > limit { prefixes.removeLast(prefixes.count - limit) }
            }
            paths += prefixes.prefix(max(0, limit - paths.count))
            if paths.count >= limit { break }
        }
        return paths
    }
}
