#ifndef ASSAY_CODECS_H
#define ASSAY_CODECS_H

#include <stddef.h>

// The few functions of Debian's compression libraries that Parquet pages need, declared here so
// that building needs no -dev package; each library is opened on first use (see codecs_*.c).

// libsnappy's C interface (snappy-c.h); 0 is success.
int snappy_uncompress(const char *compressed, size_t compressed_length, char *uncompressed,
                      size_t *uncompressed_length);
int snappy_compress(const char *input, size_t input_length, char *compressed, size_t *compressed_length);
size_t snappy_max_compressed_length(size_t source_length);
/// Opens libsnappy; NULL when it is there, else the reason.
const char *assay_snappy_load(void);

// libzstd's one-shot interface (zstd.h).
size_t ZSTD_decompress(void *destination, size_t capacity, const void *source, size_t compressed_size);
size_t ZSTD_compress(void *destination, size_t capacity, const void *source, size_t size, int level);
size_t ZSTD_compressBound(size_t size);
unsigned ZSTD_isError(size_t code);
const char *ZSTD_getErrorName(size_t code);
/// Opens libzstd; NULL when it is there, else the reason.
const char *assay_zstd_load(void);

// liblz4's block interface (lz4.h).
int LZ4_decompress_safe(const char *source, char *destination, int compressed_size, int capacity);
/// Opens liblz4; NULL when it is there, else the reason.
const char *assay_lz4_load(void);

#endif
