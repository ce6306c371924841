// The libmariadb functions Assay calls, each forwarding to the library once `assay_mariadb_load`
// has opened it. The module is built with hidden visibility, so these never stand in for the
// library's own symbols.
#include "CMariaDB.h"

#include "CLateBinding.h"

#define MARIADB_FUNCTIONS(VALUE, NOTHING)                                                           \
  VALUE(int, mysql_server_init, (int argc, char **argv, char **groups), (argc, argv, groups))       \
  VALUE(MYSQL *, mysql_init, (MYSQL * handle), (handle))                                            \
  VALUE(int, mysql_options, (MYSQL * handle, enum mysql_option option, const void *value),         \
        (handle, option, value))                                                                    \
  VALUE(MYSQL *, mysql_real_connect,                                                                \
        (MYSQL * handle, const char *host, const char *user, const char *password,                  \
         const char *database, unsigned int port, const char *socket, unsigned long flags),         \
        (handle, host, user, password, database, port, socket, flags))                              \
  VALUE(unsigned long, mysql_thread_id, (MYSQL * handle), (handle))                                 \
  VALUE(unsigned int, mysql_errno, (MYSQL * handle), (handle))                                      \
  VALUE(const char *, mysql_error, (MYSQL * handle), (handle))                                      \
  VALUE(int, mysql_real_query, (MYSQL * handle, const char *query, unsigned long length),          \
        (handle, query, length))                                                                    \
  VALUE(unsigned int, mysql_field_count, (MYSQL * handle), (handle))                                \
  VALUE(MYSQL_RES *, mysql_use_result, (MYSQL * handle), (handle))                                  \
  VALUE(unsigned int, mysql_num_fields, (MYSQL_RES * result), (result))                             \
  VALUE(MYSQL_FIELD *, mysql_fetch_fields, (MYSQL_RES * result), (result))                          \
  VALUE(MYSQL_ROW, mysql_fetch_row, (MYSQL_RES * result), (result))                                 \
  VALUE(unsigned long *, mysql_fetch_lengths, (MYSQL_RES * result), (result))                       \
  VALUE(MYSQL_STMT *, mysql_stmt_init, (MYSQL * handle), (handle))                                  \
  VALUE(int, mysql_stmt_prepare, (MYSQL_STMT * statement, const char *query, unsigned long length), \
        (statement, query, length))                                                                 \
  VALUE(my_bool, mysql_stmt_bind_param, (MYSQL_STMT * statement, MYSQL_BIND * binds),             \
        (statement, binds))                                                                         \
  VALUE(int, mysql_stmt_execute, (MYSQL_STMT * statement), (statement))                             \
  VALUE(MYSQL_RES *, mysql_stmt_result_metadata, (MYSQL_STMT * statement), (statement))             \
  VALUE(int, mysql_stmt_store_result, (MYSQL_STMT * statement), (statement))                        \
  VALUE(my_bool, mysql_stmt_bind_result, (MYSQL_STMT * statement, MYSQL_BIND * binds),            \
        (statement, binds))                                                                         \
  VALUE(int, mysql_stmt_fetch, (MYSQL_STMT * statement), (statement))                               \
  VALUE(int, mysql_stmt_fetch_column,                                                               \
        (MYSQL_STMT * statement, MYSQL_BIND * bind, unsigned int column, unsigned long offset),     \
        (statement, bind, column, offset))                                                          \
  VALUE(unsigned int, mysql_stmt_errno, (MYSQL_STMT * statement), (statement))                      \
  VALUE(const char *, mysql_stmt_error, (MYSQL_STMT * statement), (statement))                      \
  VALUE(my_bool, mysql_stmt_close, (MYSQL_STMT * statement), (statement))                           \
  NOTHING(mysql_free_result, (MYSQL_RES * result), (result))                                        \
  NOTHING(mysql_close, (MYSQL * handle), (handle))

ASSAY_LATE_LIBRARY(MARIADB_FUNCTIONS, "libmariadb.so.3", "libmariadb3", assay_mariadb_load)
