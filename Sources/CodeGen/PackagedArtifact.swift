import Foundation

/// One file a language target writes under the output directory.
public struct PackagedArtifact {
    /// Relative to the output directory, with the target's folder: `go/acme-billing-v1.2.0.zip`.
    public var path: String
    public var data: Data
    /// The name the language's package manager knows it by (Go module path, wheel distribution,
    /// npm package, SwiftPM identity); recorded in the bundle so the registry can serve it.
    public var packageName: String?

    public init(path: String, data: Data, packageName: String? = nil) {
        self.path = path
        self.data = data
        self.packageName = packageName
    }
}
