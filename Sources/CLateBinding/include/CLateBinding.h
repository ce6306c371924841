#ifndef ASSAY_LATE_BINDING_H
#define ASSAY_LATE_BINDING_H

#include <pthread.h>
#include <stddef.h>

/// A shared library opened on first use rather than at start-up, with the functions a module calls
/// resolved into `slots` (in the order of `names`). A program that never reaches a database pays
/// nothing for its client library, and runs where the library is not installed.
struct assay_late_library {
  /// The file `dlopen` looks for, such as "libsqlite3.so.0".
  const char *file;
  /// The package that provides `file`, named in the message when it is missing.
  const char *package;
  const char *const *names;
  void **slots;
  size_t count;
  pthread_mutex_t lock;
  /// 0 before the first attempt, 1 when loaded, 2 when it failed (the message is in `failure`).
  int state;
  char failure[512];
};

/// Opens the library and resolves every name, once; NULL when all are there, else the reason.
const char *assay_late_library_load(struct assay_late_library *library);

/// Defines `load` (returning NULL or the reason, as `assay_late_library_load`) and one forwarding
/// definition per entry of `FUNCTIONS`, an X-macro list of `VALUE(returns, name, (parameters),
/// (arguments))` and `NOTHING(name, (parameters), (arguments))` entries for functions that return
/// nothing. Each forwarder calls the library's function through its slot once `load` succeeded.
#define ASSAY_LATE_LIBRARY(FUNCTIONS, library_file, library_package, load)                        \
  enum { FUNCTIONS(ASSAY_LATE_SLOT, ASSAY_LATE_SLOT_NOTHING) assay_late_slot_count };                \
  static const char *const assay_late_names[] = {FUNCTIONS(ASSAY_LATE_NAME, ASSAY_LATE_NAME_NOTHING)}; \
  static void *assay_late_slots[assay_late_slot_count];                                             \
  static struct assay_late_library assay_late_library = {                                          \
      .file = library_file,                                                                         \
      .package = library_package,                                                                   \
      .names = assay_late_names,                                                                    \
      .slots = assay_late_slots,                                                                    \
      .count = assay_late_slot_count,                                                               \
      .lock = PTHREAD_MUTEX_INITIALIZER,                                                            \
  };                                                                                                \
  const char *load(void) { return assay_late_library_load(&assay_late_library); }                   \
  FUNCTIONS(ASSAY_LATE_FORWARD, ASSAY_LATE_FORWARD_NOTHING)

#define ASSAY_LATE_SLOT(returns, name, parameters, arguments) assay_late_slot_##name,
#define ASSAY_LATE_SLOT_NOTHING(name, parameters, arguments) assay_late_slot_##name,
#define ASSAY_LATE_NAME(returns, name, parameters, arguments) #name,
#define ASSAY_LATE_NAME_NOTHING(name, parameters, arguments) #name,
#define ASSAY_LATE_FORWARD(returns, name, parameters, arguments) \
  returns name parameters { return ((returns(*) parameters)assay_late_slots[assay_late_slot_##name])arguments; }
#define ASSAY_LATE_FORWARD_NOTHING(name, parameters, arguments) \
  void name parameters { ((void(*) parameters)assay_late_slots[assay_late_slot_##name])arguments; }

#endif
