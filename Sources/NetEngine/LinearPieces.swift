/// Exact counting of a ReLU network's linear pieces along a line through input space.
///
/// On the segment x(t) = origin + t · direction, t ∈ [low, high], every pre-activation of a
/// piecewise-linear network is affine in t between breakpoints. Layer by layer, each interval is
/// split where a unit's pre-activation changes sign; the activation pattern is then constant on
/// each resulting interval. The count of intervals is the number of pieces (adjacent intervals
/// whose pattern differs only in units that do not reach the output still count separately:
/// this is the usual count of activation regions along a line).
public enum LinearPieces {
    /// One interval of t on which every pre-activation of a layer is affine: z = a + b·t.
    public struct Piece: Sendable {
        /// The t-interval.
        public var range: ClosedRange<Double>
        /// Per unit, the pre-activation's value at t = 0 (extended affinely).
        public var a: [Double]
        /// Per unit, its slope in t.
        public var b: [Double]

        /// The largest pre-activation of `unit` on the interval (an affine function peaks at an end).
        public func maximum(_ unit: Int) -> Double {
            max(a[unit] + b[unit] * range.lowerBound, a[unit] + b[unit] * range.upperBound)
        }
    }

    /// Walks the dense layers, calling `visit(layerIndex, pieces)` with each layer's pre-activations
    /// on the intervals where everything before it is affine.
    public static func walk(
        _ network: Network, origin: [Double], direction: [Double], in interval: ClosedRange<Double>,
        visit: (Int, [Piece]) -> Void = { _, _ in }
    ) -> [ClosedRange<Double>] {
        var inputs: [(range: ClosedRange<Double>, a: [Double], b: [Double])] = [(interval, origin, direction)]
        for (layerIndex, dense) in network.denseLayers.enumerated() {
            let pieces = inputs.map { input in
                Piece(
                    range: input.range, a: affine(input.a, dense.weights, bias: dense.bias),
                    b: affine(input.b, dense.weights, bias: nil))
            }
            visit(layerIndex, pieces)
            inputs = pieces.flatMap { piece in split(piece, activation: dense.activation) }
        }
        return inputs.map(\.range)
    }

    /// Breakpoints in t (sorted, inside the open interval) of the dense layers' ReLU-family units.
    public static func breakpoints(
        _ network: Network, origin: [Double], direction: [Double], in interval: ClosedRange<Double>
    ) -> [Double] {
        walk(network, origin: origin, direction: direction, in: interval).dropFirst().map(\.lowerBound)
    }

    /// Cuts a piece where a unit changes sign and applies the activation's slope on each part
    /// (exact for ReLU-family activations, which are linear on each side of zero).
    private static func split(_ piece: Piece, activation: Activation) -> [(
        range: ClosedRange<Double>, a: [Double], b: [Double]
    )] {
        var cuts = Set<Double>()
        if activation != .identity {
            for unit in piece.a.indices where piece.b[unit] != 0 {
                let root = -piece.a[unit] / piece.b[unit]
                if root > piece.range.lowerBound && root < piece.range.upperBound { cuts.insert(root) }
            }
        }
        let edges = [piece.range.lowerBound] + cuts.sorted() + [piece.range.upperBound]
        return zip(edges, edges.dropFirst()).map { start, end in
            let middle = (start + end) / 2
            var a = piece.a
            var b = piece.b
            for unit in a.indices {
                let slope = activation.derivative(a[unit] + b[unit] * middle)
                a[unit] *= slope
                b[unit] *= slope
            }
            return (start...end, a, b)
        }
    }

    /// The number of pieces along the segment (breakpoints + 1).
    public static func count(
        _ network: Network, origin: [Double], direction: [Double], in interval: ClosedRange<Double>
    ) -> Int {
        breakpoints(network, origin: origin, direction: direction, in: interval).count + 1
    }

    private static func affine(_ vector: [Double], _ weights: Matrix, bias: [Double]?) -> [Double] {
        (0..<weights.columns).map { column in
            var sum = bias?[column] ?? 0
            for row in 0..<weights.rows { sum += vector[row] * weights[row, column] }
            return sum
        }
    }
}
