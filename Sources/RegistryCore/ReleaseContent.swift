import Foundation
import ProtoBundle
import ProtoSchema

/// What the pages read of a published release: its manifest (dependencies, breaking
/// configuration), its schema and its `.proto` sources by import path.
public final class ReleaseContent: @unchecked Sendable {
    public let manifest: BundleManifest
    public let schema: Schema
    public let sources: [String: Data]

    public init(manifest: BundleManifest, schema: Schema, sources: [String: Data]) {
        self.manifest = manifest
        self.schema = schema
        self.sources = sources
    }
}
