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
        // Added with the registry's pages; a database from before gains these tables and keeps
        // its rows (releases published before get their changelog computed when first read).
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS changelogs (
              module TEXT NOT NULL, version TEXT NOT NULL, against TEXT, body TEXT NOT NULL,
              PRIMARY KEY (module, version))
            """).run()
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS sessions (
              secret_hash TEXT PRIMARY KEY, token_hash TEXT NOT NULL,
              created_at DOUBLE PRECISION NOT NULL, expires_at DOUBLE PRECISION NOT NULL)
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

    public func putChangelog(_ module: ModuleName, _ c: StoredChangelog) async throws {
        try await db.raw("""
            INSERT INTO changelogs (module, version, against, body)
            VALUES (\(bind: module.description), \(bind: c.version.description), \(bind: c.against?.description),
                    \(bind: String(decoding: c.json, as: UTF8.self)))
            ON CONFLICT (module, version) DO UPDATE SET against = excluded.against, body = excluded.body
            """).run()
    }

    public func changelogs(of module: ModuleName) async throws -> [StoredChangelog] {
        try await db.raw("SELECT * FROM changelogs WHERE module = \(bind: module.description)").all().map { row in
            StoredChangelog(version: try SemVer(try row.decode(column: "version", as: String.self)),
                            against: try row.decode(column: "against", as: String?.self).map { try SemVer($0) },
                            json: Data(try row.decode(column: "body", as: String.self).utf8))
        }
    }

    public func insertSession(_ s: SessionRecord) async throws {
        try await db.raw("""
            INSERT INTO sessions (secret_hash, token_hash, created_at, expires_at)
            VALUES (\(bind: s.secretHash), \(bind: s.tokenHash), \(bind: s.createdAt.timeIntervalSince1970),
                    \(bind: s.expiresAt.timeIntervalSince1970))
            """).run()
    }

    public func session(secretHash: String) async throws -> SessionRecord? {
        guard let row = try await db.raw("SELECT * FROM sessions WHERE secret_hash = \(bind: secretHash)").first() else { return nil }
        return SessionRecord(secretHash: secretHash, tokenHash: try row.decode(column: "token_hash", as: String.self),
                             createdAt: Date(timeIntervalSince1970: try row.decode(column: "created_at", as: Double.self)),
                             expiresAt: Date(timeIntervalSince1970: try row.decode(column: "expires_at", as: Double.self)))
    }

    public func deleteSession(secretHash: String) async throws {
        try await db.raw("DELETE FROM sessions WHERE secret_hash = \(bind: secretHash)").run()
    }

    public func deleteSessions(expiredBefore date: Date) async throws {
        try await db.raw("DELETE FROM sessions WHERE expires_at < \(bind: date.timeIntervalSince1970)").run()
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
