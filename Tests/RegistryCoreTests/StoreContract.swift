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
