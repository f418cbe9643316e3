// The blocking driver: splits C's rows into blocks whose packed A stays in the level-2 cache,
// splits the sum over p into runs whose B panels stay in the level-1 cache, and hands each tile
// to the chosen micro-kernel. Runs of p are taken in ascending order and each continues from the
// partial sums the previous run stored in C, so every element is still one left-to-right sum.
#include "ckernels.h"
#include "scratch.h"
#include "tile.h"

#include <string.h>

/// Terms per run of p: a run of one B panel is KC × 8 doubles (32 KiB, level 1's size).
#define KC 512
/// Rows of C per block: a packed A block is at most MC × KC doubles (256 KiB, in level 2).
/// Both sizes were chosen by measuring the 512-wide products (docs/BENCHMARKS.md).
#define MC 64

int ck_kernel_supported(ck_kernel kernel) {
    switch (kernel) {
    case CK_KERNEL_PORTABLE: return 1;
#if defined(__x86_64__)
    case CK_KERNEL_AVX2: return __builtin_cpu_supports("avx2");
    case CK_KERNEL_AVX512: return __builtin_cpu_supports("avx512f");
#endif
    default: return 0;
    }
}

ck_kernel ck_best_kernel(void) {
    if (ck_kernel_supported(CK_KERNEL_AVX512)) return CK_KERNEL_AVX512;
    if (ck_kernel_supported(CK_KERNEL_AVX2)) return CK_KERNEL_AVX2;
    return CK_KERNEL_PORTABLE;
}

const char *ck_kernel_name(ck_kernel kernel) {
    switch (kernel) {
    case CK_KERNEL_AVX2: return "avx2";
    case CK_KERNEL_AVX512: return "avx512";
    default: return "portable";
    }
}

static ck_tile tile_for(ck_kernel kernel) {
#if defined(__x86_64__)
    if (kernel == CK_KERNEL_AVX512 && ck_kernel_supported(kernel)) return ck_tile_avx512();
    if (kernel == CK_KERNEL_AVX2 && ck_kernel_supported(kernel)) return ck_tile_avx2();
#endif
    (void)kernel;
    return ck_tile_portable();
}

size_t ck_tile_rows(ck_kernel kernel) { return tile_for(kernel).rows; }

/// Copies rows × kc of A (from `a`, strides rs and cs) into groups of `tile_rows` rows, p-major
/// within a group, with zeros for the rows past `rows` in the last group.
static void pack_a(const double *a, size_t rs, size_t cs, double *packed, size_t rows, size_t kc, size_t tile_rows) {
    for (size_t group = 0; group < rows; group += tile_rows) {
        double *target = packed + group * kc;
        size_t count = rows - group < tile_rows ? rows - group : tile_rows;
        for (size_t i = 0; i < count; i++) {
            const double *source = a + (group + i) * rs;
            for (size_t p = 0; p < kc; p++) target[p * tile_rows + i] = source[p * cs];
        }
        for (size_t i = count; i < tile_rows; i++) {
            for (size_t p = 0; p < kc; p++) target[p * tile_rows + i] = 0;
        }
    }
}

/// One tile at C's edge: computed in a full-size scratch tile, then the valid part copied out.
static void edge_tile(ck_tile tile, const double *a, const double *b, double *c, size_t n, size_t kc, size_t rows,
                      size_t width, int accumulate) {
    double scratch[CK_MAX_TILE_ROWS * CK_PANEL] = {0};
    if (accumulate) {
        for (size_t i = 0; i < rows; i++) memcpy(scratch + i * CK_PANEL, c + i * n, width * sizeof(double));
    }
    tile.compute(a, b, scratch, CK_PANEL, kc, accumulate);
    for (size_t i = 0; i < rows; i++) memcpy(c + i * n, scratch + i * CK_PANEL, width * sizeof(double));
}

void ck_multiply_rows(ck_kernel kernel, const double *a, size_t rs, size_t cs, const double *packed, double *c,
                      size_t k, size_t n, size_t first, size_t last) {
    if (first >= last || n == 0) return;
    if (k == 0) {
        memset(c + first * n, 0, (last - first) * n * sizeof(double));
        return;
    }
    ck_tile tile = tile_for(kernel);
    size_t rows = last - first;
    size_t block_rows = rows < MC ? (rows + tile.rows - 1) / tile.rows * tile.rows : MC / tile.rows * tile.rows;
    double *a_block = ck_scratch(CK_SCRATCH_PACKED_A, block_rows * (k < KC ? k : KC));
    size_t panel_stride = k * CK_PANEL;
    for (size_t pc = 0; pc < k; pc += KC) {
        size_t kc = k - pc < KC ? k - pc : KC;
        int accumulate = pc > 0;
        for (size_t ic = first; ic < last; ic += block_rows) {
            size_t mc = last - ic < block_rows ? last - ic : block_rows;
            pack_a(a + ic * rs + pc * cs, rs, cs, a_block, mc, kc, tile.rows);
            for (size_t jc = 0; jc < n; jc += CK_PANEL) {
                size_t width = n - jc < CK_PANEL ? n - jc : CK_PANEL;
                const double *b = packed + jc / CK_PANEL * panel_stride + pc * CK_PANEL;
                for (size_t ir = 0; ir < mc; ir += tile.rows) {
                    size_t height = mc - ir < tile.rows ? mc - ir : tile.rows;
                    double *target = c + (ic + ir) * n + jc;
                    const double *a_tile = a_block + ir * kc;
                    if (height == tile.rows && width == CK_PANEL) {
                        tile.compute(a_tile, b, target, n, kc, accumulate);
                    } else {
                        edge_tile(tile, a_tile, b, target, n, kc, height, width, accumulate);
                    }
                }
            }
        }
    }
}
