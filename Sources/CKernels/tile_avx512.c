// The AVX-512 micro-kernel: one 16 × 8 tile in sixteen 512-bit accumulators (a row each). Each
// term is one multiply whose A factor is broadcast from memory inside the instruction, then one
// add (no fused multiply-add, which would round differently): two instructions per row and term,
// few enough that the multiply and add units, not instruction issue, set the pace.
#include "ckernels.h"
#include "tile.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define ROWS 16

__attribute__((target("avx512f")))
static void compute(const double *a, const double *b, double *c, size_t ldc, size_t kc, int accumulate) {
    __m512d sums[ROWS];
    for (size_t i = 0; i < ROWS; i++) sums[i] = accumulate ? _mm512_loadu_pd(c + i * ldc) : _mm512_setzero_pd();
    for (size_t p = 0; p < kc; p++) {
        __m512d panel = _mm512_loadu_pd(b + p * CK_PANEL);
        for (size_t i = 0; i < ROWS; i++) {
            sums[i] = _mm512_add_pd(sums[i], _mm512_mul_pd(_mm512_set1_pd(a[p * ROWS + i]), panel));
        }
    }
    for (size_t i = 0; i < ROWS; i++) _mm512_storeu_pd(c + i * ldc, sums[i]);
}

ck_tile ck_tile_avx512(void) { return (ck_tile){compute, ROWS}; }
#endif
