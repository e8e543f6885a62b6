import ArchiveKit
import Foundation
import ProtoPackaging
import ProtopkgBasics

/// The bundle (`OWNER-NAME-VERSION.protopkg.tgz`): `protopkg.json`, the sources under `proto/`,
/// the descriptor set with imports and source info, and the generated stubs under `gen/<lang>/`.
/// Deterministic: the same inputs give the same bytes.
public enum BundlePackager {
    public struct Input {
        public var manifest: BundleManifest
        public var sources: [String: Data]
        public var descriptorSet: Data
        public var generated: [String: GeneratedFiles]
        public init(manifest: BundleManifest, sources: [String: Data], descriptorSet: Data, generated: [String: GeneratedFiles]) {
            self.manifest = manifest
            self.sources = sources
            self.descriptorSet = descriptorSet
            self.generated = generated
        }
    }

    public static func package(_ input: Input) throws -> Data {
        var entries: [ArchiveEntry] = input.sources.map { ArchiveEntry(path: "proto/\($0.key)", data: $0.value) }
        entries.append(ArchiveEntry(path: BundleManifest.descriptorPath, data: input.descriptorSet))
        for (lang, files) in input.generated {
            entries += files.map { ArchiveEntry(path: "gen/\(lang)/\($0.key)", data: $0.value) }
        }
        var manifest = input.manifest
        manifest.digests = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, SHA256Hex.of($0.data)) })
        let head = ArchiveEntry(path: BundleManifest.fileName, data: try manifest.encoded())
        return try ArchiveWriter.write([head] + entries.sortedByPath, format: .tarGzip)
    }
}
