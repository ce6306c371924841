// The declaration in include/CLibFuzzer.h is all this module holds; libFuzzer itself is linked by
// -sanitize=fuzzer.
#include "CLibFuzzer.h"
