import CKernels

/// The one matrix-product kernel: C = A·B for row-major A (m × k) and B (k × n).
///
/// B is packed once into panels of `CK_PANEL` columns (k × 8, contiguous) so the inner loop
/// streams through memory; the C target `CKernels` then computes blocks of C, with AVX2 where the
/// processor has it and portable C elsewhere (chosen at run time; `kernelName` says which).
/// Every element of C is the sum Σₖ a[i,k]·b[k,j] taken from k = 0 upwards, one multiply and one
/// add per term, never fused: results are bit-identical whichever kernel runs, however the rows
/// are split, and for any thread count.
enum ProductKernel {
    /// Which kernel runs on this processor ("avx2" or "portable").
    static var kernelName: String { String(cString: ck_kernel_name()) }

    /// Products smaller than this many multiply-adds per thread are not split: starting a thread
    /// would cost more than it saves. (Results are the same either way.)
    static let workPerThread = 1_000_000

    /// How an operand is laid out: element (i, j) at `base[i * rowStride + j * columnStride]`.
    struct Layout {
        var rowStride: Int
        var columnStride: Int

        /// A row-major matrix with `columns` columns.
        static func rowMajor(columns: Int) -> Layout { Layout(rowStride: columns, columnStride: 1) }
        /// The transpose of a row-major matrix with `columns` columns, read in place.
        static func transposed(columns: Int) -> Layout { Layout(rowStride: 1, columnStride: columns) }
    }

    /// Writes A·B into `c` (m × n, row-major), splitting C's rows over up to `threads` threads in
    /// blocks of four. A is m × k and B is k × n, each read through its layout.
    static func multiply(
        _ a: UnsafePointer<Double>, _ aLayout: Layout, _ b: UnsafePointer<Double>, _ bLayout: Layout,
        _ c: UnsafeMutablePointer<Double>, rows: Int, inner: Int, columns: Int, threads: Int, portable: Bool = false
    ) {
        let threads = max(1, min(threads, rows * inner * columns / workPerThread))
        let panel = Int(CK_PANEL)
        var packed = [Double](unsafeUninitializedCapacity: (columns + panel - 1) / panel * inner * panel) { buffer, count in
            ck_pack(b, buffer.baseAddress!, inner, columns, bLayout.rowStride, bLayout.columnStride)
            count = buffer.count
        }
        packed.withUnsafeMutableBufferPointer { buffer in
            let (left, right, output) = (SharedReadBuffer(base: a), SharedReadBuffer(base: buffer.baseAddress!), SharedBuffer(base: c))
            forEachChunk(of: (rows + 3) / 4, threads: threads) { blocks in
                let (first, last) = (blocks.lowerBound * 4, min(blocks.upperBound * 4, rows))
                if portable {
                    ck_multiply_rows_portable(left.base, aLayout.rowStride, aLayout.columnStride, right.base, output.base, inner, columns,
                                              first, last)
                } else {
                    ck_multiply_rows(left.base, aLayout.rowStride, aLayout.columnStride, right.base, output.base, inner, columns,
                                     first, last)
                }
            }
        }
    }
}
