import Foundation

/// Where `.proto` sources come from: import paths (like `acme/user/v1/user.proto`) to bytes.
/// The directory form serves work trees; the in-memory form serves git revisions and bundles.
public protocol ImportResolver: Sendable {
    /// Every `.proto` file this resolver can provide, as sorted import paths.
    func listFiles() -> [String]
    func read(_ importPath: String) -> Data?
    /// The path a person should see for an import path in error messages (`proto/acme/x.proto`).
    func displayPath(for importPath: String) -> String
}
