#ifndef CKERNELS_H
#define CKERNELS_H

#include <stddef.h>

/// Columns per packed panel of B.
#define CK_PANEL 8

/// Copies B (k × n; element (p, j) at b[p * row_stride + j * column_stride]) into consecutive
/// k × CK_PANEL panels, the last padded with zeros. `packed` holds ceil(n / CK_PANEL) * k * CK_PANEL
/// doubles. Strides let a transposed B be packed without copying it first.
void ck_pack(const double *b, double *packed, size_t k, size_t n, size_t row_stride, size_t column_stride);

/// C[i, j] = sum over p of A[i, p] * B[p, j] for rows first..last-1 of C (row-major, n columns),
/// from packed B; A's element (i, p) is at a[i * a_row_stride + p * a_column_stride].
/// Every sum runs over p from 0 upwards with one multiply and one add per term (never fused), so
/// the result is the same whichever kernel runs and however rows are split.
void ck_multiply_rows(const double *a, size_t a_row_stride, size_t a_column_stride, const double *packed, double *c,
                      size_t k, size_t n, size_t first, size_t last);

/// The portable kernel, whatever the processor (for tests that compare kernels).
void ck_multiply_rows_portable(const double *a, size_t a_row_stride, size_t a_column_stride, const double *packed,
                               double *c, size_t k, size_t n, size_t first, size_t last);

/// The name of the kernel ck_multiply_rows uses on this processor ("avx2" or "portable").
const char *ck_kernel_name(void);

#endif
