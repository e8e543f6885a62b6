import Foundation
import ProtopkgBasics
import RegistryCore
import XCTest

/// The behaviour every `BlobStore` must have. Each backend's test case runs all of it.
enum BlobStoreContract {
    static func run(_ blobs: BlobStore) async throws {
        try await blobs.ping()
        let hello = Data("hello".utf8)
        let digest = try await blobs.put(hello)
        XCTAssertEqual(digest, SHA256Hex.of(hello))
        try await assertEqual(try await blobs.put(hello), digest, "putting the same bytes again is a no-op")
        try await assertEqual(try await blobs.get(digest), hello)
        try await assertEqual(try await blobs.size(of: digest), 5)
        let absent = String(repeating: "0", count: 64)
        try await assertNil(try await blobs.get(absent))
        try await assertNil(try await blobs.size(of: absent))
        try await assertNil(try await blobs.get("../../etc/passwd"))
        try await assertNil(try await blobs.get(digest.uppercased()))
        try await assertFalse(try await blobs.read(absent) { _ in XCTFail("no piece of an absent blob") })

        // Empty, exactly one chunk, and several chunks with a short last one.
        let chunk = BlobStoreLimits.chunkSize
        for size in [0, chunk, 3 * chunk + 12_345] {
            let data = try random(size)
            let d = try await blobs.put(data)
            try await assertEqual(try await blobs.size(of: d), size)
            try await assertEqual(try await blobs.get(d), data, "\(size) bytes back whole")
            let pieces = PieceCollector()
            try await assertTrue(try await blobs.read(d) { pieces.add($0) })
            XCTAssertEqual(pieces.joined, data, "\(size) bytes back in pieces")
            XCTAssertTrue(pieces.sizes.allSatisfy { $0 <= chunk }, "pieces of at most one chunk: \(pieces.sizes)")
        }

        // Concurrent puts of one large blob: all succeed, one copy is stored, and it is whole.
        let big = try random(2 * chunk + 7)
        let digests = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await blobs.put(big) } }
            var all: [String] = []
            for try await d in group { all.append(d) }
            return all
        }
        XCTAssertEqual(Set(digests), [SHA256Hex.of(big)])
        try await assertEqual(try await blobs.get(SHA256Hex.of(big)), big)
    }
}

extension BlobStoreContract {
    static func random(_ count: Int) throws -> Data {
        guard count > 0 else { return Data() }
        let source = try XCTUnwrap(FileHandle(forReadingAtPath: "/dev/urandom"))
        defer { try? source.close() }
        return source.readData(ofLength: count)
    }
}
