#include <mariadb/mysql.h>

/// Loads libmariadb on first use; NULL when it is ready, else a one-line reason. Call before any
/// other `mysql_` function: this module defines them as calls through the loaded library.
const char *assay_mariadb_load(void);
