import Foundation
import ProtopkgBasics
import SQLKit

/// Blobs in PostgreSQL, so that replicas sharing the database need no shared directory.
///
/// A blob is rows of at most `BlobStoreLimits.chunkSize` bytes in `blob_chunks` (bytea; TOAST
/// compresses nothing here, bundles and zips are compressed already) and one row in `blobs`,
/// all inserted in one transaction: a replica killed during an upload leaves nothing, and a blob
/// exists exactly when its `blobs` row does. Chunks keep each query and each piece of a
/// streamed download small, where one bytea value would be read and sent whole.
public struct PostgresBlobStore: BlobStore {
    public let db: any SQLDatabase

    public init(database: any SQLDatabase) {
        db = database
    }

    public func migrate() async throws {
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS blobs (
              digest TEXT PRIMARY KEY, size BIGINT NOT NULL, chunks INTEGER NOT NULL)
            """).run()
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS blob_chunks (
              digest TEXT NOT NULL, seq INTEGER NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (digest, seq))
            """).run()
    }

    public func put(_ data: Data) async throws -> String {
        let digest = SHA256Hex.of(data)
        if try await size(of: digest) != nil { return digest }
        let chunk = BlobStoreLimits.chunkSize
        let count = (data.count + chunk - 1) / chunk
        try await SQLTransaction.run(on: db) { tx in
            for seq in 0..<count {
                let start = data.startIndex + seq * chunk
                let piece = Data(data[start..<min(start + chunk, data.endIndex)])
                // A concurrent put of the same blob waits here for the other transaction, then
                // finds the rows (or, if it was rolled back, inserts them).
                try await tx.raw("""
                    INSERT INTO blob_chunks (digest, seq, data) VALUES (\(bind: digest), \(bind: seq), \(bind: piece))
                    ON CONFLICT DO NOTHING
                    """).run()
            }
            try await tx.raw("""
                INSERT INTO blobs (digest, size, chunks) VALUES (\(bind: digest), \(bind: data.count), \(bind: count))
                ON CONFLICT DO NOTHING
                """).run()
        }
        return digest
    }

    public func get(_ digest: String) async throws -> Data? {
        guard let size = try await header(digest)?.size else { return nil }
        var out = Data(capacity: size)
        let rows = try await db.raw("SELECT data FROM blob_chunks WHERE digest = \(bind: digest) ORDER BY seq").all()
        for row in rows { out.append(try row.decode(column: "data", as: Data.self)) }
        guard out.count == size else {
            throw ProtopkgError("blob \(digest) is incomplete in PostgreSQL: \(out.count) of \(size) bytes")
        }
        return out
    }

    public func size(of digest: String) async throws -> Int? {
        try await header(digest)?.size
    }

    public func read(_ digest: String, _ body: (Data) async throws -> Void) async throws -> Bool {
        guard let found = try await header(digest) else { return false }
        let (size, chunks) = found
        var sent = 0
        // One chunk per query: memory stays at one chunk whatever the blob's size.
        for seq in 0..<chunks {
            guard let row = try await db.raw("SELECT data FROM blob_chunks WHERE digest = \(bind: digest) AND seq = \(bind: seq)").first() else {
                throw ProtopkgError("blob \(digest) is missing chunk \(seq) in PostgreSQL")
            }
            let piece = try row.decode(column: "data", as: Data.self)
            sent += piece.count
            try await body(piece)
        }
        guard sent == size else { throw ProtopkgError("blob \(digest) is incomplete in PostgreSQL: \(sent) of \(size) bytes") }
        return true
    }

    public func path(of digest: String) -> String? { nil }

    public func ping() async throws {
        _ = try await db.raw("SELECT 1 AS ok").first()
    }

    private func header(_ digest: String) async throws -> (size: Int, chunks: Int)? {
        guard SHA256Hex.isValid(digest),
              let row = try await db.raw("SELECT size, chunks FROM blobs WHERE digest = \(bind: digest)").first() else { return nil }
        return (try row.decode(column: "size", as: Int.self), try row.decode(column: "chunks", as: Int.self))
    }
}
