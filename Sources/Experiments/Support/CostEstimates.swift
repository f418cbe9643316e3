/// The shared pieces of the kinds' cost estimates (see ``RunCost``).
extension RunCost {
    /// Images in the digits data set, and its training split (four in five).
    static let digitsCount = 1797
    static let digitsTrainCount = 1438

    /// Multiply-adds of one sample through dense layers of these sizes.
    static func productWork(_ sizes: [Int]) -> Double {
        zip(sizes.dropLast(), sizes.dropFirst()).reduce(0) { $0 + Double($1.0 * $1.1) }
    }

    private static func parameterCount(_ sizes: [Int]) -> Double {
        zip(sizes.dropLast(), sizes.dropFirst()).reduce(0) { $0 + Double($1.0 * $1.1 + $1.1) }
    }

    /// One forward pass of `rows` samples that keeps every layer's values (a trace).
    static func forward(_ sizes: [Int], rows: Int) -> RunCost {
        let units = Double(sizes.reduce(0, +))
        let work = Double(rows) * (productWork(sizes) + 20 * units)
        return RunCost(work: work, bytes: Double(rows) * units * 8 * 2 + parameterCount(sizes) * 8)
    }

    /// A forward and a backward pass of `rows` samples (a gradient, or a probe of the deltas).
    static func forwardBackward(_ sizes: [Int], rows: Int) -> RunCost {
        let forward = forward(sizes, rows: rows)
        return RunCost(work: 3 * forward.work, bytes: 2 * forward.bytes)
    }

    /// Minibatch training: `epochs` passes over `samples` in batches of `batch`, each step a
    /// forward and backward pass, an optimizer update and a fixed overhead per layer.
    static func training(_ sizes: [Int], samples: Int, epochs: Int, batch: Int = 32) -> RunCost {
        let steps = Double(epochs) * Double((samples + batch - 1) / batch)
        let perSample = 3 * productWork(sizes) + 40 * Double(sizes.reduce(0, +))
        let perStep = 8 * parameterCount(sizes) + 2_000 * Double(sizes.count)
        let work = Double(epochs) * Double(samples) * perSample + steps * perStep
        let bytes =
            Double(samples) * Double(sizes.first! + sizes.last!) * 8 * 2 + parameterCount(sizes) * 8 * 5
            + Double(min(batch, samples)) * Double(sizes.reduce(0, +)) * 8 * 6
        return RunCost(work: work, bytes: bytes)
    }

    /// `count` evaluations of a scalar function costing about `each` multiply-adds, values kept.
    static func scalars(_ count: Double, each: Double = 30) -> RunCost {
        RunCost(work: count * each, bytes: count * 8 * 2)
    }
}
