#ifndef CNUMBERFORMAT_H
#define CNUMBERFORMAT_H

#include <stddef.h>

/// Writes `value` formatted by `format` (one printf conversion of a double, such as "%.3f") into
/// `buffer` of `size` bytes, as snprintf does, and returns the length the text needs. A plain C
/// function, so Swift calls it without building a va_list.
int course_format_double(char *buffer, size_t size, const char *format, double value);

#endif
