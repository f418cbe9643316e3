/// Measurements of a network's internal state on a set of inputs.
public enum Probes {
    /// Per dense layer, whether each unit is dead: its pre-activation is never positive on `inputs`.
    public static func deadUnits(_ network: Network, on inputs: Matrix) -> [[Bool]] {
        let trace = network.forward(inputs)
        return zip(network.layers, trace.layers).compactMap { layer, step in
            guard case .dense = layer else { return nil }
            let z = step.preActivation
            return (0..<z.columns).map { unit in !(0..<z.rows).contains { z[$0, unit] > 0 } }
        }
    }

    /// When a unit counts as saturated.
    public enum Saturation: Hashable, Sendable {
        /// |pre-activation| above the threshold.
        case magnitudeAbove(Double)
        /// The layer activation's derivative below the bound.
        case derivativeBelow(Double)
    }

    /// Per dense layer, the share of (example, unit) pairs that are saturated.
    public static func saturatedFraction(_ network: Network, trace: Trace, criterion: Saturation) -> [Double] {
        zip(network.layers, trace.layers).compactMap { layer, step in
            guard case .dense(let dense) = layer, !step.preActivation.elements.isEmpty else { return nil }
            let saturated = step.preActivation.elements.filter { z in
                switch criterion {
                case .magnitudeAbove(let threshold): abs(z) > threshold
                case .derivativeBelow(let bound): dense.activation.derivative(z) < bound
                }
            }
            return Double(saturated.count) / Double(step.preActivation.elements.count)
        }
    }

    /// Per dense layer, the Euclidean norm of the weight gradient.
    public static func weightGradientNorms(_ network: Network, gradients: Gradients) -> [Double] {
        network.layers.indices.compactMap { index in
            guard case .dense = network.layers[index] else { return nil }
            return gradients.weights(of: index).frobeniusNorm
        }
    }

    /// The number of distinct on/off patterns of all hidden dense units over `inputs`
    /// (a unit is on where its pre-activation is positive; the output layer is not counted).
    public static func activationPatternCount(_ network: Network, on inputs: Matrix) -> Int {
        let trace = network.forward(inputs)
        let hidden = zip(network.layers, trace.layers).dropLast().compactMap { layer, step -> Matrix? in
            guard case .dense = layer else { return nil }
            return step.preActivation
        }
        var patterns = Set<[Bool]>()
        for row in 0..<inputs.rows {
            patterns.insert(hidden.flatMap { z in (0..<z.columns).map { z[row, $0] > 0 } })
        }
        return patterns.count
    }

    /// Per input feature, the Euclidean norm of its outgoing weights in the first dense layer.
    public static func inputWeightNorms(_ network: Network) -> [Double] {
        guard let first = network.denseLayers.first else { return [] }
        return (0..<first.weights.rows).map { input in
            first.weights.row(input).reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
    }
}
