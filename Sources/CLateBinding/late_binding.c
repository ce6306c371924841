#include "CLateBinding.h"

#include <dlfcn.h>
#include <stdio.h>

static void resolve(struct assay_late_library *library) {
  void *handle = dlopen(library->file, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) {
    snprintf(library->failure, sizeof library->failure, "%s could not be loaded (%s); install the %s package",
             library->file, dlerror(), library->package);
    library->state = 2;
    return;
  }
  for (size_t index = 0; index < library->count; index++) {
    library->slots[index] = dlsym(handle, library->names[index]);
    if (library->slots[index] == NULL) {
      snprintf(library->failure, sizeof library->failure, "%s has no function %s; install a newer %s package",
               library->file, library->names[index], library->package);
      library->state = 2;
      dlclose(handle);
      return;
    }
  }
  library->state = 1;
}

const char *assay_late_library_load(struct assay_late_library *library) {
  pthread_mutex_lock(&library->lock);
  if (library->state == 0) resolve(library);
  pthread_mutex_unlock(&library->lock);
  return library->state == 1 ? NULL : library->failure;
}
