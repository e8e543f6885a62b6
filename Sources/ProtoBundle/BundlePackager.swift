import ArchiveKit
import Foundation
import ProtoPackaging
import ProtopkgBasics

/// The bundle (`OWNER-NAME-VERSION.protopkg.tgz`): `protopkg.json`, the sources under `proto/`,
/// the descriptor set with imports and source info, the generated stubs under `gen/<lang>/`, and
/// the built artifacts (wheel, Go module zip, descriptor set) under `artifacts/`, so a registry
/// serves exactly the bytes the build made.
/// Deterministic: the same inputs give the same bytes.
public enum BundlePackager {
    public struct Input {
        public var manifest: BundleManifest
        public var sources: [String: Data]
        public var descriptorSet: Data
        public var generated: [String: [String: Data]]
        /// Path below `artifacts/` (`python/x.whl`) → bytes.
        public var artifacts: [String: Data]
        public init(manifest: BundleManifest, sources: [String: Data], descriptorSet: Data, generated: [String: [String: Data]],
                    artifacts: [String: Data] = [:]) {
            self.manifest = manifest
            self.sources = sources
            self.descriptorSet = descriptorSet
            self.generated = generated
            self.artifacts = artifacts
        }
    }

    public static func package(_ input: Input) throws -> Data {
        var entries: [ArchiveEntry] = input.sources.map { ArchiveEntry(path: "proto/\($0.key)", data: $0.value) }
        entries.append(ArchiveEntry(path: BundleManifest.descriptorPath, data: input.descriptorSet))
        for (lang, files) in input.generated {
            entries += files.map { ArchiveEntry(path: "gen/\(lang)/\($0.key)", data: $0.value) }
        }
        entries += input.artifacts.map { ArchiveEntry(path: BundleManifest.artifactsFolder + $0.key, data: $0.value) }
        var manifest = input.manifest
        manifest.digests = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, SHA256Hex.of($0.data)) })
        let head = ArchiveEntry(path: BundleManifest.fileName, data: try manifest.encoded())
        return try ArchiveWriter.write([head] + entries.sortedByPath, format: .tarGzip)
    }
}
