#include "CCurl.h"

CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, option, value);
}
CURLcode ccurl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, option, value);
}
CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, option, value);
}
CURLcode ccurl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, option, value);
}
CURLcode ccurl_setopt_write_callback(CURL *handle, ccurl_data_callback callback) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, CURLOPT_WRITEFUNCTION, callback);
}
CURLcode ccurl_setopt_read_callback(CURL *handle, ccurl_data_callback callback) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, CURLOPT_READFUNCTION, callback);
}
CURLcode ccurl_setopt_header_callback(CURL *handle, ccurl_data_callback callback) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, CURLOPT_HEADERFUNCTION, callback);
}
CURLcode ccurl_setopt_progress_callback(CURL *handle, ccurl_progress_callback callback) {
    CURLcode rc = PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, CURLOPT_XFERINFOFUNCTION, callback);
    if (rc != CURLE_OK) return rc;
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_setopt)(handle, CURLOPT_NOPROGRESS, 0L);
}
CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return PROTOPKG_LAZY(protopkg_libcurl, curl_easy_getinfo)(handle, info, value);
}
