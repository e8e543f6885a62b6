import Foundation
import ProtopkgBasics
import RegistryCore
import SQLKit
import XCTest

final class PostgresBlobStoreTests: XCTestCase {
    func testContract() async throws {
        guard let database = try await PostgresTestDatabase.create() else { return }
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let (store, blobs) = try await RegistryStorage.open(dataDirectory: dir, databaseURL: database.url, blobs: .postgres)
        XCTAssertTrue(blobs is PostgresBlobStore)
        try await BlobStoreContract.run(blobs)
        XCTAssertNil(blobs.path(of: SHA256Hex.of(Data("hello".utf8))), "no files: nothing under --data")
        XCTAssertFalse(FileSystem.exists("\(dir)/blobs"))

        // A transaction that dies half-way (a replica killed during an upload) leaves no blob.
        let pg = blobs as! PostgresBlobStore
        let partial = String(repeating: "e", count: 64)
        do {
            try await SQLTransaction.run(on: pg.db) { tx in
                try await tx.raw("INSERT INTO blob_chunks (digest, seq, data) VALUES (\(bind: partial), 0, \(bind: Data([1, 2, 3])))").run()
                throw ProtopkgError("killed")
            }
            XCTFail("the transaction should have failed")
        } catch let e as ProtopkgError {
            XCTAssertEqual(e.message, "killed")
        }
        try await assertNil(try await blobs.get(partial))
        let rows = try await pg.db.raw("SELECT COUNT(*) AS n FROM blob_chunks WHERE digest = \(bind: partial)").first()
        XCTAssertEqual(try rows?.decode(column: "n", as: Int.self), 0)

        try await store.shutdown()
        try await database.drop()
    }

    func testPostgresBlobsNeedADatabase() async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        do {
            _ = try await RegistryStorage.open(dataDirectory: dir, databaseURL: nil, blobs: .postgres)
            XCTFail("--blobs postgres without --database should be refused")
        } catch let e as ProtopkgError {
            XCTAssertTrue(e.message.contains("--database"), e.message)
        }
    }
}
