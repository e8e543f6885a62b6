import Foundation

/// Sources held in memory: read from a git revision or a bundle.
public struct InMemoryImportResolver: ImportResolver {
    public let files: [String: Data]
    public let displayPrefix: String

    public init(files: [String: Data], displayPrefix: String = "") {
        self.files = files
        self.displayPrefix = displayPrefix
    }

    public func listFiles() -> [String] { files.keys.filter { $0.hasSuffix(".proto") }.sorted() }
    public func read(_ importPath: String) -> Data? { files[importPath] }
    public func displayPath(for importPath: String) -> String { displayPrefix + importPath }
}
