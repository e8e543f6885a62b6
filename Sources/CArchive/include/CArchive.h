#ifndef PROTOPKG_CARCHIVE_H
#define PROTOPKG_CARCHIVE_H
#include <archive.h>
#include <archive_entry.h>
#include "CNativeLoader.h"

/* AE_IF* are cast macros, which Swift does not import. */
static const unsigned int CARCHIVE_IFREG = 0100000;
static const unsigned int CARCHIVE_IFDIR = 0040000;

/* libarchive, opened on first use (see CNativeLoader.h); archive.c lists the functions protopkg calls. */
extern protopkg_native_library protopkg_libarchive;
#endif
