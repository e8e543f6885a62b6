import Foundation
import ProtopkgBasics

/// Where a registry keeps its state, chosen from its configuration: SQLite under the data
/// directory, or PostgreSQL at `databaseURL`; blobs in `DATA/blobs`.
public enum RegistryStorage {
    public static func open(dataDirectory: String, databaseURL: String?) async throws -> (store: SQLRegistryStore, blobs: BlobStore) {
        try FileSystem.createDirectory(dataDirectory)
        let store: SQLRegistryStore
        if let url = databaseURL {
            store = try await PostgresBackend.open(url: url)
        } else {
            store = try await SQLiteBackend.open(path: "\(dataDirectory)/registry.sqlite")
        }
        return (store, try FileBlobStore(directory: "\(dataDirectory)/blobs"))
    }
}
