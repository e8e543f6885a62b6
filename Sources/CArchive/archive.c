#include "CArchive.h"

/* libarchive 3.x has kept soname 13 since 3.0. */
#if ARCHIVE_VERSION_NUMBER < 3000000 || ARCHIVE_VERSION_NUMBER >= 4000000
#error "protopkg expects the headers of libarchive 3 (soname libarchive.so.13)"
#endif
protopkg_native_library protopkg_libarchive = {
    "libarchive.so.13", "reading and writing .tgz and .zip archives", "libarchive13", 0
};

__LA_MODE_T archive_entry_filetype(struct archive_entry *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_filetype)(a0); }
void archive_entry_free(struct archive_entry *a0) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_free)(a0); }
const char *archive_entry_hardlink(struct archive_entry *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_hardlink)(a0); }
struct archive_entry *archive_entry_new(void) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_new)(); }
const char *archive_entry_pathname(struct archive_entry *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_pathname)(a0); }
const char *archive_entry_pathname_utf8(struct archive_entry *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_pathname_utf8)(a0); }
__LA_MODE_T archive_entry_perm(struct archive_entry *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_perm)(a0); }
void archive_entry_set_filetype(struct archive_entry *a0, unsigned int a1) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_set_filetype)(a0, a1); }
void archive_entry_set_gid(struct archive_entry *a0, la_int64_t a1) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_set_gid)(a0, a1); }
void archive_entry_set_mtime(struct archive_entry *a0, time_t a1, long a2) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_set_mtime)(a0, a1, a2); }
void archive_entry_set_pathname_utf8(struct archive_entry *a0, const char *a1) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_set_pathname_utf8)(a0, a1); }
void archive_entry_set_perm(struct archive_entry *a0, __LA_MODE_T a1) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_set_perm)(a0, a1); }
void archive_entry_set_size(struct archive_entry *a0, la_int64_t a1) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_set_size)(a0, a1); }
void archive_entry_set_uid(struct archive_entry *a0, la_int64_t a1) { PROTOPKG_LAZY(protopkg_libarchive, archive_entry_set_uid)(a0, a1); }
la_int64_t archive_entry_size(struct archive_entry *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_size)(a0); }
int archive_entry_size_is_set(struct archive_entry *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_entry_size_is_set)(a0); }
const char *archive_error_string(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_error_string)(a0); }
la_ssize_t archive_read_data(struct archive *a0, void *a1, size_t a2) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_data)(a0, a1, a2); }
int archive_read_free(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_free)(a0); }
struct archive *archive_read_new(void) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_new)(); }
int archive_read_next_header(struct archive *a0, struct archive_entry **a1) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_next_header)(a0, a1); }
int archive_read_open_filename(struct archive *a0, const char *a1, size_t a2) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_open_filename)(a0, a1, a2); }
int archive_read_open_memory(struct archive *a0, const void* a1, size_t a2) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_open_memory)(a0, a1, a2); }
int archive_read_support_filter_gzip(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_support_filter_gzip)(a0); }
int archive_read_support_format_tar(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_support_format_tar)(a0); }
int archive_read_support_format_zip(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_read_support_format_zip)(a0); }
int archive_write_add_filter_gzip(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_add_filter_gzip)(a0); }
int archive_write_close(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_close)(a0); }
la_ssize_t archive_write_data(struct archive *a0, const void *a1, size_t a2) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_data)(a0, a1, a2); }
int archive_write_free(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_free)(a0); }
int archive_write_header(struct archive *a0, struct archive_entry *a1) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_header)(a0, a1); }
struct archive *archive_write_new(void) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_new)(); }
int archive_write_open2(struct archive *a0, void *a1, archive_open_callback *a2, archive_write_callback *a3, archive_close_callback *a4, archive_free_callback *a5) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_open2)(a0, a1, a2, a3, a4, a5); }
int archive_write_open_filename(struct archive *a0, const char *a1) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_open_filename)(a0, a1); }
int archive_write_set_bytes_in_last_block(struct archive *a0, int a1) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_set_bytes_in_last_block)(a0, a1); }
int archive_write_set_format_pax_restricted(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_set_format_pax_restricted)(a0); }
int archive_write_set_format_ustar(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_set_format_ustar)(a0); }
int archive_write_set_format_zip(struct archive *a0) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_set_format_zip)(a0); }
int archive_write_set_options(struct archive *a0, const char *a1) { return PROTOPKG_LAZY(protopkg_libarchive, archive_write_set_options)(a0, a1); }
