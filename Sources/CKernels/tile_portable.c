// The portable micro-kernel: one 4 × 8 tile in plain C, for any processor.
#include "ckernels.h"
#include "tile.h"

#define ROWS 4

static void compute(const double *a, const double *b, double *c, size_t ldc, size_t kc, int accumulate) {
    double sums[ROWS][CK_PANEL];
    for (size_t i = 0; i < ROWS; i++) {
        for (size_t j = 0; j < CK_PANEL; j++) sums[i][j] = accumulate ? c[i * ldc + j] : 0;
    }
    for (size_t p = 0; p < kc; p++) {
        for (size_t i = 0; i < ROWS; i++) {
            double factor = a[p * ROWS + i];
            for (size_t j = 0; j < CK_PANEL; j++) {
                double product = factor * b[p * CK_PANEL + j];
                sums[i][j] = sums[i][j] + product;
            }
        }
    }
    for (size_t i = 0; i < ROWS; i++) {
        for (size_t j = 0; j < CK_PANEL; j++) c[i * ldc + j] = sums[i][j];
    }
}

ck_tile ck_tile_portable(void) { return (ck_tile){compute, ROWS}; }
