/// The three matrix products a batched MLP needs: A·B (forward), Aᵀ·B (weight gradients) and
/// A·Bᵀ (deltas sent back a layer).
///
/// Each output row is computed by one thread, and every output element is summed in the same
/// order (over the shared dimension, from index 0 up) whatever the thread count, so results are
/// bit-identical for any `threads`. The `into:` forms reuse the output's storage.
extension Matrix {
    /// A·B.
    public static func product(_ a: Matrix, _ b: Matrix, threads: Int = 1) -> Matrix {
        var result = Matrix(rows: 0, columns: 0)
        product(a, b, into: &result, threads: threads)
        return result
    }

    /// Aᵀ·B.
    public static func productTransposingLeft(_ a: Matrix, _ b: Matrix, threads: Int = 1) -> Matrix {
        var result = Matrix(rows: 0, columns: 0)
        productTransposingLeft(a, b, into: &result, threads: threads)
        return result
    }

    /// A·Bᵀ.
    public static func productTransposingRight(_ a: Matrix, _ b: Matrix, threads: Int = 1) -> Matrix {
        var result = Matrix(rows: 0, columns: 0)
        productTransposingRight(a, b, into: &result, threads: threads)
        return result
    }

    /// Writes A·B into `result`: `result[i, j] = Σₖ a[i, k] · b[k, j]`.
    public static func product(_ a: Matrix, _ b: Matrix, into result: inout Matrix, threads: Int = 1) {
        precondition(a.columns == b.rows, "A·B needs A's columns (\(a.shape)) to equal B's rows (\(b.shape))")
        result.resize(rows: a.rows, columns: b.columns)
        let (inner, width) = (a.columns, b.columns)
        withBuffers(a, b, &result) { left, right, output in
            forEachChunk(of: a.rows, threads: threads) { rowRange in
                for i in rowRange {
                    let outputRow = output.base + i * width
                    outputRow.update(repeating: 0, count: width)
                    for k in 0..<inner {
                        let factor = left.base[i * inner + k]
                        let rightRow = right.base + k * width
                        for j in 0..<width { outputRow[j] += factor * rightRow[j] }
                    }
                }
            }
        }
    }

    /// Writes Aᵀ·B into `result`: `result[i, j] = Σₖ a[k, i] · b[k, j]`.
    public static func productTransposingLeft(_ a: Matrix, _ b: Matrix, into result: inout Matrix, threads: Int = 1) {
        precondition(a.rows == b.rows, "Aᵀ·B needs A's rows (\(a.shape)) to equal B's rows (\(b.shape))")
        result.resize(rows: a.columns, columns: b.columns)
        let (shared, height, width) = (a.rows, a.columns, b.columns)
        withBuffers(a, b, &result) { left, right, output in
            forEachChunk(of: height, threads: threads) { rowRange in
                for i in rowRange { (output.base + i * width).update(repeating: 0, count: width) }
                for k in 0..<shared {
                    let rightRow = right.base + k * width
                    for i in rowRange {
                        let factor = left.base[k * height + i]
                        let outputRow = output.base + i * width
                        for j in 0..<width { outputRow[j] += factor * rightRow[j] }
                    }
                }
            }
        }
    }

    /// Writes A·Bᵀ into `result`: `result[i, j] = Σₖ a[i, k] · b[j, k]`.
    public static func productTransposingRight(_ a: Matrix, _ b: Matrix, into result: inout Matrix, threads: Int = 1) {
        precondition(a.columns == b.columns, "A·Bᵀ needs A's columns (\(a.shape)) to equal B's columns (\(b.shape))")
        result.resize(rows: a.rows, columns: b.rows)
        let (inner, width) = (a.columns, b.rows)
        withBuffers(a, b, &result) { left, right, output in
            forEachChunk(of: a.rows, threads: threads) { rowRange in
                for i in rowRange {
                    let leftRow = left.base + i * inner
                    for j in 0..<width {
                        let rightRow = right.base + j * inner
                        var sum = 0.0
                        for k in 0..<inner { sum += leftRow[k] * rightRow[k] }
                        output.base[i * width + j] = sum
                    }
                }
            }
        }
    }

    private static func withBuffers(
        _ a: Matrix, _ b: Matrix, _ result: inout Matrix,
        _ body: (SharedReadBuffer, SharedReadBuffer, SharedBuffer) -> Void
    ) {
        a.elements.withUnsafeBufferPointer { left in
            b.elements.withUnsafeBufferPointer { right in
                result.elements.withUnsafeMutableBufferPointer { output in
                    guard let leftBase = left.baseAddress, let rightBase = right.baseAddress,
                        let outputBase = output.baseAddress
                    else {
                        // An empty shared dimension: every sum is empty.
                        for index in output.indices { output[index] = 0 }
                        return
                    }
                    body(SharedReadBuffer(base: leftBase), SharedReadBuffer(base: rightBase), SharedBuffer(base: outputBase))
                }
            }
        }
    }
}
