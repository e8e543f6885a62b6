import Foundation

/// Content-addressed storage of bundles and artifacts: a blob's key is the SHA-256 of its bytes.
/// One implementation per backend (`FileBlobStore`, `PostgresBlobStore`); every one passes the
/// same contract tests.
public protocol BlobStore: Sendable {
    /// Stores the bytes (a no-op when present) and returns their digest. A crash leaves either
    /// the whole blob or none of it under its key.
    func put(_ data: Data) async throws -> String
    /// The whole blob; nil when there is none under this digest (or it is not a digest).
    func get(_ digest: String) async throws -> Data?
    /// The blob's size in bytes, without reading it; nil when absent.
    func size(of digest: String) async throws -> Int?
    /// Hands the blob to `body` in order, in pieces of at most `BlobStore.chunkSize` bytes, so
    /// that a large blob is sent without holding all of it. Returns false when there is none.
    func read(_ digest: String, _ body: (Data) async throws -> Void) async throws -> Bool
    /// The file holding a blob, for servers that send files directly; nil for stores without files.
    func path(of digest: String) -> String?
    /// Checks that the backend answers (for `/healthz`); throws what went wrong.
    func ping() async throws
}
