#include <stdio.h>

#include "cnumberformat.h"

int course_format_double(char *buffer, size_t size, const char *format, double value) {
    return snprintf(buffer, size, format, value);
}
