extension ResultValue {
    /// The statistics of several runs' results, each with the runs' shape: `mean`, `sd` (sample
    /// standard deviation), `min` and `max` of every number, element-wise in arrays and key by
    /// key in objects. Text, flags, and entries whose shape differs between runs are left out.
    public static func statistics(over runs: [ResultValue]) -> [String: ResultValue] {
        let reductions: [(String, ([Double]) -> Double)] = [
            ("mean", mean), ("sd", sampleStandardDeviation), ("min", { $0.min()! }), ("max", { $0.max()! }),
        ]
        var statistics: [String: ResultValue] = [:]
        for (name, reduce) in reductions {
            statistics[name] = combine(runs, reduce) ?? .object([:])
        }
        return statistics
    }

    private static func combine(_ values: [ResultValue], _ reduce: ([Double]) -> Double) -> ResultValue? {
        guard let first = values.first else { return nil }
        switch first {
        case .number:
            let numbers = values.compactMap(\.number)
            return numbers.count == values.count ? .number(reduce(numbers)) : nil
        case .array(let elements):
            let arrays = values.compactMap(\.elements)
            guard arrays.count == values.count, arrays.allSatisfy({ $0.count == elements.count }) else { return nil }
            let combined = elements.indices.map { index in combine(arrays.map { $0[index] }, reduce) }
            return combined.allSatisfy { $0 != nil } ? .array(combined.map { $0! }) : nil
        case .object(let fields):
            var result: [String: ResultValue] = [:]
            for key in fields.keys {
                let entries = values.compactMap { if case .object(let other) = $0 { other[key] } else { nil } }
                guard entries.count == values.count, let combined = combine(entries, reduce) else { continue }
                result[key] = combined
            }
            return .object(result)
        case .string, .boolean:
            return nil
        }
    }
}
