import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import ProtopkgBasics

/// PostgreSQL, for several registry replicas sharing one database (blobs on shared storage, or
/// in the database too with `PostgresBlobStore`).
public enum PostgresBackend {
    public static func open(url: String, logger: Logger = Logger(label: "protopkg.registry.postgres")) async throws -> SQLRegistryStore {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw ProtopkgError("--database is not a PostgreSQL URL: \(error)",
                                hint: "write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=disable")
        }
        let pool = EventLoopGroupConnectionPool(source: PostgresConnectionSource(sqlConfiguration: configuration),
                                                maxConnectionsPerEventLoop: 4, on: MultiThreadedEventLoopGroup.singleton)
        let store = SQLRegistryStore(database: pool.database(logger: logger).sql(), close: { try await pool.shutdownAsync() })
        do {
            try await store.migrate()
        } catch {
            try? await pool.shutdownAsync()
            throw ProtopkgError("cannot use the PostgreSQL database at \(redacted(url)): \(String(reflecting: error))",
                                hint: "check that PostgreSQL runs, that the URL is right, and that the user may create tables")
        }
        return store
    }

    /// The URL without its password, for messages.
    public static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return "(unparsable URL)" }
        if parts.password != nil { parts.password = "***" }
        return parts.string ?? "(unparsable URL)"
    }
}
