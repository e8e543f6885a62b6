#include "CNativeLoader.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

void *protopkg_native_open(protopkg_native_library *library, char *message, size_t capacity) {
    void *handle = __atomic_load_n(&library->handle, __ATOMIC_ACQUIRE);
    if (handle) return handle;
    /* dlopen counts references, so two threads racing here get the same handle. */
    handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        snprintf(message, capacity,
                 "cannot load %s, which protopkg needs for %s: %s\n"
                 "Install it (on Debian 12: apt-get install %s) and run the command again.",
                 library->soname, library->needed_for, why ? why : "not found", library->package);
        return NULL;
    }
    __atomic_store_n(&library->handle, handle, __ATOMIC_RELEASE);
    return handle;
}

void *protopkg_native_symbol(protopkg_native_library *library, const char *symbol) {
    char message[1024];
    void *handle = protopkg_native_open(library, message, sizeof message);
    if (handle) {
        void *address = dlsym(handle, symbol);
        if (address) return address;
        snprintf(message, sizeof message,
                 "%s has no function %s: it is older or newer than the version protopkg was built "
                 "with. Install the Debian 12 package %s, or build protopkg against the installed one.",
                 library->soname, symbol, library->package);
    }
    fflush(stdout);
    fprintf(stderr, "error: %s\n", message);
    exit(1);
}
