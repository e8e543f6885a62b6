import Foundation
import ProtoPackaging
import RegistryCore
import XCTest

/// The behaviour every `RegistryStore` must have. Each backend's test case runs all of it.
enum StoreContract {
    static func record(_ module: String, _ version: String, digest: String) throws -> VersionRecord {
        VersionRecord(module: try ModuleName(module), version: try SemVer(version), digest: digest,
                      publishedAt: Date(timeIntervalSince1970: 1_700_000_000),
                      artifacts: [ArtifactRecord(kind: "bundle", fileName: "x.tgz", digest: digest, size: 10)])
    }

    static func run(_ store: RegistryStore) async throws {
        try await store.migrate()
        try await store.migrate()  // idempotent
        let a = try record("acme/a", "1.0.0", digest: String(repeating: "a", count: 64))
        try await assertEqual(try await store.insertVersion(a), .inserted)
        try await assertEqual(try await store.insertVersion(a), .identical)
        var other = a
        other.digest = String(repeating: "b", count: 64)
        try await assertEqual(try await store.insertVersion(other), .conflict(existingDigest: a.digest))
        try await assertEqual(try await store.insertVersion(try record("acme/a", "1.1.0", digest: "c")), .inserted)
        try await assertEqual(try await store.insertVersion(try record("acme/b", "0.1.0", digest: "d")), .inserted)

        let versions = try await store.versions(of: try ModuleName("acme/a")).map(\.version.description).sorted()
        XCTAssertEqual(versions, ["1.0.0", "1.1.0"])
        let fetched = try await store.version(try ModuleName("acme/a"), try SemVer("1.0.0"))
        XCTAssertEqual(fetched, a)
        try await assertNil(try await store.version(try ModuleName("acme/a"), try SemVer("9.9.9")))
        try await assertEqual(try await store.modules().map(\.description), ["acme/a", "acme/b"])

        try await assertTrue(try await store.setYanked(try ModuleName("acme/a"), try SemVer("1.0.0"), yanked: true))
        try await assertEqual(try await store.version(try ModuleName("acme/a"), try SemVer("1.0.0"))?.yanked, true)
        try await assertFalse(try await store.setYanked(try ModuleName("acme/a"), try SemVer("3.0.0"), yanked: true))

        let token = TokenRecord(id: "t1", secretHash: String(repeating: "f", count: 64),
                                scopes: [.read, try TokenScope("publish:acme/*")], createdAt: Date(timeIntervalSince1970: 1_700_000_000))
        try await store.insertToken(token)
        try await assertEqual(try await store.token(secretHash: token.secretHash), token)
        try await assertNil(try await store.token(secretHash: String(repeating: "0", count: 64)))

        // Changelogs: stored per release, replaced when stored again.
        let acmeA = try ModuleName("acme/a")
        try await store.putChangelog(acmeA, StoredChangelog(version: try SemVer("1.0.0"), against: nil, json: Data("{\"a\":1}".utf8)))
        try await store.putChangelog(acmeA, StoredChangelog(version: try SemVer("1.1.0"), against: try SemVer("1.0.0"),
                                                            json: Data("{\"b\":1}".utf8)))
        try await store.putChangelog(acmeA, StoredChangelog(version: try SemVer("1.1.0"), against: try SemVer("1.0.0"),
                                                            json: Data("{\"b\":2}".utf8)))
        let changelogs = try await store.changelogs(of: acmeA).sorted { $0.version < $1.version }
        XCTAssertEqual(changelogs, [StoredChangelog(version: try SemVer("1.0.0"), against: nil, json: Data("{\"a\":1}".utf8)),
                                    StoredChangelog(version: try SemVer("1.1.0"), against: try SemVer("1.0.0"), json: Data("{\"b\":2}".utf8))])
        try await assertEqual(try await store.changelogs(of: try ModuleName("acme/b")).count, 0)

        // Sessions: by the hash of their secret; deleted one by one or when expired.
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let live = SessionRecord(secretHash: UUID().uuidString, tokenHash: token.secretHash, createdAt: now,
                                 expiresAt: now.addingTimeInterval(3600))
        let old = SessionRecord(secretHash: UUID().uuidString, tokenHash: token.secretHash, createdAt: now.addingTimeInterval(-7200),
                                expiresAt: now.addingTimeInterval(-3600))
        try await store.insertSession(live)
        try await store.insertSession(old)
        try await assertEqual(try await store.session(secretHash: live.secretHash), live)
        try await store.deleteSessions(expiredBefore: now)
        try await assertNil(try await store.session(secretHash: old.secretHash))
        try await assertEqual(try await store.session(secretHash: live.secretHash), live)
        try await store.deleteSession(secretHash: live.secretHash)
        try await assertNil(try await store.session(secretHash: live.secretHash))

        // Concurrent inserts of one version with different content: exactly one wins.
        let outcomes = try await withThrowingTaskGroup(of: InsertOutcome.self) { group in
            for i in 0..<20 {
                group.addTask { try await store.insertVersion(try record("acme/race", "1.0.0", digest: "digest-\(i)")) }
            }
            var all: [InsertOutcome] = []
            for try await o in group { all.append(o) }
            return all
        }
        XCTAssertEqual(outcomes.filter { $0 == .inserted }.count, 1)
        XCTAssertEqual(outcomes.filter { if case .conflict = $0 { return true } else { return false } }.count, 19)
        try await assertEqual(try await store.versions(of: try ModuleName("acme/race")).count, 1)
    }
}

extension StoreContract {
    /// A database made before the registry stored changelogs and sessions (its versions and
    /// tokens tables only, as that release created them) keeps its rows through `migrate`,
    /// and gains what is new.
    static func migrationKeepsData(_ store: SQLRegistryStore) async throws {
        try await store.db.raw("DROP TABLE IF EXISTS versions").run()
        try await store.db.raw("DROP TABLE IF EXISTS tokens").run()
        try await store.db.raw("DROP TABLE IF EXISTS changelogs").run()
        try await store.db.raw("DROP TABLE IF EXISTS sessions").run()
        try await store.db.raw("""
            CREATE TABLE versions (
              module TEXT NOT NULL, version TEXT NOT NULL, digest TEXT NOT NULL,
              yanked INTEGER NOT NULL DEFAULT 0, published_at DOUBLE PRECISION NOT NULL,
              artifacts TEXT NOT NULL, PRIMARY KEY (module, version))
            """).run()
        try await store.db.raw("""
            CREATE TABLE tokens (
              id TEXT NOT NULL, secret_hash TEXT PRIMARY KEY, scopes TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL)
            """).run()
        try await store.db.raw("""
            INSERT INTO versions (module, version, digest, yanked, published_at, artifacts)
            VALUES ('acme/old', '1.0.0', 'abc', 1, 1700000000, '[]')
            """).run()
        try await store.db.raw("INSERT INTO tokens (id, secret_hash, scopes, created_at) VALUES ('t', 'h', 'read', 1700000000)").run()

        try await store.migrate()
        let kept = try await store.versions(of: try ModuleName("acme/old"))
        XCTAssertEqual(kept.map(\.digest), ["abc"])
        XCTAssertEqual(kept.first?.yanked, true)
        try await assertEqual(try await store.token(secretHash: "h")?.scopes, [.read])
        try await assertEqual(try await store.changelogs(of: try ModuleName("acme/old")).count, 0)
        try await store.putChangelog(try ModuleName("acme/old"), StoredChangelog(version: try SemVer("1.0.0"), against: nil, json: Data("{}".utf8)))
        try await assertEqual(try await store.changelogs(of: try ModuleName("acme/old")).count, 1)
    }
}
