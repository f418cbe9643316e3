#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Exchanges the directory entries `first` and `second` in one atomic step (Linux renameat2 with
/// RENAME_EXCHANGE): at every moment each name refers to one of the two folders.
/// Returns 0, or an errno value (ENOSYS where the system has no such call, EINVAL where the file
/// system does not support it).
int course_exchange_paths(const char *first, const char *second);

#endif
