/// One downloadable file of a published version.
public struct ArtifactRecord: Sendable, Equatable, Codable {
    /// `bundle`, `python`, `go` or `descriptor`.
    public var kind: String
    public var fileName: String
    /// SHA-256 hex: also the blob's key.
    public var digest: String
    public var size: Int

    public init(kind: String, fileName: String, digest: String, size: Int) {
        self.kind = kind
        self.fileName = fileName
        self.digest = digest
        self.size = size
    }
}
