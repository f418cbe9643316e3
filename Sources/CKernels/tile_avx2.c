// The AVX2 micro-kernel: one 4 × 8 tile in eight 256-bit accumulators (4 rows × 2 halves), one
// multiply and one add per term (no fused multiply-add, which would round differently).
#include "ckernels.h"
#include "tile.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define ROWS 4

__attribute__((target("avx2")))
static void compute(const double *a, const double *b, double *c, size_t ldc, size_t kc, int accumulate) {
    __m256d sums[ROWS][2];
    for (size_t i = 0; i < ROWS; i++) {
        sums[i][0] = accumulate ? _mm256_loadu_pd(c + i * ldc) : _mm256_setzero_pd();
        sums[i][1] = accumulate ? _mm256_loadu_pd(c + i * ldc + 4) : _mm256_setzero_pd();
    }
    for (size_t p = 0; p < kc; p++) {
        __m256d left = _mm256_loadu_pd(b + p * CK_PANEL), right = _mm256_loadu_pd(b + p * CK_PANEL + 4);
        for (size_t i = 0; i < ROWS; i++) {
            __m256d factor = _mm256_broadcast_sd(a + p * ROWS + i);
            sums[i][0] = _mm256_add_pd(sums[i][0], _mm256_mul_pd(factor, left));
            sums[i][1] = _mm256_add_pd(sums[i][1], _mm256_mul_pd(factor, right));
        }
    }
    for (size_t i = 0; i < ROWS; i++) {
        _mm256_storeu_pd(c + i * ldc, sums[i][0]);
        _mm256_storeu_pd(c + i * ldc + 4, sums[i][1]);
    }
}
ck_tile ck_tile_avx2(void) { return (ck_tile){compute, ROWS}; }
#endif
