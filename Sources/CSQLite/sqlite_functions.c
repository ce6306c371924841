// The sqlite3 functions Assay calls, each forwarding to libsqlite3 once `assay_sqlite3_load` has
// opened it. The module is built with hidden visibility, so these never stand in for the library's
// own symbols.
#include "CSQLite.h"

#include "CLateBinding.h"

#define SQLITE_FUNCTIONS(VALUE, NOTHING)                                                            \
  VALUE(int, sqlite3_open_v2, (const char *file, sqlite3 **database, int flags, const char *vfs),  \
        (file, database, flags, vfs))                                                               \
  VALUE(int, sqlite3_close_v2, (sqlite3 * database), (database))                                    \
  VALUE(int, sqlite3_busy_timeout, (sqlite3 * database, int milliseconds), (database, milliseconds)) \
  VALUE(int, sqlite3_exec,                                                                          \
        (sqlite3 * database, const char *sql, int (*callback)(void *, int, char **, char **),       \
         void *context, char **message),                                                            \
        (database, sql, callback, context, message))                                                \
  VALUE(int, sqlite3_prepare_v2,                                                                    \
        (sqlite3 * database, const char *sql, int bytes, sqlite3_stmt **statement, const char **tail), \
        (database, sql, bytes, statement, tail))                                                    \
  VALUE(int, sqlite3_step, (sqlite3_stmt * statement), (statement))                                 \
  VALUE(int, sqlite3_reset, (sqlite3_stmt * statement), (statement))                                \
  VALUE(int, sqlite3_finalize, (sqlite3_stmt * statement), (statement))                             \
  VALUE(int, sqlite3_bind_null, (sqlite3_stmt * statement, int slot), (statement, slot))            \
  VALUE(int, sqlite3_bind_int64, (sqlite3_stmt * statement, int slot, sqlite3_int64 value),         \
        (statement, slot, value))                                                                   \
  VALUE(int, sqlite3_bind_double, (sqlite3_stmt * statement, int slot, double value),               \
        (statement, slot, value))                                                                   \
  VALUE(int, sqlite3_bind_text,                                                                     \
        (sqlite3_stmt * statement, int slot, const char *text, int bytes, void (*release)(void *)), \
        (statement, slot, text, bytes, release))                                                    \
  VALUE(int, sqlite3_column_count, (sqlite3_stmt * statement), (statement))                         \
  VALUE(int, sqlite3_stmt_readonly, (sqlite3_stmt * statement), (statement))                        \
  VALUE(const char *, sqlite3_column_name, (sqlite3_stmt * statement, int column), (statement, column)) \
  VALUE(const char *, sqlite3_column_decltype, (sqlite3_stmt * statement, int column),              \
        (statement, column))                                                                        \
  VALUE(int, sqlite3_column_type, (sqlite3_stmt * statement, int column), (statement, column))      \
  VALUE(sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt * statement, int column), (statement, column)) \
  VALUE(double, sqlite3_column_double, (sqlite3_stmt * statement, int column), (statement, column)) \
  VALUE(const unsigned char *, sqlite3_column_text, (sqlite3_stmt * statement, int column),         \
        (statement, column))                                                                        \
  VALUE(const void *, sqlite3_column_blob, (sqlite3_stmt * statement, int column), (statement, column)) \
  VALUE(int, sqlite3_column_bytes, (sqlite3_stmt * statement, int column), (statement, column))     \
  VALUE(int, sqlite3_errcode, (sqlite3 * database), (database))                                     \
  VALUE(const char *, sqlite3_errmsg, (sqlite3 * database), (database))                             \
  VALUE(const char *, sqlite3_errstr, (int code), (code))                                           \
  NOTHING(sqlite3_interrupt, (sqlite3 * database), (database))

ASSAY_LATE_LIBRARY(SQLITE_FUNCTIONS, "libsqlite3.so.0", "libsqlite3-0", assay_sqlite3_load)
