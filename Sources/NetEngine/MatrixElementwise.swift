/// Element-wise operations, row broadcasts and reductions.
extension Matrix {
    /// A matrix of the same shape with `transform` applied to every element.
    public func map(_ transform: (Double) -> Double) -> Matrix {
        Matrix(rows: rows, columns: columns, elements: elements.map(transform))
    }

    /// A matrix combining this one and `other` (same shape) element by element.
    public func combined(with other: Matrix, _ combine: (Double, Double) -> Double) -> Matrix {
        var result = Matrix.empty
        combined(with: other, into: &result, combine)
        return result
    }

    /// Writes `combine(self[i], other[i])` for every element, in order, into `result` (resized to
    /// this shape, its storage reused).
    public func combined(with other: Matrix, into result: inout Matrix, _ combine: (Double, Double) -> Double) {
        precondition(rows == other.rows && columns == other.columns, "shapes differ: \(shape) and \(other.shape)")
        result.resize(rows: rows, columns: columns)
        elements.withUnsafeBufferPointer { left in
            other.elements.withUnsafeBufferPointer { right in
                result.elements.withUnsafeMutableBufferPointer { target in
                    for index in target.indices { target[index] = combine(left[index], right[index]) }
                }
            }
        }
    }

    /// Adds `vector` (one value per column) to every row.
    public mutating func addToEveryRow(_ vector: [Double]) {
        precondition(vector.count == columns, "row vector has \(vector.count) values for \(columns) columns")
        let columns = self.columns
        elements.withUnsafeMutableBufferPointer { target in
            vector.withUnsafeBufferPointer { bias in
                for row in 0..<rows {
                    let offset = row * columns
                    for column in 0..<columns { target[offset + column] += bias[column] }
                }
            }
        }
    }

    /// The sum of each column, added row by row from the top.
    public func columnSums() -> [Double] {
        var sums = [Double](repeating: 0, count: columns)
        let columns = self.columns
        elements.withUnsafeBufferPointer { source in
            sums.withUnsafeMutableBufferPointer { target in
                for row in 0..<rows {
                    let offset = row * columns
                    for column in 0..<columns { target[column] += source[offset + column] }
                }
            }
        }
        return sums
    }

    /// The Euclidean (Frobenius) norm of all elements.
    public var frobeniusNorm: Double {
        elements.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// `(rows, columns)`, for messages.
    public var shape: String { "\(rows)×\(columns)" }

    /// Element-wise sum.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.combined(with: rhs, +) }

    /// Element-wise difference.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.combined(with: rhs, -) }

    /// Every element times `scalar`.
    public static func * (scalar: Double, matrix: Matrix) -> Matrix { matrix.map { scalar * $0 } }
}
