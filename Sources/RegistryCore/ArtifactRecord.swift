/// One downloadable file of a published version.
public struct ArtifactRecord: Sendable, Equatable, Codable {
    /// `bundle`, `python`, `go`, `swift`, `npm` or `descriptor`.
    public var kind: String
    public var fileName: String
    /// SHA-256 hex: also the blob's key.
    public var digest: String
    public var size: Int
    /// The name the kind's package manager knows it by (Go module path, wheel distribution, npm
    /// package, SwiftPM identity), as the bundle recorded it; nil for bundles that did not.
    public var packageName: String?

    public init(kind: String, fileName: String, digest: String, size: Int, packageName: String? = nil) {
        self.kind = kind
        self.fileName = fileName
        self.digest = digest
        self.size = size
        self.packageName = packageName
    }

    /// The artifact kinds a bundle's `artifacts/KIND/…` folders may hold; anything else is a descriptor.
    public static let packageKinds: Set<String> = ["python", "go", "swift", "npm"]

    /// The kind of a bundle artifact path (`go/acme-billing-v1.0.0.zip` → `go`).
    public static func kind(ofArtifactPath path: String) -> String {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        return path.contains("/") && packageKinds.contains(first) ? first : "descriptor"
    }
}
