import Foundation
import ProtopkgBasics
import RegistryCore
import XCTest

final class FileBlobStoreTests: XCTestCase {
    func testContract() async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let blobs = try FileBlobStore(directory: dir)
        try await BlobStoreContract.run(blobs)
        let leftovers = FileSystem.files(under: dir).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [], "no temporary file stays behind")
        let digest = SHA256Hex.of(Data("hello".utf8))
        XCTAssertEqual(blobs.path(of: digest), "\(dir)/sha256/\(digest.prefix(2))/\(digest)")
    }
}
