#include "CGit2.h"

/* The soname follows the headers this is compiled against, so the ABI always matches. */
protopkg_native_library protopkg_libgit2 = {
    "libgit2.so." LIBGIT2_SOVERSION, "reading git history and tagging", "libgit2-" LIBGIT2_SOVERSION, 0
};

void git_blob_free(git_blob *a0) { PROTOPKG_LAZY(protopkg_libgit2, git_blob_free)(a0); }
int git_blob_lookup(git_blob **a0, git_repository *a1, const git_oid *a2) { return PROTOPKG_LAZY(protopkg_libgit2, git_blob_lookup)(a0, a1, a2); }
const void *git_blob_rawcontent(const git_blob *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_blob_rawcontent)(a0); }
git_object_size_t git_blob_rawsize(const git_blob *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_blob_rawsize)(a0); }
const git_error *git_error_last(void) { return PROTOPKG_LAZY(protopkg_libgit2, git_error_last)(); }
int git_libgit2_init(void) { return PROTOPKG_LAZY(protopkg_libgit2, git_libgit2_init)(); }
void git_object_free(git_object *a0) { PROTOPKG_LAZY(protopkg_libgit2, git_object_free)(a0); }
const git_oid *git_object_id(const git_object *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_object_id)(a0); }
git_object_t git_object_type(const git_object *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_object_type)(a0); }
char *git_oid_tostr_s(const git_oid *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_oid_tostr_s)(a0); }
int git_reference_name_to_id(git_oid *a0, git_repository *a1, const char *a2) { return PROTOPKG_LAZY(protopkg_libgit2, git_reference_name_to_id)(a0, a1, a2); }
void git_repository_free(git_repository *a0) { PROTOPKG_LAZY(protopkg_libgit2, git_repository_free)(a0); }
int git_repository_open_ext(git_repository **a0, const char *a1, unsigned int a2, const char *a3) { return PROTOPKG_LAZY(protopkg_libgit2, git_repository_open_ext)(a0, a1, a2, a3); }
const char *git_repository_workdir(const git_repository *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_repository_workdir)(a0); }
int git_revparse_single(git_object **a0, git_repository *a1, const char *a2) { return PROTOPKG_LAZY(protopkg_libgit2, git_revparse_single)(a0, a1, a2); }
int git_signature_default(git_signature **a0, git_repository *a1) { return PROTOPKG_LAZY(protopkg_libgit2, git_signature_default)(a0, a1); }
void git_signature_free(git_signature *a0) { PROTOPKG_LAZY(protopkg_libgit2, git_signature_free)(a0); }
int git_signature_now(git_signature **a0, const char *a1, const char *a2) { return PROTOPKG_LAZY(protopkg_libgit2, git_signature_now)(a0, a1, a2); }
size_t git_status_list_entrycount(git_status_list *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_status_list_entrycount)(a0); }
void git_status_list_free(git_status_list *a0) { PROTOPKG_LAZY(protopkg_libgit2, git_status_list_free)(a0); }
int git_status_list_new(git_status_list **a0, git_repository *a1, const git_status_options *a2) { return PROTOPKG_LAZY(protopkg_libgit2, git_status_list_new)(a0, a1, a2); }
int git_status_options_init(git_status_options *a0, unsigned int a1) { return PROTOPKG_LAZY(protopkg_libgit2, git_status_options_init)(a0, a1); }
void git_strarray_dispose(git_strarray *a0) { PROTOPKG_LAZY(protopkg_libgit2, git_strarray_dispose)(a0); }
int git_tag_create(git_oid *a0, git_repository *a1, const char *a2, const git_object *a3, const git_signature *a4, const char *a5, int a6) { return PROTOPKG_LAZY(protopkg_libgit2, git_tag_create)(a0, a1, a2, a3, a4, a5, a6); }
int git_tag_list(git_strarray *a0, git_repository *a1) { return PROTOPKG_LAZY(protopkg_libgit2, git_tag_list)(a0, a1); }
const git_oid *git_tree_entry_id(const git_tree_entry *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_tree_entry_id)(a0); }
const char *git_tree_entry_name(const git_tree_entry *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_tree_entry_name)(a0); }
git_object_t git_tree_entry_type(const git_tree_entry *a0) { return PROTOPKG_LAZY(protopkg_libgit2, git_tree_entry_type)(a0); }
int git_tree_walk(const git_tree *a0, git_treewalk_mode a1, git_treewalk_cb a2, void *a3) { return PROTOPKG_LAZY(protopkg_libgit2, git_tree_walk)(a0, a1, a2, a3); }
const git_status_entry *git_status_byindex(git_status_list *a0, size_t a1) { return PROTOPKG_LAZY(protopkg_libgit2, git_status_byindex)(a0, a1); }
