/// The best affine map from inputs to outputs in the least-squares sense.
public struct AffineFit: Sendable {
    /// `inputs × outputs`.
    public var weights: Matrix
    /// One value per output.
    public var bias: [Double]
    /// √(Σ residual²) / √(Σ (y − mean y)²) over all outputs: 0 for an exact fit, 1 for a fit no
    /// better than the mean.
    public var relativeResidual: Double

    /// Fits `outputs ≈ inputs · weights + bias` by solving the normal equations with pivoting.
    public init(inputs: Matrix, outputs: Matrix) {
        precondition(inputs.rows == outputs.rows, "need one output row per input row")
        let extended = Matrix(
            rows: inputs.rows, columns: inputs.columns + 1, elements: (0..<inputs.rows).flatMap { inputs.row($0) + [1] }
        )
        let gram = Matrix.productTransposingLeft(extended, extended)
        let moments = Matrix.productTransposingLeft(extended, outputs)
        let solution = solveLinearSystem(gram, moments)
        weights = Matrix(
            rows: inputs.columns, columns: outputs.columns,
            elements: Array(solution.elements.prefix(inputs.columns * outputs.columns)))
        bias = solution.row(inputs.columns)
        let residual = outputs - Matrix.product(extended, solution)
        let means = outputs.columnSums().map { $0 / Double(max(outputs.rows, 1)) }
        var spread = 0.0
        for row in 0..<outputs.rows {
            for column in 0..<outputs.columns {
                spread += (outputs[row, column] - means[column]) * (outputs[row, column] - means[column])
            }
        }
        relativeResidual = spread > 0 ? residual.frobeniusNorm / spread.squareRoot() : 0
    }
}

/// Solves A·X = B for square A by Gaussian elimination with partial pivoting; a singular
/// direction (pivot below 1e-12 of the largest) gets a zero solution component.
public func solveLinearSystem(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.rows == a.columns && a.rows == b.rows, "A must be square with as many rows as B")
    let n = a.rows
    var left = a
    var right = b
    let scale = a.elements.map(abs).max() ?? 0
    for column in 0..<n {
        let pivot = (column..<n).max { abs(left[$0, column]) < abs(left[$1, column]) } ?? column
        if pivot != column {
            for k in 0..<n { (left[column, k], left[pivot, k]) = (left[pivot, k], left[column, k]) }
            for k in 0..<right.columns { (right[column, k], right[pivot, k]) = (right[pivot, k], right[column, k]) }
        }
        guard abs(left[column, column]) > 1e-12 * scale else { continue }
        for row in (column + 1)..<n {
            let factor = left[row, column] / left[column, column]
            guard factor != 0 else { continue }
            for k in column..<n { left[row, k] -= factor * left[column, k] }
            for k in 0..<right.columns { right[row, k] -= factor * right[column, k] }
        }
    }
    var solution = Matrix(rows: n, columns: right.columns)
    for row in stride(from: n - 1, through: 0, by: -1) {
        guard abs(left[row, row]) > 1e-12 * scale else { continue }
        for k in 0..<right.columns {
            var value = right[row, k]
            for j in (row + 1)..<n { value -= left[row, j] * solution[j, k] }
            solution[row, k] = value / left[row, row]
        }
    }
    return solution
}
