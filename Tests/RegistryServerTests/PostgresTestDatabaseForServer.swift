import Foundation
import ProtopkgBasics
import RegistryCore
import SQLKit
import XCTest

/// A new PostgreSQL database for one test (see RegistryCoreTests' PostgresTestDatabase).
struct PostgresTestDatabaseForServer {
    let url: String
    let admin: String
    let name: String

    static func create(file: StaticString = #filePath, line: UInt = #line) async throws -> PostgresTestDatabaseForServer? {
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
        return PostgresTestDatabaseForServer(url: parts.string!, admin: admin, name: name)
    }

    func drop() async throws {
        let store = try await PostgresBackend.open(url: admin)
        try await store.db.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
        try await store.shutdown()
    }
}
