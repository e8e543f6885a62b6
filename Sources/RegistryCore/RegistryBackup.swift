import ArchiveKit
import Foundation
import ProtopkgBasics

/// `registry export` and `registry import`: one tar.gz holding `protopkg-backup.json` (every
/// version, artifact and token hash; see `BackupManifest`) and every blob under its digest.
///
/// Export writes a temporary file beside the target and renames it when complete. Import reads
/// the archive twice: first to check everything (manifest, each blob's SHA-256 and size, no blob
/// missing or extra) before it writes anything; then to store the blobs, and the metadata last,
/// in one transaction, so a bad archive leaves the registry as it was.
public enum RegistryBackup {
    public struct Summary: Sendable, Equatable {
        public var modules: Int
        public var versions: Int
        public var blobs: Int
        public var bytes: Int
        public var tokens: Int

        public var description: String {
            "\(versions) versions of \(modules) modules, \(blobs) blobs (\(bytes) bytes), \(tokens) tokens"
        }
    }

    public static func export(store: RegistryStore, blobs: BlobStore, to path: String) async throws -> Summary {
        var versions: [VersionRecord] = []
        let modules = try await store.modules()
        for module in modules {
            versions += try await store.versions(of: module).sorted { $0.version < $1.version }
        }
        let tokens = try await store.tokens()
        var digests = Set<String>()
        for record in versions {
            digests.insert(record.digest)
            for artifact in record.artifacts { digests.insert(artifact.digest) }
        }
        let manifest = BackupManifest(
            format: BackupManifest.formatName, formatVersion: BackupManifest.formatVersion,
            createdAt: ISO8601DateFormatter().string(from: Date()),
            versions: versions.map { v in
                .init(module: v.module.description, version: v.version.description, digest: v.digest, yanked: v.yanked,
                      publishedAt: v.publishedAt.timeIntervalSince1970, artifacts: v.artifacts)
            },
            tokens: tokens.map { t in
                .init(id: t.id, secretHash: t.secretHash, scopes: t.scopes.map(\.description), createdAt: t.createdAt.timeIntervalSince1970)
            },
            blobs: [])
        var listed = manifest
        var bytes = 0
        // Sizes come from the blobs themselves: a record's size is what it claims, the blob is what it is.
        for digest in digests.sorted() {
            guard let size = try await blobs.size(of: digest) else {
                throw ProtopkgError("the blob \(digest) is missing from the blob store, so the backup would be incomplete",
                                    hint: "the registry's data is inconsistent: restore the blob, or yank and investigate the versions that name it")
            }
            listed.blobs.append(.init(digest: digest, size: size))
            bytes += size
        }

        let directory = (path as NSString).deletingLastPathComponent
        try FileSystem.createDirectory(directory.isEmpty ? "." : directory)
        let temporary = "\(path).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            let writer = try ArchiveFileWriter(path: temporary)
            try writer.add(path: BackupManifest.entryName, data: try BackupManifest.encoder.encode(listed))
            for blob in listed.blobs {
                guard let data = try await blobs.get(blob.digest) else {
                    throw ProtopkgError("the blob \(blob.digest) vanished from the blob store during the export")
                }
                guard SHA256Hex.of(data) == blob.digest else {
                    throw ProtopkgError("the blob \(blob.digest) in the blob store does not match its digest (corrupted storage)",
                                        hint: "restore that blob from an earlier backup; the export stopped so as not to copy it")
                }
                try writer.add(path: BackupManifest.blobEntry(blob.digest), data: data)
            }
            try writer.close()
            guard rename(temporary, path) == 0 else {
                throw ProtopkgError("cannot move the backup into place: \(String(cString: strerror(errno)))", at: path)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        return Summary(modules: modules.count, versions: versions.count, blobs: listed.blobs.count, bytes: bytes, tokens: tokens.count)
    }

    public static func restore(from path: String, store: RegistryStore, blobs: BlobStore) async throws -> Summary {
        let display = path
        let held = (try await store.modules()).count + (try await store.tokens()).count
        if held > 0 {
            throw ProtopkgError("the registry holds versions or tokens already: a backup is restored only into an empty registry",
                                hint: "give import a new --data directory or an empty database")
        }
        let manifest = try verify(path, display: display)
        let (versions, tokens) = try manifest.records(archive: display)

        let reader = try ArchiveFileReader(path: path)
        _ = try reader.next()  // the manifest, checked above
        while let entry = try reader.next() {
            let stored = try await blobs.put(entry.data)
            guard BackupManifest.blobEntry(stored) == entry.path else {
                throw ProtopkgError("\(entry.path) changed between two reads of the archive", at: display)
            }
        }
        try await store.restore(versions: versions, tokens: tokens)
        return Summary(modules: Set(versions.map(\.module)).count, versions: versions.count, blobs: manifest.blobs.count,
                       bytes: manifest.blobs.reduce(0) { $0 + $1.size }, tokens: tokens.count)
    }

    /// Reads the whole archive and checks it, writing nothing: the manifest first, then exactly
    /// the blobs it lists, each matching its digest and size, and every digest a version names.
    static func verify(_ path: String, display: String) throws -> BackupManifest {
        let reader = try ArchiveFileReader(path: path)
        guard let first = try reader.next(), first.path == BackupManifest.entryName else {
            throw ProtopkgError("not a protopkg registry backup: its first entry is not \(BackupManifest.entryName)", at: display,
                                hint: "use an archive written by `protopkg registry export`")
        }
        let manifest = try BackupManifest.decode(first.data, archive: display)
        var expected: [String: Int] = [:]
        for blob in manifest.blobs {
            guard SHA256Hex.isValid(blob.digest) else { throw ProtopkgError("the backup lists an invalid digest \(blob.digest)", at: display) }
            expected[blob.digest] = blob.size
        }
        for v in manifest.versions {
            for digest in [v.digest] + v.artifacts.map(\.digest) where expected[digest] == nil {
                throw ProtopkgError("\(v.module)@\(v.version) names the blob \(digest), which the backup does not hold", at: display)
            }
        }
        var seen = Set<String>()
        while let entry = try reader.next() {
            let prefix = "blobs/sha256/"
            let digest = entry.path.hasPrefix(prefix) ? String(entry.path.dropFirst(prefix.count)) : ""
            guard let size = expected[digest] else {
                throw ProtopkgError("the backup holds \(entry.path), which its manifest does not list", at: display)
            }
            guard seen.insert(digest).inserted else { throw ProtopkgError("the backup holds \(entry.path) twice", at: display) }
            guard entry.data.count == size, SHA256Hex.of(entry.data) == digest else {
                throw ProtopkgError("\(entry.path) does not match its digest (\(entry.data.count) bytes, \(size) listed): the archive is corrupted",
                                    at: display, hint: "nothing was imported; use an intact copy of the backup")
            }
        }
        if let missing = expected.keys.sorted().first(where: { !seen.contains($0) }) {
            throw ProtopkgError("the backup lacks the blob \(missing) that its manifest lists (truncated archive?)", at: display,
                                hint: "nothing was imported; use an intact copy of the backup")
        }
        return manifest
    }
}
