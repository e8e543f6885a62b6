import Foundation
import ProtoPackaging
import ProtopkgBasics
import SQLKit

/// The registry's metadata in SQL through sql-kit, so the same queries serve SQLite and
/// PostgreSQL (see `SQLiteBackend`, `PostgresBackend`). A version's primary key (module,
/// version) is what makes concurrent publishes of one version safe: one insert wins, the others
/// fail and then read what won.
public final class SQLRegistryStore: RegistryStore, @unchecked Sendable {
    public let db: any SQLDatabase
    private let close: @Sendable () async throws -> Void

    public init(database: any SQLDatabase, close: @escaping @Sendable () async throws -> Void) {
        db = database
        self.close = close
    }

    public func migrate() async throws {
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS versions (
              module TEXT NOT NULL, version TEXT NOT NULL, digest TEXT NOT NULL,
              yanked INTEGER NOT NULL DEFAULT 0, published_at DOUBLE PRECISION NOT NULL,
              artifacts TEXT NOT NULL, PRIMARY KEY (module, version))
            """).run()
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS tokens (
              id TEXT NOT NULL, secret_hash TEXT PRIMARY KEY, scopes TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL)
            """).run()
    }

    func insertRow(_ r: VersionRecord) async throws {
        let artifacts = String(decoding: try JSONEncoder().encode(r.artifacts), as: UTF8.self)
        try await db.raw("""
            INSERT INTO versions (module, version, digest, yanked, published_at, artifacts)
            VALUES (\(bind: r.module.description), \(bind: r.version.description), \(bind: r.digest),
                    \(bind: r.yanked ? 1 : 0), \(bind: r.publishedAt.timeIntervalSince1970), \(bind: artifacts))
            """).run()
    }

    public func insertVersion(_ r: VersionRecord) async throws -> InsertOutcome {
        do {
            try await insertRow(r)
            return .inserted
        } catch {
            // Most likely the primary key: another publish of this version won. Read what is there.
            guard let existing = try await version(r.module, r.version) else { throw error }
            return existing.digest == r.digest ? .identical : .conflict(existingDigest: existing.digest)
        }
    }

    public func versions(of module: ModuleName) async throws -> [VersionRecord] {
        try await db.raw("SELECT * FROM versions WHERE module = \(bind: module.description)").all().map(Self.record)
    }

    public func version(_ module: ModuleName, _ version: SemVer) async throws -> VersionRecord? {
        try await db.raw("""
            SELECT * FROM versions WHERE module = \(bind: module.description) AND version = \(bind: version.description)
            """).first().map(Self.record)
    }

    public func modules() async throws -> [ModuleName] {
        try await db.raw("SELECT DISTINCT module FROM versions ORDER BY module").all()
            .map { try ModuleName(try $0.decode(column: "module", as: String.self)) }
    }

    public func setYanked(_ module: ModuleName, _ version: SemVer, yanked: Bool) async throws -> Bool {
        guard try await self.version(module, version) != nil else { return false }
        try await db.raw("""
            UPDATE versions SET yanked = \(bind: yanked ? 1 : 0)
            WHERE module = \(bind: module.description) AND version = \(bind: version.description)
            """).run()
        return true
    }

    public func insertToken(_ t: TokenRecord) async throws {
        let scopes = t.scopes.map(\.description).joined(separator: " ")
        try await db.raw("""
            INSERT INTO tokens (id, secret_hash, scopes, created_at)
            VALUES (\(bind: t.id), \(bind: t.secretHash), \(bind: scopes), \(bind: t.createdAt.timeIntervalSince1970))
            """).run()
    }

    public func token(secretHash: String) async throws -> TokenRecord? {
        try await db.raw("SELECT * FROM tokens WHERE secret_hash = \(bind: secretHash)").first().map(Self.token)
    }

    static func token(_ row: any SQLRow) throws -> TokenRecord {
        let scopes = try row.decode(column: "scopes", as: String.self).split(separator: " ").map { try TokenScope(String($0)) }
        return TokenRecord(id: try row.decode(column: "id", as: String.self), secretHash: try row.decode(column: "secret_hash", as: String.self),
                           scopes: scopes, createdAt: Date(timeIntervalSince1970: try row.decode(column: "created_at", as: Double.self)))
    }

    public func tokens() async throws -> [TokenRecord] {
        try await db.raw("SELECT * FROM tokens ORDER BY created_at, id").all().map(Self.token)
    }

    public func restore(versions: [VersionRecord], tokens: [TokenRecord]) async throws {
        try await SQLTransaction.run(on: db) { tx in
            let view = SQLRegistryStore(database: tx, close: {})
            let held = try await tx.raw("SELECT (SELECT COUNT(*) FROM versions) + (SELECT COUNT(*) FROM tokens) AS n").first()
            if let held, try held.decode(column: "n", as: Int.self) > 0 {
                throw ProtopkgError("the registry holds versions or tokens already: a backup is restored only into an empty registry",
                                    hint: "give import a new --data directory or an empty database")
            }
            for record in versions {
                try await view.insertRow(record)
            }
            for token in tokens { try await view.insertToken(token) }
        }
    }

    public func ping() async throws {
        _ = try await db.raw("SELECT 1 AS ok").first()
    }

    public func shutdown() async throws { try await close() }

    static func record(_ row: any SQLRow) throws -> VersionRecord {
        VersionRecord(
            module: try ModuleName(try row.decode(column: "module", as: String.self)),
            version: try SemVer(try row.decode(column: "version", as: String.self)),
            digest: try row.decode(column: "digest", as: String.self),
            yanked: try row.decode(column: "yanked", as: Int.self) != 0,
            publishedAt: Date(timeIntervalSince1970: try row.decode(column: "published_at", as: Double.self)),
            artifacts: try JSONDecoder().decode([ArtifactRecord].self, from: Data(try row.decode(column: "artifacts", as: String.self).utf8)))
    }
}
