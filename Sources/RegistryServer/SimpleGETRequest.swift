import HTTPTypes

/// The one kind of HTTP/1.1 request `RawHotReadHandler` reads itself, from the bytes as they
/// arrive: `GET /path HTTP/1.1`, header lines in their plain form, and the blank line, all in one
/// buffer. Anything else (another method or version, an absolute or `*` target, a body's
/// Content-Length or Transfer-Encoding, Upgrade, folded or malformed lines, bytes outside visible
/// ASCII, a header the cache keys on given twice, a head longer than 8 KiB) is not parsed but
/// left, with every later byte of the connection, to NIO's HTTP decoder: this never decides
/// what the decoder would reject or read otherwise.
struct SimpleGETRequest {
    /// What `HotReads.answer` reads: method, path, authority (Host) and the fields below.
    var head: HTTPRequest
    /// Bytes of the request, blank line included.
    var length: Int

    static let maxLength = 8192
    private static let httpVersion = Array(" HTTP/1.1\r\n".utf8)
    /// The fields answers depend on (`HotReads.key`, `webKey`, `NpmRequest.keySuffix`,
    /// `canReadFromCache`), kept in the request; other fields are read past.
    static let kept: [HTTPField.Name] = [.accept, .authorization, .connection, .expect,
                                         NpmRequest.forwardedHost, NpmRequest.forwardedProto]

    /// The request at the start of `bytes`, or nil when `bytes` does not begin with a complete
    /// request of the simple kind.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> SimpleGETRequest? {
        let count = min(bytes.count, maxLength)
        guard count > 16, bytes[0] == 0x47, bytes[1] == 0x45, bytes[2] == 0x54, bytes[3] == 0x20, bytes[4] == 0x2F else { return nil }
        // The target: visible ASCII up to the space.
        var i = 4
        while i < count, bytes[i] != 0x20 {
            guard bytes[i] > 0x20 && bytes[i] < 0x7F else { return nil }
            i += 1
        }
        let path = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[4..<i]), as: UTF8.self)
        let version = httpVersion
        guard i + version.count <= count else { return nil }
        for (k, b) in version.enumerated() where bytes[i + k] != b { return nil }
        i += version.count
        var fields = HTTPFields()
        var authority: String?
        while true {
            guard i + 1 < count else { return nil }
            if bytes[i] == 0x0D {
                guard bytes[i + 1] == 0x0A else { return nil }
                i += 2
                break
            }
            // name: a token, then a colon.
            let nameStart = i
            while i < count, isTokenByte(bytes[i]) { i += 1 }
            guard i < count, i > nameStart, bytes[i] == 0x3A else { return nil }
            let nameEnd = i
            i += 1
            while i < count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            let valueStart = i
            while i < count, bytes[i] != 0x0D {
                guard (bytes[i] >= 0x20 && bytes[i] < 0x7F) || bytes[i] == 0x09 else { return nil }
                i += 1
            }
            guard i + 1 < count, bytes[i + 1] == 0x0A else { return nil }
            var valueEnd = i
            while valueEnd > valueStart, bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09 { valueEnd -= 1 }
            i += 2
            let nameBytes = UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameEnd])
            func value() -> String { String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self) }
            if equalsIgnoringCase(nameBytes, "host") {
                guard authority == nil else { return nil }
                authority = value()
                continue
            }
            if equalsIgnoringCase(nameBytes, "content-length") || equalsIgnoringCase(nameBytes, "transfer-encoding")
                || equalsIgnoringCase(nameBytes, "upgrade") {
                return nil
            }
            for name in kept where equalsIgnoringCase(nameBytes, name.canonicalName) {
                guard fields[name] == nil else { return nil }
                fields[name] = value()
            }
        }
        return SimpleGETRequest(head: HTTPRequest(method: .get, scheme: "http", authority: authority, path: path, headerFields: fields),
                                length: i)
    }

    /// RFC 9110 tchar.
    private static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"): true
        default: false
        }
    }

    /// `name` (ASCII) equals `lower` (lowercase ASCII), ignoring case.
    private static func equalsIgnoringCase(_ name: UnsafeRawBufferPointer, _ lower: String) -> Bool {
        var utf8 = lower.utf8.makeIterator()
        for b in name {
            guard let l = utf8.next(), (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == l else { return false }
        }
        return utf8.next() == nil
    }
}
