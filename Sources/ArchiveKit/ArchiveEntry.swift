import Foundation

/// One regular file in an archive. Archives hold files only; directories are implied by paths.
public struct ArchiveEntry: Equatable, Sendable {
    public var path: String
    public var data: Data
    /// Unix permission bits; 0o644 for data, 0o755 for scripts.
    public var mode: Int32

    public init(path: String, data: Data, mode: Int32 = 0o644) {
        self.path = path
        self.data = data
        self.mode = mode
    }
}
