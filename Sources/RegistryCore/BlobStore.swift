import Foundation

/// Content-addressed file storage: a blob's key is the SHA-256 of its bytes.
public protocol BlobStore: Sendable {
    /// Stores the bytes (a no-op when present) and returns their digest. A crash leaves either
    /// the whole blob or none of it under its key.
    func put(_ data: Data) throws -> String
    func get(_ digest: String) throws -> Data?
    /// The file holding a blob, for servers that send files directly.
    func path(of digest: String) -> String?
}
