// liblz4's functions, each forwarding to the library once `assay_lz4_load` has opened it.
// Built with hidden visibility, so these never stand in for the library's own symbols.
#include "CCodecs.h"

#include "CLateBinding.h"

#define LZ4_FUNCTIONS(VALUE, NOTHING)                                                              \
  VALUE(int, LZ4_decompress_safe, (const char *source, char *destination, int compressed_size, int capacity), \
        (source, destination, compressed_size, capacity))

ASSAY_LATE_LIBRARY(LZ4_FUNCTIONS, "liblz4.so.1", "liblz4-1", assay_lz4_load)
