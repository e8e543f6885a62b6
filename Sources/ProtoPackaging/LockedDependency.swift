import ProtopkgBasics

/// One entry of `protopkg.lock`: a module resolved to one exact version, and the SHA-256 of the
/// bundle that version was published with, so a later sync can tell when the registry serves
/// other bytes under the same version.
public struct LockedDependency: Sendable, Equatable {
    public var name: ModuleName
    public var version: SemVer
    /// Lowercase hex, without the `sha256:` prefix the file writes.
    public var sha256: String

    public init(name: ModuleName, version: SemVer, sha256: String) {
        self.name = name
        self.version = version
        self.sha256 = sha256
    }

    /// The digest as the lockfile spells it.
    public var digest: String { "\(LockedDependency.digestPrefix)\(sha256)" }

    static let digestPrefix = "sha256:"

    /// `sha256:HEX` → HEX, or nil when the text is not such a digest.
    public static func parseDigest(_ text: String) -> String? {
        guard text.hasPrefix(digestPrefix) else { return nil }
        let hex = String(text.dropFirst(digestPrefix.count))
        return SHA256Hex.isValid(hex) ? hex : nil
    }
}
