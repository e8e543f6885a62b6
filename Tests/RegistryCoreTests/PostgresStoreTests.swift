import Foundation
import RegistryCore
import XCTest

/// Runs against the PostgreSQL that `scripts/postgres-test.sh` starts on 127.0.0.1 for `make test`
/// (its URL in PROTOPKG_TEST_POSTGRES_URL). Without it, this test fails rather than passing
/// silently, unless PROTOPKG_TEST_POSTGRES=off says PostgreSQL is deliberately not under test.
final class PostgresStoreTests: XCTestCase {
    func testContract() async throws {
        let env = ProcessInfo.processInfo.environment
        if env["PROTOPKG_TEST_POSTGRES"] == "off" { return }
        guard let url = env["PROTOPKG_TEST_POSTGRES_URL"] else {
            return XCTFail("PROTOPKG_TEST_POSTGRES_URL is not set: run the tests with `make test`, which starts PostgreSQL")
        }
        let store = try await PostgresBackend.open(url: url)
        try await store.db.raw("DROP TABLE IF EXISTS versions").run()
        try await store.db.raw("DROP TABLE IF EXISTS tokens").run()
        try await store.db.raw("DROP TABLE IF EXISTS changelogs").run()
        try await store.db.raw("DROP TABLE IF EXISTS sessions").run()
        try await StoreContract.run(store)
        try await store.shutdown()
    }

    func testMigrationKeepsData() async throws {
        let env = ProcessInfo.processInfo.environment
        if env["PROTOPKG_TEST_POSTGRES"] == "off" { return }
        guard let url = env["PROTOPKG_TEST_POSTGRES_URL"] else {
            return XCTFail("PROTOPKG_TEST_POSTGRES_URL is not set: run the tests with `make test`, which starts PostgreSQL")
        }
        let store = try await PostgresBackend.open(url: url)
        try await StoreContract.migrationKeepsData(store)
        try await store.shutdown()
    }
}
