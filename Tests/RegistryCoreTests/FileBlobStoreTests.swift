import Foundation
import ProtopkgBasics
import RegistryCore
import XCTest

final class FileBlobStoreTests: XCTestCase {
    func testContentAddressedAndComplete() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let blobs = try FileBlobStore(directory: dir)
        let digest = try blobs.put(Data("hello".utf8))
        XCTAssertEqual(digest, SHA256Hex.of(Data("hello".utf8)))
        XCTAssertEqual(try blobs.put(Data("hello".utf8)), digest)
        XCTAssertEqual(try blobs.get(digest), Data("hello".utf8))
        XCTAssertNil(try blobs.get(String(repeating: "0", count: 64)))
        XCTAssertNil(try blobs.get("../../etc/passwd"), "only digests address blobs")
        let leftovers = FileSystem.files(under: dir).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }
}
