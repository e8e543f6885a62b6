import ProtopkgBasics
import RegistryCore
import XCTest

final class SQLiteStoreTests: XCTestCase {
    func testContract() async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let store = try await SQLiteBackend.open(path: "\(dir)/registry.sqlite")
        try await StoreContract.run(store)
        try await store.shutdown()
        // Data survives a reopen.
        let again = try await SQLiteBackend.open(path: "\(dir)/registry.sqlite")
        try await assertEqual(try await again.modules().count, 3)
        try await again.shutdown()
    }

    func testMigrationKeepsData() async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let store = try await SQLiteBackend.open(path: "\(dir)/registry.sqlite")
        try await StoreContract.migrationKeepsData(store)
        try await store.shutdown()
    }
}
