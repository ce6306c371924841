// libzstd's functions, each forwarding to the library once `assay_zstd_load` has opened it.
// Built with hidden visibility, so these never stand in for the library's own symbols.
#include "CCodecs.h"

#include "CLateBinding.h"

#define ZSTD_FUNCTIONS(VALUE, NOTHING)                                                             \
  VALUE(size_t, ZSTD_decompress,                                                                   \
        (void *destination, size_t capacity, const void *source, size_t compressed_size),          \
        (destination, capacity, source, compressed_size))                                          \
  VALUE(size_t, ZSTD_compress,                                                                     \
        (void *destination, size_t capacity, const void *source, size_t size, int level),          \
        (destination, capacity, source, size, level))                                              \
  VALUE(size_t, ZSTD_compressBound, (size_t size), (size))                                         \
  VALUE(unsigned, ZSTD_isError, (size_t code), (code))                                             \
  VALUE(const char *, ZSTD_getErrorName, (size_t code), (code))

ASSAY_LATE_LIBRARY(ZSTD_FUNCTIONS, "libzstd.so.1", "libzstd1", assay_zstd_load)
