#ifndef CTHREADNAME_H
#define CTHREADNAME_H

#include <stddef.h>

/// Names the calling thread `name` (at most 15 bytes on Linux; longer names are cut), as tools such
/// as `top -H` and gdb show it. Returns 0 or an errno value.
int course_name_this_thread(const char *name);

/// Writes the calling thread's name into `buffer` of `size` bytes (at least 16). Returns 0 or an
/// errno value.
int course_this_thread_name(char *buffer, size_t size);

#endif
