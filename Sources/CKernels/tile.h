// The micro-kernels' one signature, shared by the blocking driver (multiply.c) and each
// micro-kernel file (tile_*.c).
#ifndef CKERNELS_TILE_H
#define CKERNELS_TILE_H

#include <stddef.h>

#pragma STDC FP_CONTRACT OFF

/// The most rows any micro-kernel's tile has.
#define CK_MAX_TILE_ROWS 16

/// Computes one tile of C, its kernel's `rows` × CK_PANEL, from `kc` terms:
/// C = (accumulate ? C : 0) + A·B, adding the terms in order p = 0, 1, … with one multiply and one
/// add each. A is packed p-major (`rows` values per p), B is one panel (CK_PANEL values per p),
/// C's rows are `ldc` doubles apart.
typedef void (*ck_tile_fn)(const double *a, const double *b, double *c, size_t ldc, size_t kc, int accumulate);

/// A micro-kernel and the rows of its tile.
typedef struct ck_tile {
    ck_tile_fn compute;
    size_t rows;
} ck_tile;

/// The plain C micro-kernel.
ck_tile ck_tile_portable(void);
#if defined(__x86_64__)
/// The AVX2 micro-kernel.
ck_tile ck_tile_avx2(void);
/// The AVX-512 micro-kernel.
ck_tile ck_tile_avx512(void);
#endif

#endif
