#ifndef PROTOPKG_CGIT2_H
#define PROTOPKG_CGIT2_H
#include <git2.h>
#include "CNativeLoader.h"

/* libgit2, opened on first use (see CNativeLoader.h); git2.c lists the functions protopkg calls. */
extern protopkg_native_library protopkg_libgit2;
#endif
