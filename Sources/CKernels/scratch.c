// Per-thread scratch memory for packed operands, kept from one product to the next so repeated
// products (a training loop) allocate nothing: fresh multi-megabyte buffers would each be mapped
// and zeroed page by page. Each thread's buffers grow to the largest size asked and are freed
// when the thread ends.
#include "scratch.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct scratch_slots {
    double *buffers[CK_SCRATCH_SLOTS];
    size_t capacities[CK_SCRATCH_SLOTS];
} scratch_slots;

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void release(void *value) {
    scratch_slots *slots = value;
    for (int slot = 0; slot < CK_SCRATCH_SLOTS; slot++) free(slots->buffers[slot]);
    free(slots);
}

static void make_key(void) {
    if (pthread_key_create(&key, release) != 0) abort();
}

double *ck_scratch(ck_scratch_slot slot, size_t count) {
    pthread_once(&once, make_key);
    scratch_slots *slots = pthread_getspecific(key);
    if (!slots) {
        slots = calloc(1, sizeof *slots);
        if (!slots || pthread_setspecific(key, slots) != 0) abort();
    }
    size_t wanted = count > 0 ? count : 1;
    if (slots->capacities[slot] < wanted) {
        free(slots->buffers[slot]);
        slots->buffers[slot] = malloc(wanted * sizeof(double));
        if (!slots->buffers[slot]) abort();
        slots->capacities[slot] = wanted;
    }
    return slots->buffers[slot];
}
