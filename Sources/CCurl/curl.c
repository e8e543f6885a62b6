#include "CCurl.h"

/* libcurl 7 and 8 both keep soname 4. curl_easy_setopt and curl_easy_getinfo are variadic: they
   are reached only through the typed wrappers in shim.c. */
#if LIBCURL_VERSION_MAJOR < 7 || LIBCURL_VERSION_MAJOR > 8
#error "protopkg expects the headers of libcurl 7 or 8 (soname libcurl.so.4)"
#endif
protopkg_native_library protopkg_libcurl = {
    "libcurl.so.4", "talking to a registry", "libcurl4", 0
};

void curl_easy_cleanup(CURL *a0) { PROTOPKG_LAZY(protopkg_libcurl, curl_easy_cleanup)(a0); }
CURL *curl_easy_init(void) { return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_init)(); }
CURLcode curl_easy_perform(CURL *a0) { return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_perform)(a0); }
const char *curl_easy_strerror(CURLcode a0) { return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_strerror)(a0); }
CURLcode curl_global_init(long a0) { return PROTOPKG_LAZY(protopkg_libcurl, curl_global_init)(a0); }
struct curl_slist *curl_slist_append(struct curl_slist *a0, const char *a1) { return PROTOPKG_LAZY(protopkg_libcurl, curl_slist_append)(a0, a1); }
void curl_slist_free_all(struct curl_slist *a0) { PROTOPKG_LAZY(protopkg_libcurl, curl_slist_free_all)(a0); }
