// libsnappy's functions, each forwarding to the library once `assay_snappy_load` has opened it.
// Built with hidden visibility, so these never stand in for the library's own symbols.
#include "CCodecs.h"

#include "CLateBinding.h"

#define SNAPPY_FUNCTIONS(VALUE, NOTHING)                                                           \
  VALUE(int, snappy_uncompress,                                                                    \
        (const char *compressed, size_t compressed_length, char *uncompressed,                     \
         size_t *uncompressed_length),                                                             \
        (compressed, compressed_length, uncompressed, uncompressed_length))                        \
  VALUE(int, snappy_compress,                                                                      \
        (const char *input, size_t input_length, char *compressed, size_t *compressed_length),     \
        (input, input_length, compressed, compressed_length))                                      \
  VALUE(size_t, snappy_max_compressed_length, (size_t source_length), (source_length))

ASSAY_LATE_LIBRARY(SNAPPY_FUNCTIONS, "libsnappy.so.1", "libsnappy1v5", assay_snappy_load)
