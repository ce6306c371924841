// libFuzzer's driver, for a program that has its own main (SwiftPM names each executable's main).
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer as its own main would, on `argc`/`argv`, calling `test` on each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
