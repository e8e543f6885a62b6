import Foundation
import ProtoPackaging
import ProtopkgBasics

/// `protopkg-backup.json`, the first entry of a registry backup: every version (with its
/// artifacts), every token's hash and scopes, and every blob's digest and size. Each blob
/// follows as `blobs/sha256/DIGEST`; the digests are what `RegistryBackup.restore` checks.
struct BackupManifest: Codable {
    static let entryName = "protopkg-backup.json"
    static let formatName = "protopkg-registry-backup"
    static let formatVersion = 1

    struct Version: Codable {
        var module: String
        var version: String
        var digest: String
        var yanked: Bool
        /// Seconds since 1970, as stored, so a restore keeps the exact value.
        var publishedAt: Double
        var artifacts: [ArtifactRecord]
    }

    struct Token: Codable {
        var id: String
        var secretHash: String
        var scopes: [String]
        var createdAt: Double
    }

    struct Blob: Codable {
        var digest: String
        var size: Int
    }

    var format: String
    var formatVersion: Int
    var createdAt: String
    var versions: [Version]
    var tokens: [Token]
    var blobs: [Blob]

    static func blobEntry(_ digest: String) -> String { "blobs/sha256/\(digest)" }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        e.keyEncodingStrategy = .convertToSnakeCase
        return e
    }

    static func decode(_ data: Data, archive: String) throws -> BackupManifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let manifest: BackupManifest
        do {
            manifest = try decoder.decode(BackupManifest.self, from: data)
        } catch {
            throw ProtopkgError("\(entryName) is not a valid backup manifest: \(error)", at: archive,
                                hint: "use an archive written by `protopkg registry export`")
        }
        guard manifest.format == formatName else {
            throw ProtopkgError("not a protopkg registry backup (format \(manifest.format))", at: archive)
        }
        guard manifest.formatVersion <= formatVersion else {
            throw ProtopkgError("the backup has format version \(manifest.formatVersion); this protopkg reads up to \(formatVersion)",
                                at: archive, hint: "import it with the protopkg that exported it, or a newer one")
        }
        return manifest
    }

    func records(archive: String) throws -> (versions: [VersionRecord], tokens: [TokenRecord]) {
        func bad(_ what: String) -> ProtopkgError { ProtopkgError("the backup manifest has \(what)", at: archive) }
        let versions = try self.versions.map { v -> VersionRecord in
            guard let module = try? ModuleName(v.module), let version = try? SemVer(v.version) else {
                throw bad("an invalid module or version: \(v.module)@\(v.version)")
            }
            return VersionRecord(module: module, version: version, digest: v.digest, yanked: v.yanked,
                                 publishedAt: Date(timeIntervalSince1970: v.publishedAt), artifacts: v.artifacts)
        }
        let tokens = try self.tokens.map { t -> TokenRecord in
            guard SHA256Hex.isValid(t.secretHash), let scopes = try? t.scopes.map(TokenScope.init) else {
                throw bad("an invalid token \(t.id)")
            }
            return TokenRecord(id: t.id, secretHash: t.secretHash, scopes: scopes, createdAt: Date(timeIntervalSince1970: t.createdAt))
        }
        return (versions, tokens)
    }
}
