import ArchiveKit
import Foundation
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics
import SwiftProtobuf

/// A bundle read back and verified: every entry matches its digest in protopkg.json, and
/// archive limits keep a hostile bundle from exhausting memory.
public struct BundleReader {
    public let manifest: BundleManifest
    public let entries: [String: Data]

    public init(_ data: Data, name: String, limits: ArchiveLimits = ArchiveLimits()) throws {
        let list = try ArchiveReader.read(data, name: name, limits: limits)
        var entries: [String: Data] = [:]
        for e in list { entries[e.path] = e.data }
        guard let head = entries[BundleManifest.fileName] else {
            throw ProtopkgError("not a protopkg bundle: no protopkg.json", at: name,
                                hint: "bundles are the dist/OWNER-NAME-VERSION.protopkg.tgz files that `protopkg build` writes")
        }
        let manifest: BundleManifest
        do {
            manifest = try JSONDecoder().decode(BundleManifest.self, from: head)
        } catch {
            throw ProtopkgError("the bundle's protopkg.json is not valid: \(error)", at: name)
        }
        for (path, bytes) in entries where path != BundleManifest.fileName {
            guard manifest.digests[path] == SHA256Hex.of(bytes) else {
                throw ProtopkgError("the bundle's entry \(path) does not match its digest", at: name,
                                    hint: "the bundle is corrupt or was altered; build it again")
            }
        }
        for path in manifest.digests.keys where entries[path] == nil {
            throw ProtopkgError("the bundle lacks \(path), which its protopkg.json lists", at: name)
        }
        guard entries[BundleManifest.descriptorPath] != nil else {
            throw ProtopkgError("the bundle has no \(BundleManifest.descriptorPath)", at: name)
        }
        self.manifest = manifest
        self.entries = entries
    }

    /// The module's own sources by import path.
    public var sources: [String: Data] {
        var out: [String: Data] = [:]
        for (path, data) in entries where path.hasPrefix("proto/") { out[String(path.dropFirst(6))] = data }
        return out
    }

    /// Built artifacts by path below `artifacts/` (`python/acme_x_protos-1.0.0-py3-none-any.whl`).
    public var artifacts: [String: Data] {
        var out: [String: Data] = [:]
        for (path, data) in entries where path.hasPrefix(BundleManifest.artifactsFolder) {
            out[String(path.dropFirst(BundleManifest.artifactsFolder.count))] = data
        }
        return out
    }

    public func schema() throws -> Schema {
        let set: Google_Protobuf_FileDescriptorSet
        do {
            set = try Google_Protobuf_FileDescriptorSet(serializedBytes: entries[BundleManifest.descriptorPath]!)
        } catch {
            throw ProtopkgError("the bundle's descriptor set cannot be decoded: \(error)")
        }
        return Schema(set, targets: Set(sources.keys))
    }
}
