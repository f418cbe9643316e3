// renameat2 is a GNU extension: it is not visible to Swift through Glibc, so it is wrapped here.
#define _GNU_SOURCE
#include "cfileswap.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

int course_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
    if (syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE) == 0) return 0;
    return errno;
#else
    (void)first;
    (void)second;
    return ENOSYS;
#endif
}
