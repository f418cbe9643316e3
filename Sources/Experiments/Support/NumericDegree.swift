import Foundation

/// Measures the degree of a function on [−1, 1] from its values alone: interpolate at Chebyshev
/// points and find the last Chebyshev coefficient that is not rounding noise.
enum NumericDegree {
    /// The highest degree reported; above it, small top coefficients of a high-degree polynomial
    /// could hide below rounding noise and be mistaken for a lower degree.
    static let measurableLimit = 12

    /// Chebyshev points sampled: many more than the limit, so a higher degree shows as
    /// coefficients above the limit instead of aliasing onto lower ones.
    static let nodes = 64

    /// The degree of `function` on [−1, 1], or nil when a coefficient above `measurableLimit`
    /// is above the noise (degree too high to measure).
    static func measure(_ function: ([Double]) -> [Double], tolerance: Double = 1e-12) -> Int? {
        let count = nodes
        let nodes = (0..<count).map { cos(Double.pi * (Double($0) + 0.5) / Double(count)) }
        let values = function(nodes)
        // Outputs that overflowed say nothing about the degree.
        guard values.allSatisfy(\.isFinite) else { return nil }
        let coefficients = (0..<count).map { k -> Double in
            var sum = 0.0
            for j in 0..<count {
                let angle = Double.pi * Double(k) * (Double(j) + 0.5) / Double(count)
                sum += values[j] * cos(angle)
            }
            return 2 * sum / Double(count)
        }
        let scale = max(coefficients.map(abs).max() ?? 0, values.map(abs).max() ?? 0, 1e-300)
        let significant = coefficients.indices.filter { abs(coefficients[$0]) > tolerance * scale }
        guard let degree = significant.last else { return 0 }
        return degree <= measurableLimit ? degree : nil
    }
}
