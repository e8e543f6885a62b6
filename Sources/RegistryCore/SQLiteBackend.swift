import Foundation
import Logging
import SQLiteKit

/// The embedded default: one SQLite file under the data directory, through one connection
/// (SQLite serializes writers anyway; WAL keeps readers going during a write).
public enum SQLiteBackend {
    public static func open(path: String, logger: Logger = Logger(label: "protopkg.registry.sqlite")) async throws -> SQLRegistryStore {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        let store = SQLRegistryStore(database: connection.sql(), close: { try await connection.close() })
        try await store.db.raw("PRAGMA journal_mode=WAL").run()
        try await store.db.raw("PRAGMA busy_timeout=5000").run()
        try await store.migrate()
        return store
    }
}
