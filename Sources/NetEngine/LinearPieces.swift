/// Exact counting of a ReLU network's linear pieces along a line through input space.
///
/// On the segment x(t) = origin + t · direction, t ∈ [low, high], every pre-activation of a
/// piecewise-linear network is affine in t between breakpoints. Layer by layer, each interval is
/// split where a unit's pre-activation changes sign; the activation pattern is then constant on
/// each resulting interval. The count of intervals is the number of pieces (adjacent intervals
/// whose pattern differs only in units that do not reach the output still count separately:
/// this is the usual count of activation regions along a line).
public enum LinearPieces {
    /// Breakpoints in t (sorted, inside the open interval) of the dense layers' ReLU-family units.
    public static func breakpoints(
        _ network: Network, origin: [Double], direction: [Double], in interval: ClosedRange<Double>
    ) -> [Double] {
        // Each piece: t-range and, per current unit, the affine map value = a + b·t.
        var pieces: [(range: ClosedRange<Double>, a: [Double], b: [Double])] = [(interval, origin, direction)]
        for dense in network.denseLayers {
            var next: [(range: ClosedRange<Double>, a: [Double], b: [Double])] = []
            for piece in pieces {
                let za = affine(piece.a, dense.weights, bias: dense.bias)
                let zb = affine(piece.b, dense.weights, bias: nil)
                var cuts = Set<Double>()
                if dense.activation != .identity {
                    for unit in za.indices where zb[unit] != 0 {
                        let root = -za[unit] / zb[unit]
                        if root > piece.range.lowerBound && root < piece.range.upperBound { cuts.insert(root) }
                    }
                }
                let edges = [piece.range.lowerBound] + cuts.sorted() + [piece.range.upperBound]
                for (start, end) in zip(edges, edges.dropFirst()) {
                    let middle = (start + end) / 2
                    var a = za, b = zb
                    for unit in a.indices {
                        let slope = dense.activation.derivative(a[unit] + b[unit] * middle)
                        a[unit] *= slope
                        b[unit] *= slope
                    }
                    next.append((start...end, a, b))
                }
            }
            pieces = next
        }
        return pieces.dropFirst().map(\.range.lowerBound)
    }

    /// The number of pieces along the segment (breakpoints + 1).
    public static func count(_ network: Network, origin: [Double], direction: [Double], in interval: ClosedRange<Double>) -> Int {
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
