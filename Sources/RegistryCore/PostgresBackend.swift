import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit

/// PostgreSQL, for several registry replicas sharing one database (blobs on shared storage).
public enum PostgresBackend {
    public static func open(url: String, logger: Logger = Logger(label: "protopkg.registry.postgres")) async throws -> SQLRegistryStore {
        let configuration = try SQLPostgresConfiguration(url: url)
        let pool = EventLoopGroupConnectionPool(source: PostgresConnectionSource(sqlConfiguration: configuration),
                                                maxConnectionsPerEventLoop: 4, on: MultiThreadedEventLoopGroup.singleton)
        let store = SQLRegistryStore(database: pool.database(logger: logger).sql(), close: { try await pool.shutdownAsync() })
        try await store.migrate()
        return store
    }
}
