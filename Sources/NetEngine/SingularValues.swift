import Foundation

extension Matrix {
    /// The singular values, largest first (one-sided Jacobi: columns are rotated pairwise until they
    /// are orthogonal, and their norms are the singular values). Small matrices only: the work is
    /// about rows × columns² per sweep, for a few sweeps.
    public var singularValues: [Double] {
        // Work on the side with fewer columns: A and Aᵀ have the same singular values.
        let wide = columns > rows
        let source = wide ? transposed() : self
        let (height, count) = (source.rows, source.columns)
        // Column-major copy, so each column is contiguous.
        var columnsData = (0..<count).map { source.column($0) }
        for _ in 0..<60 {
            var rotated = false
            for first in 0..<count {
                for second in (first + 1)..<count {
                    var (alpha, beta, gamma) = (0.0, 0.0, 0.0)
                    for row in 0..<height {
                        let (x, y) = (columnsData[first][row], columnsData[second][row])
                        alpha += x * x
                        beta += y * y
                        gamma += x * y
                    }
                    guard abs(gamma) > 1e-15 * (alpha * beta).squareRoot(), gamma != 0 else { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let tangent = (zeta >= 0 ? 1 : -1) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let cosine = 1 / (1 + tangent * tangent).squareRoot()
                    let sine = cosine * tangent
                    for row in 0..<height {
                        let (x, y) = (columnsData[first][row], columnsData[second][row])
                        columnsData[first][row] = cosine * x - sine * y
                        columnsData[second][row] = sine * x + cosine * y
                    }
                }
            }
            if !rotated { break }
        }
        return columnsData.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }.sorted(by: >)
    }

    /// How many singular values exceed `tolerance` times the largest.
    public func rank(tolerance: Double = 1e-9) -> Int {
        Self.rank(singularValues: singularValues, tolerance: tolerance)
    }

    /// How many of `singularValues` (largest first) exceed `tolerance` times the largest.
    public static func rank(singularValues: [Double], tolerance: Double = 1e-9) -> Int {
        guard let largest = singularValues.first, largest > 0 else { return 0 }
        return singularValues.filter { $0 > tolerance * largest }.count
    }
}
