import Foundation
import ProtopkgBasics
import RegistryCore
import SQLKit
import XCTest

/// A new, empty PostgreSQL database per test, on the server `scripts/with-postgres.sh` starts
/// for `make test` (PROTOPKG_TEST_POSTGRES_URL). Without that server the test fails rather than
/// passing silently, unless PROTOPKG_TEST_POSTGRES=off says PostgreSQL is deliberately not under test.
struct PostgresTestDatabase {
    let url: String
    private let admin: String
    private let name: String

    /// Nil only when PROTOPKG_TEST_POSTGRES=off.
    static func create(file: StaticString = #filePath, line: UInt = #line) async throws -> PostgresTestDatabase? {
        let env = ProcessInfo.processInfo.environment
        if env["PROTOPKG_TEST_POSTGRES"] == "off" { return nil }
        guard let admin = env["PROTOPKG_TEST_POSTGRES_URL"], var parts = URLComponents(string: admin) else {
            XCTFail("PROTOPKG_TEST_POSTGRES_URL is not set: run the tests with `make test`, which starts PostgreSQL", file: file, line: line)
            throw ProtopkgError("no PostgreSQL for this test")
        }
        let name = "protopkg_test_\(UInt32.random(in: 0...UInt32.max))"
        let store = try await PostgresBackend.open(url: admin)
        try await store.db.raw("CREATE DATABASE \(unsafeRaw: name)").run()
        try await store.shutdown()
        parts.path = "/\(name)"
        return PostgresTestDatabase(url: parts.string!, admin: admin, name: name)
    }

    /// Empties the database: drops every table (the stores' connections must be closed).
    func reset() async throws {
        try await drop()
        let store = try await PostgresBackend.open(url: admin)
        try await store.db.raw("CREATE DATABASE \(unsafeRaw: name)").run()
        try await store.shutdown()
    }

    /// Drops the database (its connections must be closed: shut the stores down first).
    func drop() async throws {
        let store = try await PostgresBackend.open(url: admin)
        try await store.db.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
        try await store.shutdown()
    }
}
