#include <archive.h>
#include <archive_entry.h>
/* AE_IF* are cast macros, which Swift does not import. */
static const unsigned int CARCHIVE_IFREG = 0100000;
static const unsigned int CARCHIVE_IFDIR = 0040000;
