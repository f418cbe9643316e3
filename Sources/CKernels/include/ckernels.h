#ifndef CKERNELS_H
#define CKERNELS_H

#include <stddef.h>

#include "scratch.h"

/// Columns per packed panel of B.
#define CK_PANEL 8

/// The product kernels, from the most portable to the widest vectors.
typedef enum ck_kernel {
    /// Plain C, for any processor.
    CK_KERNEL_PORTABLE = 0,
    /// x86-64 with 256-bit AVX2 vectors.
    CK_KERNEL_AVX2 = 1,
    /// x86-64 with 512-bit AVX-512F vectors.
    CK_KERNEL_AVX512 = 2,
} ck_kernel;

/// Whether this processor can run `kernel`.
int ck_kernel_supported(ck_kernel kernel);

/// The widest kernel this processor runs.
ck_kernel ck_best_kernel(void);

/// The kernel's name: "portable", "avx2" or "avx512".
const char *ck_kernel_name(ck_kernel kernel);

/// Rows of C the kernel computes at a time; splitting C's rows at multiples of it avoids partial tiles.
size_t ck_tile_rows(ck_kernel kernel);

/// How many doubles `ck_pack` writes for a k × n matrix (n rounded up to whole panels).
size_t ck_packed_count(size_t k, size_t n);

/// How many panels B (n columns) packs into.
size_t ck_panel_count(size_t n);

/// Copies panels first_panel..last_panel-1 of B (k × n; element (p, j) at
/// b[p * row_stride + j * column_stride]) into `packed`, a panel being k × CK_PANEL consecutive
/// doubles and the last one padded with zeros. Strides let a transposed B be packed without
/// copying it first.
void ck_pack(const double *b, double *packed, size_t k, size_t n, size_t row_stride, size_t column_stride,
             size_t first_panel, size_t last_panel);

/// C[i, j] = sum over p of A[i, p] * B[p, j] for rows first..last-1 of C (row-major, n columns),
/// from packed B; A's element (i, p) is at a[i * a_row_stride + p * a_column_stride].
/// Every sum runs over p from 0 upwards with one multiply and one add per term (never fused), so
/// the result is the same whichever kernel runs and however rows are split.
void ck_multiply_rows(ck_kernel kernel, const double *a, size_t a_row_stride, size_t a_column_stride,
                      const double *packed, double *c, size_t k, size_t n, size_t first, size_t last);

#endif
