import Foundation
import ProtopkgBasics

/// Downloaded bundles by SHA-256 in `$XDG_CACHE_HOME/protopkg/blobs/sha256/ab/abcd…` (else
/// `~/.cache/protopkg/…`), shared by every module on the machine. Files are written to a
/// temporary name and renamed, and checked against their name when read, so a torn or altered
/// file is never returned.
public struct DownloadCache: Sendable {
    /// The `…/blobs/sha256` directory.
    public let root: String

    public init(root: String) { self.root = root }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
        let xdg = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let base = xdg ?? "\(environment["HOME"] ?? NSHomeDirectory())/.cache"
        self.init(root: "\(base)/protopkg/blobs/sha256")
    }

    public func path(of sha256: String) throws -> String {
        guard SHA256Hex.isValid(sha256) else {
            throw ProtopkgError("\"\(sha256)\" is not a SHA-256 digest (64 lowercase hex digits)")
        }
        return "\(root)/\(sha256.prefix(2))/\(sha256)"
    }

    /// The bytes stored under the digest, or nil when they are absent or do not match it (the
    /// mismatching file is removed).
    public func get(_ sha256: String) -> Data? {
        guard let path = try? path(of: sha256), let data = FileManager.default.contents(atPath: path) else { return nil }
        guard SHA256Hex.of(data) == sha256 else {
            FileSystem.remove(path)
            return nil
        }
        return data
    }

    /// Stores the bytes under their digest and returns it.
    @discardableResult
    public func put(_ data: Data) throws -> String {
        let sha256 = SHA256Hex.of(data)
        let path = try path(of: sha256)
        if get(sha256) == nil { try FileSystem.writeAtomically(data, to: path) }
        return sha256
    }
}
