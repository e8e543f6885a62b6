#ifndef PROTOPKG_CNATIVELOADER_H
#define PROTOPKG_CNATIVELOADER_H
#include <stddef.h>

/* libgit2, libarchive and libcurl are opened on first use, not when protopkg starts: loading
   them and the ~40 libraries they bring costs every command about 6 ms, and most commands
   (build, lint, compile, format) need none of them.

   CGit2, CArchive and CCurl define the functions protopkg calls, under their real names, each
   forwarding to the library's own through PROTOPKG_LAZY. Calling a function none of them
   defines fails at link time ("undefined reference"): add its line to that target's file. */

typedef struct protopkg_native_library {
    const char *soname;      /* "libgit2.so.1.5": the ABI the headers describe */
    const char *needed_for;  /* "reading git history and tagging" */
    const char *package;     /* the Debian 12 package that installs it */
    void *handle;            /* set once opened; read and written atomically */
} protopkg_native_library;

/* The library's handle, opening it on the first call. On failure, writes a message that names
   the library, what needs it and how to install it into `message` and returns NULL. */
void *protopkg_native_open(protopkg_native_library *library, char *message, size_t capacity);

/* The address of `symbol` in `library`. A library or symbol that cannot be found ends the
   process with exit status 1 and that message, since nothing can go on without it. */
void *protopkg_native_symbol(protopkg_native_library *library, const char *symbol);

/* The forwarding function for `name`, looked up once. */
#define PROTOPKG_LAZY(library, name) ({ \
    static void *protopkg_slot_; \
    void *protopkg_fn_ = __atomic_load_n(&protopkg_slot_, __ATOMIC_ACQUIRE); \
    if (!protopkg_fn_) { \
        protopkg_fn_ = protopkg_native_symbol(&(library), #name); \
        __atomic_store_n(&protopkg_slot_, protopkg_fn_, __ATOMIC_RELEASE); \
    } \
    (__typeof__(&name))protopkg_fn_; })

#endif
