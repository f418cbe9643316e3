#ifndef CKERNELS_SCRATCH_H
#define CKERNELS_SCRATCH_H

#include <stddef.h>

/// The separate scratch buffers each thread keeps.
typedef enum ck_scratch_slot {
    /// Packed B, written by the thread that starts a product and read by every thread of it.
    CK_SCRATCH_PACKED_B = 0,
    /// A block of packed A, used by one thread's share of a product.
    CK_SCRATCH_PACKED_A = 1,
} ck_scratch_slot;
#define CK_SCRATCH_SLOTS 2

/// This thread's buffer for `slot`, holding at least `count` doubles (contents undefined). It
/// stays valid until the same thread asks for the same slot again, or ends.
double *ck_scratch(ck_scratch_slot slot, size_t count);

#endif
