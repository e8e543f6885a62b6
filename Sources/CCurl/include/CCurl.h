#ifndef PROTOPKG_CCURL_H
#define PROTOPKG_CCURL_H
#include <curl/curl.h>
#include "CNativeLoader.h"

/* libcurl, opened on first use (see CNativeLoader.h); curl.c lists the functions protopkg calls. */
extern protopkg_native_library protopkg_libcurl;

/* Swift cannot call C variadic functions, so curl_easy_setopt and curl_easy_getinfo
   are reached through these typed wrappers, one per argument type. */
CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode ccurl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode ccurl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value);

typedef size_t (*ccurl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*ccurl_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                       curl_off_t ultotal, curl_off_t ulnow);
CURLcode ccurl_setopt_write_callback(CURL *handle, ccurl_data_callback callback);
CURLcode ccurl_setopt_read_callback(CURL *handle, ccurl_data_callback callback);
CURLcode ccurl_setopt_header_callback(CURL *handle, ccurl_data_callback callback);
CURLcode ccurl_setopt_progress_callback(CURL *handle, ccurl_progress_callback callback);

CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value);
#endif
