import Crypto
import Foundation

/// SHA-256 as lowercase hex, the digest format of bundles, lockfiles, wheels' RECORD and the cache.
public enum SHA256Hex {
    public static func of(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public static func of(_ string: String) -> String { of(Data(string.utf8)) }

    /// Exactly 64 lowercase hex digits: what may safely name a file in a content-addressed store.
    public static func isValid(_ hex: String) -> Bool {
        hex.utf8.count == 64 && hex.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    public static func ofFile(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProtopkgError("cannot read file", at: path)
        }
        return of(data)
    }

    /// The unpadded urlsafe base64 form that wheel RECORD files use (PEP 376/427).
    public static func base64URL(_ data: Data) -> String {
        Data(SHA256.hash(data: data)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Feeds many parts into one digest; used for cache keys.
public struct DigestBuilder {
    private var hasher = SHA256()
    public init() {}
    public mutating func add(_ data: Data) {
        var n = UInt64(data.count).littleEndian
        hasher.update(data: Data(bytes: &n, count: 8))
        hasher.update(data: data)
    }
    public mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }
    /// Bytes added without copying them into a `Data` first (same framing: length, then bytes).
    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var n = UInt64(bytes.count).littleEndian
        withUnsafeBytes(of: &n) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: bytes)
    }
    public func finalize() -> String {
        hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
