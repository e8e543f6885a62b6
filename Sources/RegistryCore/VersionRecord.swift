import Foundation
import ProtoPackaging

/// A published version. Immutable once stored, except for `yanked`.
public struct VersionRecord: Sendable, Equatable {
    public var module: ModuleName
    public var version: SemVer
    /// SHA-256 of the bundle: two publishes are identical exactly when these are equal.
    public var digest: String
    public var yanked: Bool
    public var publishedAt: Date
    public var artifacts: [ArtifactRecord]

    public init(module: ModuleName, version: SemVer, digest: String, yanked: Bool = false,
                publishedAt: Date, artifacts: [ArtifactRecord]) {
        self.module = module
        self.version = version
        self.digest = digest
        self.yanked = yanked
        self.publishedAt = publishedAt
        self.artifacts = artifacts
    }

    public func artifact(_ kind: String) -> ArtifactRecord? { artifacts.first { $0.kind == kind } }
}
