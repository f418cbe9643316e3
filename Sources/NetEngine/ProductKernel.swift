import CKernels

/// The one matrix-product kernel: C = A·B for A (m × k) and B (k × n), each read through a layout.
///
/// B is packed once into panels of `CK_PANEL` columns (k × 8, contiguous, in the calling thread's
/// reused scratch memory); the C target
/// `CKernels` then computes C in cache-sized blocks of tiles, with AVX-512 or AVX2 where the
/// processor has them and portable C elsewhere (chosen at run time; `kernelName` says which).
/// Every element of C is the sum Σₖ a[i,k]·b[k,j] taken from k = 0 upwards, one multiply and one
/// add per term, never fused: results are bit-identical whichever kernel runs, however the rows
/// are split, and for any thread count.
enum ProductKernel {
    /// The kernel every product uses: the widest this processor runs.
    static let best = ck_best_kernel()

    /// Which kernel runs on this processor ("avx512", "avx2" or "portable").
    static var kernelName: String { String(cString: ck_kernel_name(best)) }

    /// Every kernel this processor can run (for tests that compare them).
    static var supported: [ck_kernel] {
        [CK_KERNEL_PORTABLE, CK_KERNEL_AVX2, CK_KERNEL_AVX512].filter { ck_kernel_supported($0) != 0 }
    }

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

    /// Writes A·B into `c` (m × n, row-major). Up to `threads` threads first pack B's panels, then
    /// compute C's rows, split in whole tiles. A is m × k and B is k × n, each read through its layout.
    static func multiply(
        _ a: UnsafePointer<Double>, _ aLayout: Layout, _ b: UnsafePointer<Double>, _ bLayout: Layout,
        _ c: UnsafeMutablePointer<Double>, rows: Int, inner: Int, columns: Int, threads: Int, kernel: ck_kernel = best
    ) {
        let threads = max(1, min(threads, rows * inner * columns / workPerThread))
        let packed = SharedBuffer(base: ck_scratch(CK_SCRATCH_PACKED_B, ck_packed_count(inner, columns)))
        let (left, right, output) = (SharedReadBuffer(base: a), SharedReadBuffer(base: b), SharedBuffer(base: c))
        forEachChunk(of: ck_panel_count(columns), threads: threads) { panels in
            ck_pack(
                right.base, packed.base, inner, columns, bLayout.rowStride, bLayout.columnStride,
                panels.lowerBound, panels.upperBound)
        }
        let tileRows = ck_tile_rows(kernel)
        forEachChunk(of: (rows + tileRows - 1) / tileRows, threads: threads) { tiles in
            let (first, last) = (tiles.lowerBound * tileRows, min(tiles.upperBound * tileRows, rows))
            ck_multiply_rows(
                kernel, left.base, aLayout.rowStride, aLayout.columnStride, packed.base, output.base, inner,
                columns, first, last)
        }
    }
}
