/// Layer normalization (Ba, Kiros and Hinton, 2016): each row is standardized over its own
/// features, then scaled by `gain` and shifted by `shift`.
public struct LayerNorm: Equatable, Sendable {
    /// Per-feature scale, 1 at initialization.
    public var gain: [Double]
    /// Per-feature shift, 0 at initialization.
    public var shift: [Double]
    /// Added to the variance before the square root.
    public var epsilon: Double

    /// A layer norm over `features` features.
    public init(features: Int, epsilon: Double = 1e-5) {
        gain = Array(repeating: 1, count: features)
        shift = Array(repeating: 0, count: features)
        self.epsilon = epsilon
    }

    /// Writes the standardized rows into `normalized`, the layer's output into `output`, and
    /// returns each row's 1/σ (needed by the backward pass).
    func forward(_ input: Matrix, normalized: inout Matrix, output: inout Matrix) -> [Double] {
        normalized = input
        var inverseDeviations = [Double](repeating: 0, count: input.rows)
        let width = Double(input.columns)
        for row in 0..<input.rows {
            let values = input.row(row)
            let mean = values.reduce(0, +) / width
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / width
            let inverse = 1 / (variance + epsilon).squareRoot()
            inverseDeviations[row] = inverse
            for column in 0..<input.columns { normalized[row, column] = (values[column] - mean) * inverse }
        }
        output = normalized
        for row in 0..<input.rows {
            for column in 0..<input.columns {
                output[row, column] = gain[column] * normalized[row, column] + shift[column]
            }
        }
        return inverseDeviations
    }

    /// Gradients of gain and shift, and ∂loss/∂input, from ∂loss/∂output.
    func backward(
        normalized: Matrix, inverseDeviations: [Double], outputGradient: Matrix
    ) -> (gain: Matrix, shift: Matrix, input: Matrix) {
        let gainGradient = Matrix(row: outputGradient.combined(with: normalized, *).columnSums())
        let shiftGradient = Matrix(row: outputGradient.columnSums())
        var inputGradient = Matrix(rows: normalized.rows, columns: normalized.columns)
        let width = Double(normalized.columns)
        for row in 0..<normalized.rows {
            let scaled = (0..<normalized.columns).map { outputGradient[row, $0] * gain[$0] }
            let meanScaled = scaled.reduce(0, +) / width
            let meanProjected = zip(scaled, normalized.row(row)).reduce(0) { $0 + $1.0 * $1.1 } / width
            for column in 0..<normalized.columns {
                let centered = scaled[column] - meanScaled - normalized[row, column] * meanProjected
                inputGradient[row, column] = inverseDeviations[row] * centered
            }
        }
        return (gainGradient, shiftGradient, inputGradient)
    }
}
