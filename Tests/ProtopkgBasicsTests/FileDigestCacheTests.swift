import Foundation
import ProtopkgBasics
import XCTest

final class FileDigestCacheTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws { dir = try FileSystem.makeTemporaryDirectory() }
    override func tearDown() { FileSystem.remove(dir) }

    /// Sets a file's modification time some minutes back.
    func age(_ path: String, seconds: Int = 600) {
        var times = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0), timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
    }

    /// A cache that sees the clock a minute ahead, so that files written by the test (whose
    /// change time cannot be set back) count as settled.
    func cache() -> FileDigestCache {
        FileDigestCache(path: "\(dir)/cache.tsv", now: { Date().timeIntervalSince1970 + 60 })
    }

    func testDigestsAreRememberedAndReusedAcrossRuns() throws {
        let file = "\(dir)/a.proto"
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\n".utf8), to: file)
        age(file)
        let first = cache()
        XCTAssertEqual(first.digest(of: file), SHA256Hex.of(Data("syntax = \"proto3\";\n".utf8)))
        try first.save()
        let saved = try String(contentsOfFile: "\(dir)/cache.tsv", encoding: .utf8)
        XCTAssertTrue(saved.hasSuffix("\t\(file)\n"), saved)
        // The cache file is what answers now: replace the remembered digest and see it come back.
        let forged = saved.replacingOccurrences(of: SHA256Hex.of(Data("syntax = \"proto3\";\n".utf8)), with: String(repeating: "0", count: 64))
        try FileSystem.writeAtomically(Data(forged.utf8), to: "\(dir)/cache.tsv")
        XCTAssertEqual(cache().digest(of: file), String(repeating: "0", count: 64))
    }

    func testAnEditKeepingSizeAndModificationTimeIsStillSeen() throws {
        let file = "\(dir)/a.proto"
        try FileSystem.writeAtomically(Data("message A {}\n".utf8), to: file)
        age(file)
        let first = self.cache()
        _ = first.digest(of: file)
        try first.save()
        // Same size, modification time put back: the change time and inode still move.
        try FileSystem.writeAtomically(Data("message B {}\n".utf8), to: file)
        age(file)
        XCTAssertEqual(cache().digest(of: file), SHA256Hex.of(Data("message B {}\n".utf8)))
    }

    func testAFreshlyWrittenFileIsNotRemembered() throws {
        let file = "\(dir)/a.proto"
        try FileSystem.writeAtomically(Data("message A {}\n".utf8), to: file)
        let cache = FileDigestCache(path: "\(dir)/cache.tsv")
        XCTAssertNotNil(cache.digest(of: file))
        try cache.save()
        XCTAssertFalse(FileSystem.exists("\(dir)/cache.tsv"), "a file written within the clock's resolution must be hashed again")
    }

    func testFilesNoLongerAskedAboutAreForgottenAndMissingFilesHaveNoDigest() throws {
        for name in ["a", "b"] {
            try FileSystem.writeAtomically(Data(name.utf8), to: "\(dir)/\(name).proto")
            age("\(dir)/\(name).proto")
        }
        let first = self.cache()
        _ = first.digest(of: "\(dir)/a.proto")
        _ = first.digest(of: "\(dir)/b.proto")
        try first.save()
        let next = cache()
        _ = next.digest(of: "\(dir)/a.proto")
        XCTAssertNil(next.digest(of: "\(dir)/missing.proto"))
        try next.save()
        let saved = try String(contentsOfFile: "\(dir)/cache.tsv", encoding: .utf8)
        XCTAssertTrue(saved.contains("/a.proto"))
        XCTAssertFalse(saved.contains("/b.proto"))
    }
}
