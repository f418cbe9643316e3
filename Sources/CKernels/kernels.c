// Matrix-product kernels. The portable one is plain C; the AVX2 one uses 256-bit vectors for the
// same arithmetic (no fused multiply-add, which would round differently). The choice is made once,
// at the first call, from the processor's features; both give bit-identical results.
#include "ckernels.h"

#include <string.h>

#pragma STDC FP_CONTRACT OFF

void ck_pack(const double *b, double *packed, size_t k, size_t n, size_t row_stride, size_t column_stride) {
    size_t panels = (n + CK_PANEL - 1) / CK_PANEL;
    for (size_t panel = 0; panel < panels; panel++) {
        size_t start = panel * CK_PANEL;
        size_t width = n - start < CK_PANEL ? n - start : CK_PANEL;
        double *target = packed + panel * k * CK_PANEL;
        for (size_t p = 0; p < k; p++) {
            const double *source = b + p * row_stride + start * column_stride;
            double *row = target + p * CK_PANEL;
            if (column_stride == 1 && width == CK_PANEL) {
                for (size_t j = 0; j < CK_PANEL; j++) row[j] = source[j];
                continue;
            }
            for (size_t j = 0; j < width; j++) row[j] = source[j * column_stride];
            for (size_t j = width; j < CK_PANEL; j++) row[j] = 0;
        }
    }
}

/// One row of C against one panel: eight sums over p.
static void row_panel_portable(const double *a, size_t a_column_stride, const double *panel, double *c, size_t k,
                               size_t width) {
    double sums[CK_PANEL] = {0};
    for (size_t p = 0; p < k; p++) {
        double factor = a[p * a_column_stride];
        for (size_t j = 0; j < CK_PANEL; j++) {
            double product = factor * panel[p * CK_PANEL + j];
            sums[j] = sums[j] + product;
        }
    }
    memcpy(c, sums, width * sizeof(double));
}

void ck_multiply_rows_portable(const double *a, size_t a_row_stride, size_t a_column_stride, const double *packed,
                               double *c, size_t k, size_t n, size_t first, size_t last) {
    size_t panels = (n + CK_PANEL - 1) / CK_PANEL;
    for (size_t i = first; i < last; i++) {
        for (size_t panel = 0; panel < panels; panel++) {
            size_t start = panel * CK_PANEL;
            size_t width = n - start < CK_PANEL ? n - start : CK_PANEL;
            row_panel_portable(a + i * a_row_stride, a_column_stride, packed + panel * k * CK_PANEL, c + i * n + start, k, width);
        }
    }
}

#if defined(__x86_64__)
#include <immintrin.h>

/// Four rows of C against one panel, in eight 256-bit accumulators (4 rows × 2 halves).
__attribute__((target("avx2")))
static void block_avx2(const double *a, size_t rs, size_t cs, const double *panel, double *c, size_t k, size_t n,
                       size_t rows, size_t width) {
    __m256d s00 = _mm256_setzero_pd(), s01 = _mm256_setzero_pd(), s10 = _mm256_setzero_pd(), s11 = _mm256_setzero_pd();
    __m256d s20 = _mm256_setzero_pd(), s21 = _mm256_setzero_pd(), s30 = _mm256_setzero_pd(), s31 = _mm256_setzero_pd();
    const double *a0 = a, *a1 = a + (rows > 1 ? rs : 0), *a2 = a + (rows > 2 ? 2 * rs : 0), *a3 = a + (rows > 3 ? 3 * rs : 0);
    for (size_t p = 0; p < k; p++) {
        __m256d b0 = _mm256_loadu_pd(panel + p * CK_PANEL);
        __m256d b1 = _mm256_loadu_pd(panel + p * CK_PANEL + 4);
        size_t offset = p * cs;
        __m256d x0 = _mm256_broadcast_sd(a0 + offset), x1 = _mm256_broadcast_sd(a1 + offset);
        __m256d x2 = _mm256_broadcast_sd(a2 + offset), x3 = _mm256_broadcast_sd(a3 + offset);
        s00 = _mm256_add_pd(s00, _mm256_mul_pd(x0, b0));
        s01 = _mm256_add_pd(s01, _mm256_mul_pd(x0, b1));
        s10 = _mm256_add_pd(s10, _mm256_mul_pd(x1, b0));
        s11 = _mm256_add_pd(s11, _mm256_mul_pd(x1, b1));
        s20 = _mm256_add_pd(s20, _mm256_mul_pd(x2, b0));
        s21 = _mm256_add_pd(s21, _mm256_mul_pd(x2, b1));
        s30 = _mm256_add_pd(s30, _mm256_mul_pd(x3, b0));
        s31 = _mm256_add_pd(s31, _mm256_mul_pd(x3, b1));
    }
    __m256d sums[4][2] = {{s00, s01}, {s10, s11}, {s20, s21}, {s30, s31}};
    for (size_t r = 0; r < rows; r++) {
        if (width == CK_PANEL) {
            _mm256_storeu_pd(c + r * n, sums[r][0]);
            _mm256_storeu_pd(c + r * n + 4, sums[r][1]);
        } else {
            double out[CK_PANEL];
            _mm256_storeu_pd(out, sums[r][0]);
            _mm256_storeu_pd(out + 4, sums[r][1]);
            for (size_t j = 0; j < width; j++) c[r * n + j] = out[j];
        }
    }
}

__attribute__((target("avx2")))
static void multiply_rows_avx2(const double *a, size_t rs, size_t cs, const double *packed, double *c, size_t k,
                               size_t n, size_t first, size_t last) {
    size_t panels = (n + CK_PANEL - 1) / CK_PANEL;
    for (size_t i = first; i < last; i += 4) {
        size_t rows = last - i < 4 ? last - i : 4;
        for (size_t panel = 0; panel < panels; panel++) {
            size_t start = panel * CK_PANEL;
            size_t width = n - start < CK_PANEL ? n - start : CK_PANEL;
            block_avx2(a + i * rs, rs, cs, packed + panel * k * CK_PANEL, c + i * n + start, k, n, rows, width);
        }
    }
}
#endif

typedef void (*multiply_fn)(const double *, size_t, size_t, const double *, double *, size_t, size_t, size_t, size_t);

static multiply_fn chosen_kernel(const char **name) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx2")) {
        if (name) *name = "avx2";
        return multiply_rows_avx2;
    }
#endif
    if (name) *name = "portable";
    return ck_multiply_rows_portable;
}

void ck_multiply_rows(const double *a, size_t a_row_stride, size_t a_column_stride, const double *packed, double *c,
                      size_t k, size_t n, size_t first, size_t last) {
    chosen_kernel(0)(a, a_row_stride, a_column_stride, packed, c, k, n, first, last);
}

const char *ck_kernel_name(void) {
    const char *name = "portable";
    chosen_kernel(&name);
    return name;
}
