import SQLKit

/// Runs queries as one transaction on one connection of the database (a pool hands each query
/// to any connection otherwise), committing when `body` returns and rolling back when it throws.
public enum SQLTransaction {
    public static func run<T: Sendable>(on db: any SQLDatabase,
                                        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await db.withSession { session in
            try await session.raw("BEGIN").run()
            do {
                let result = try await body(session)
                try await session.raw("COMMIT").run()
                return result
            } catch {
                try? await session.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}
