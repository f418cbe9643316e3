// Packing B into panels of eight columns (once per product, shared by every thread), so a tile
// streams through contiguous memory. Threads may pack disjoint ranges of panels at once.
#include "ckernels.h"

size_t ck_panel_count(size_t n) { return (n + CK_PANEL - 1) / CK_PANEL; }

size_t ck_packed_count(size_t k, size_t n) { return ck_panel_count(n) * CK_PANEL * k; }

void ck_pack(const double *b, double *packed, size_t k, size_t n, size_t row_stride, size_t column_stride,
             size_t first_panel, size_t last_panel) {
    for (size_t panel = first_panel; panel < last_panel; panel++) {
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
