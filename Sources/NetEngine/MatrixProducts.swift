/// The three matrix products a batched MLP needs: A·B (forward), Aᵀ·B (weight gradients) and
/// A·Bᵀ (deltas sent back a layer).
///
/// The name of the product kernel that runs on this processor ("avx512", "avx2" or "portable").
public var matrixKernelName: String { ProductKernel.kernelName }

/// All three run through ``ProductKernel`` (a transposed operand is read in place): every output
/// element is summed over the shared dimension from index 0 up, whatever the blocking or the
/// thread count, so results are bit-identical for any `threads`. The `into:` forms reuse the output's storage.
extension Matrix {
    /// A·B.
    public static func product(_ a: Matrix, _ b: Matrix, threads: Int = 1) -> Matrix {
        var result = Matrix.empty
        product(a, b, into: &result, threads: threads)
        return result
    }

    /// Aᵀ·B.
    public static func productTransposingLeft(_ a: Matrix, _ b: Matrix, threads: Int = 1) -> Matrix {
        var result = Matrix.empty
        productTransposingLeft(a, b, into: &result, threads: threads)
        return result
    }

    /// A·Bᵀ.
    public static func productTransposingRight(_ a: Matrix, _ b: Matrix, threads: Int = 1) -> Matrix {
        var result = Matrix.empty
        productTransposingRight(a, b, into: &result, threads: threads)
        return result
    }

    /// Writes A·B into `result`: `result[i, j] = Σₖ a[i, k] · b[k, j]`.
    public static func product(_ a: Matrix, _ b: Matrix, into result: inout Matrix, threads: Int = 1) {
        precondition(a.columns == b.rows, "A·B needs A's columns (\(a.shape)) to equal B's rows (\(b.shape))")
        result.resize(rows: a.rows, columns: b.columns)
        let (inner, width) = (a.columns, b.columns)
        withBuffers(a, b, &result) { left, right, output in
            ProductKernel.multiply(
                left.base, .rowMajor(columns: a.columns), right.base, .rowMajor(columns: b.columns), output.base,
                rows: a.rows, inner: inner, columns: width, threads: threads)
        }
    }

    /// Writes Aᵀ·B into `result`: `result[i, j] = Σₖ a[k, i] · b[k, j]` (A is read transposed in place).
    public static func productTransposingLeft(_ a: Matrix, _ b: Matrix, into result: inout Matrix, threads: Int = 1) {
        precondition(a.rows == b.rows, "Aᵀ·B needs A's rows (\(a.shape)) to equal B's rows (\(b.shape))")
        result.resize(rows: a.columns, columns: b.columns)
        withBuffers(a, b, &result) { left, right, output in
            ProductKernel.multiply(
                left.base, .transposed(columns: a.columns), right.base, .rowMajor(columns: b.columns), output.base,
                rows: a.columns, inner: a.rows, columns: b.columns, threads: threads)
        }
    }

    /// Writes A·Bᵀ into `result`: `result[i, j] = Σₖ a[i, k] · b[j, k]` (B is packed transposed).
    public static func productTransposingRight(_ a: Matrix, _ b: Matrix, into result: inout Matrix, threads: Int = 1) {
        precondition(a.columns == b.columns, "A·Bᵀ needs A's columns (\(a.shape)) to equal B's columns (\(b.shape))")
        result.resize(rows: a.rows, columns: b.rows)
        withBuffers(a, b, &result) { left, right, output in
            ProductKernel.multiply(
                left.base, .rowMajor(columns: a.columns), right.base, .transposed(columns: b.columns), output.base,
                rows: a.rows, inner: a.columns, columns: b.rows, threads: threads)
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
                    body(
                        SharedReadBuffer(base: leftBase), SharedReadBuffer(base: rightBase),
                        SharedBuffer(base: outputBase))
                }
            }
        }
    }
}
