#include <sqlite3.h>

/// Loads libsqlite3 on first use; NULL when it is ready, else a one-line reason. Call before any
/// other `sqlite3_` function: this module defines them as calls through the loaded library.
const char *assay_sqlite3_load(void);
