import CCurl
import Foundation
import ProtopkgBasics

/// The libcurl implementation of `HTTPTransport`: one easy handle per request.
public struct CurlTransport: HTTPTransport {
    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    public init() { _ = Self.globalInit }

    /// State shared with the C callbacks through an opaque pointer.
    private final class Exchange {
        var upload: Data
        var uploadOffset = 0
        var body = Data()
        var headerLines: [String] = []
        var progress: TransferProgress?
        init(upload: Data, progress: TransferProgress?) {
            self.upload = upload
            self.progress = progress
        }
    }

    public func send(_ request: HTTPRequest, progress: TransferProgress? = nil) throws -> HTTPResponse {
        guard let handle = curl_easy_init() else { throw ProtopkgError("cannot initialise libcurl") }
        defer { curl_easy_cleanup(handle) }
        let exchange = Exchange(upload: request.body ?? Data(), progress: progress)
        let context = Unmanaged.passRetained(exchange)
        defer { context.release() }
        let ctx = context.toOpaque()

        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        for (name, value) in request.headers { headerList = curl_slist_append(headerList, "\(name): \(value)") }
        if request.body != nil { headerList = curl_slist_append(headerList, "Expect:") }

        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        try errorBuffer.withUnsafeMutableBufferPointer { buf in
            try check(ccurl_setopt_string(handle, CURLOPT_URL, request.url), "URL \(request.url)")
            try check(ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, buf.baseAddress), "error buffer")
            try check(ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method), "method")
            try check(ccurl_setopt_long(handle, CURLOPT_TIMEOUT, request.timeoutSeconds), "timeout")
            try check(ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT, 10), "connect timeout")
            try check(ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1), "nosignal")
            try check(ccurl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerList), "headers")
            try check(ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, ctx), "write data")
            try check(ccurl_setopt_write_callback(handle, { data, size, count, ctx in
                let exchange = Unmanaged<Exchange>.fromOpaque(ctx!).takeUnretainedValue()
                exchange.body.append(UnsafeRawPointer(data!).assumingMemoryBound(to: UInt8.self), count: size * count)
                return size * count
            }), "write callback")
            try check(ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, ctx), "header data")
            try check(ccurl_setopt_header_callback(handle, { data, size, count, ctx in
                let exchange = Unmanaged<Exchange>.fromOpaque(ctx!).takeUnretainedValue()
                let line = String(decoding: UnsafeRawBufferPointer(start: data, count: size * count), as: UTF8.self)
                exchange.headerLines.append(line.trimmingCharacters(in: .whitespacesAndNewlines))
                return size * count
            }), "header callback")
            if request.body != nil {
                try check(ccurl_setopt_long(handle, CURLOPT_UPLOAD, 1), "upload")
                try check(ccurl_setopt_offset(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(exchange.upload.count)), "size")
                try check(ccurl_setopt_pointer(handle, CURLOPT_READDATA, ctx), "read data")
                try check(ccurl_setopt_read_callback(handle, { buffer, size, count, ctx in
                    let exchange = Unmanaged<Exchange>.fromOpaque(ctx!).takeUnretainedValue()
                    let n = min(size * count, exchange.upload.count - exchange.uploadOffset)
                    exchange.upload.withUnsafeBytes { raw in
                        let start = raw.baseAddress!.advanced(by: exchange.uploadOffset)
                        UnsafeMutableRawPointer(buffer!).copyMemory(from: start, byteCount: n)
                    }
                    exchange.uploadOffset += n
                    return n
                }), "read callback")
                // CURLOPT_UPLOAD makes curl use PUT; keep the caller's method.
                try check(ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method), "method")
            }
            if progress != nil {
                try check(ccurl_setopt_pointer(handle, CURLOPT_XFERINFODATA, ctx), "progress data")
                try check(ccurl_setopt_progress_callback(handle, { ctx, dltotal, dlnow, ultotal, ulnow in
                    let exchange = Unmanaged<Exchange>.fromOpaque(ctx!).takeUnretainedValue()
                    if ultotal > 0 && ulnow < ultotal {
                        exchange.progress?(Int64(ulnow), Int64(ultotal))
                    } else {
                        exchange.progress?(Int64(dlnow), dltotal > 0 ? Int64(dltotal) : nil)
                    }
                    return 0
                }), "progress callback")
            }
            let rc = curl_easy_perform(handle)
            if rc != CURLE_OK {
                let detail = String(cString: buf.baseAddress!)
                let text = detail.isEmpty ? String(cString: curl_easy_strerror(rc)) : detail
                throw HTTPTransportError.connection(url: request.url, reason: text)
            }
        }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: Self.parseHeaders(exchange.headerLines), body: exchange.body)
    }

    private func check(_ code: CURLcode, _ what: String) throws {
        guard code == CURLE_OK else {
            throw ProtopkgError("libcurl refused the option for \(what): \(String(cString: curl_easy_strerror(code)))")
        }
    }

    /// Keeps the headers of the last response (after redirects or 100-continue), names lowercased.
    static func parseHeaders(_ lines: [String]) -> [String: String] {
        var headers: [String: String] = [:]
        for line in lines {
            if line.hasPrefix("HTTP/") { headers = [:]; continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = value
        }
        return headers
    }
}
