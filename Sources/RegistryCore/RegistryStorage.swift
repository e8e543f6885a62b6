import Foundation
import ProtopkgBasics

/// Where a registry keeps its state, chosen from its configuration: metadata in SQLite under
/// the data directory or in PostgreSQL at `databaseURL`; blobs in `DATA/blobs` or, with
/// `BlobBackend.postgres`, in that same PostgreSQL.
public enum RegistryStorage {
    public static func open(dataDirectory: String, databaseURL: String?,
                            blobs backend: BlobBackend = .files) async throws -> (store: SQLRegistryStore, blobs: BlobStore) {
        if backend == .postgres && databaseURL == nil {
            throw ProtopkgError("--blobs postgres keeps blobs in the metadata database, so it needs --database postgres://…",
                                hint: "add --database URL, or use --blobs files (the default)")
        }
        try FileSystem.createDirectory(dataDirectory)
        let store: SQLRegistryStore
        if let url = databaseURL {
            store = try await PostgresBackend.open(url: url)
        } else {
            store = try await SQLiteBackend.open(path: "\(dataDirectory)/registry.sqlite")
        }
        switch backend {
        case .files:
            return (store, try FileBlobStore(directory: "\(dataDirectory)/blobs"))
        case .postgres:
            let blobs = PostgresBlobStore(database: store.db)
            do {
                try await blobs.migrate()
            } catch {
                try? await store.shutdown()
                throw error
            }
            return (store, blobs)
        }
    }
}
