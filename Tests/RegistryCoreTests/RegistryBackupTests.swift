import ArchiveKit
import Foundation
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
import XCTest

final class RegistryBackupTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws { dir = try FileSystem.makeTemporaryDirectory() }
    override func tearDown() { FileSystem.remove(dir) }

    /// A SQLite registry with two versions (one yanked), their artifacts and two tokens.
    func source() async throws -> RegistryService {
        let (store, blobs) = try await RegistryStorage.open(dataDirectory: "\(dir)/source", databaseURL: nil)
        let service = RegistryService(store: store, blobs: blobs, publicRead: false)
        let shop = try ModuleName("acme/shop")
        _ = try await service.publish(module: shop, version: try SemVer("1.0.0"), bundle: try BundleFactory.bundle(version: "1.0.0"))
        _ = try await service.publish(module: shop, version: try SemVer("1.1.0"),
                                      bundle: try BundleFactory.bundle(version: "1.1.0", proto: BundleFactory.adding("string note = 3;")))
        try await service.setYanked(shop, try SemVer("1.0.0"), true)
        _ = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
        _ = try await service.createToken(scopes: [.read])
        return service
    }

    /// Everything the source holds is in the target, and every blob's bytes match its digest.
    func assertSameContent(_ source: RegistryService, _ target: (store: SQLRegistryStore, blobs: BlobStore)) async throws {
        let modules = try await source.store.modules()
        try await assertEqual(try await target.store.modules(), modules)
        var checked = 0
        for module in modules {
            let expected = try await source.store.versions(of: module).sorted { $0.version < $1.version }
            let got = try await target.store.versions(of: module).sorted { $0.version < $1.version }
            XCTAssertEqual(got, expected, "versions, yanks, dates and artifacts of \(module)")
            for record in got {
                for digest in Set([record.digest] + record.artifacts.map(\.digest)) {
                    let data = try await target.blobs.get(digest)
                    XCTAssertNotNil(data, digest)
                    XCTAssertEqual(data.map { SHA256Hex.of($0) }, digest)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 2)
        try await assertEqual(try await target.store.tokens(), try await source.store.tokens())
    }

    func testRoundTripSQLiteToPostgres() async throws {
        guard let database = try await PostgresTestDatabase.create() else { return }
        let source = try await source()
        let archive = "\(dir)/backup.tar.gz"
        let exported = try await RegistryBackup.export(store: source.store, blobs: source.blobs, to: archive)
        XCTAssertEqual(exported.versions, 2)
        XCTAssertEqual(exported.tokens, 2)
        XCTAssertEqual(FileSystem.files(under: dir).filter { $0.contains(".tmp-") }, [])

        for blobs in [BlobBackend.postgres, .files] {
            try await database.reset()
            let target = try await RegistryStorage.open(dataDirectory: "\(dir)/target-\(blobs)", databaseURL: database.url, blobs: blobs)
            let imported = try await RegistryBackup.restore(from: archive, store: target.store, blobs: target.blobs)
            XCTAssertEqual(imported, exported)
            try await assertSameContent(source, target)
            // A second import into the now non-empty registry is refused.
            do {
                _ = try await RegistryBackup.restore(from: archive, store: target.store, blobs: target.blobs)
                XCTFail("importing into a registry with content should be refused")
            } catch let e as ProtopkgError {
                XCTAssertTrue(e.message.contains("empty registry"), e.message)
            }
            try await target.store.shutdown()
        }
        try await source.store.shutdown()
        try await database.drop()
    }

    func testRoundTripSQLiteToSQLite() async throws {
        let source = try await source()
        let archive = "\(dir)/backup.tar.gz"
        _ = try await RegistryBackup.export(store: source.store, blobs: source.blobs, to: archive)
        let target = try await RegistryStorage.open(dataDirectory: "\(dir)/target", databaseURL: nil)
        _ = try await RegistryBackup.restore(from: archive, store: target.store, blobs: target.blobs)
        try await assertSameContent(source, target)
        try await target.store.shutdown()
        try await source.store.shutdown()
    }

    /// Rewrites the archive's entries through `change`, keeping the manifest first.
    func tampered(_ archive: String, _ change: ([ArchiveEntry]) -> [ArchiveEntry]) throws -> String {
        let entries = try ArchiveReader.read(try FileSystem.read(archive), name: archive)
        let out = "\(dir)/tampered-\(UUID().uuidString).tar.gz"
        try FileSystem.writeAtomically(try ArchiveWriter.write(change(entries), format: .tarGzip), to: out)
        return out
    }

    func assertRefused(_ archive: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) async throws {
        let target = try await RegistryStorage.open(dataDirectory: "\(dir)/bad-\(UUID().uuidString)", databaseURL: nil)
        do {
            _ = try await RegistryBackup.restore(from: archive, store: target.store, blobs: target.blobs)
            XCTFail("\(archive) should be refused", file: file, line: line)
        } catch let e as ProtopkgError {
            XCTAssertTrue(e.description.contains(expected), e.description, file: file, line: line)
        }
        // Nothing was written: no version, no token, no blob.
        try await assertEqual(try await target.store.modules(), [])
        try await assertEqual(try await target.store.tokens().count, 0)
        let files = FileSystem.files(under: (target.blobs as! FileBlobStore).directory)
        XCTAssertEqual(files, [], "no blob written from a bad archive", file: file, line: line)
        try await target.store.shutdown()
    }

    func testBadArchivesAreRefusedBeforeAnythingIsWritten() async throws {
        let source = try await source()
        let archive = "\(dir)/backup.tar.gz"
        _ = try await RegistryBackup.export(store: source.store, blobs: source.blobs, to: archive)
        try await source.store.shutdown()

        try await assertRefused(try tampered(archive) { entries in
            entries.map { e in
                guard e.path.hasPrefix("blobs/") else { return e }
                var data = e.data
                data[data.startIndex] ^= 0xFF
                return ArchiveEntry(path: e.path, data: data)
            }
        }, "does not match its digest")
        try await assertRefused(try tampered(archive) { Array($0.dropLast()) }, "lacks the blob")
        try await assertRefused(try tampered(archive) { Array($0.dropFirst()) }, "first entry is not protopkg-backup.json")
        try await assertRefused(try tampered(archive) { $0 + [ArchiveEntry(path: "blobs/sha256/extra", data: Data())] },
                                "which its manifest does not list")
        // Cut short, as a copy that did not finish.
        let bytes = try FileSystem.read(archive)
        let truncated = "\(dir)/truncated.tar.gz"
        try FileSystem.writeAtomically(bytes.prefix(bytes.count / 2), to: truncated)
        try await assertRefused(truncated, "archive")
        let notAnArchive = "\(dir)/notes.txt"
        try FileSystem.writeAtomically(Data("hello".utf8), to: notAnArchive)
        try await assertRefused(notAnArchive, "archive")
    }

    func testExportWritesNothingWhenABlobIsMissing() async throws {
        let source = try await source()
        let blobDir = (source.blobs as! FileBlobStore).directory
        let victim = FileSystem.files(under: blobDir).first!
        FileSystem.remove("\(blobDir)/\(victim)")
        let archive = "\(dir)/backup.tar.gz"
        do {
            _ = try await RegistryBackup.export(store: source.store, blobs: source.blobs, to: archive)
            XCTFail("an export with a missing blob should fail")
        } catch let e as ProtopkgError {
            XCTAssertTrue(e.message.contains("missing from the blob store"), e.message)
        }
        XCTAssertFalse(FileSystem.exists(archive))
        XCTAssertEqual(FileSystem.files(under: dir).filter { $0.contains(".tmp-") }, [])
        try await source.store.shutdown()
    }
}
