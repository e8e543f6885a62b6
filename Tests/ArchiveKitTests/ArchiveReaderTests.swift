import ArchiveKit
import Foundation
import ProtopkgBasics
import XCTest

final class ArchiveReaderTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = try FileSystem.makeTemporaryDirectory(prefix: "archive-reader-test")
    }

    override func tearDown() {
        FileSystem.remove(dir)
    }

    /// Builds a tar.gz with Python's tarfile, which writes what our writer never would.
    /// `members` is Python code that calls `add(name, data=b"", kind=tarfile.REGTYPE, link="")`.
    private func pythonTar(_ members: String) throws -> Data {
        let script = """
        import io, sys, tarfile
        t = tarfile.open(sys.argv[1], "w:gz", format=tarfile.USTAR_FORMAT)
        def add(name, data=b"", kind=tarfile.REGTYPE, link=""):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = link
            info.size = len(data) if kind == tarfile.REGTYPE else 0
            t.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
        \(members)
        t.close()
        """
        let path = "\(dir)/fixture.tgz"
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, path])
        XCTAssertEqual(result.status, 0, result.stderrText)
        return try FileSystem.read(path)
    }

    private func assertRefused(_ data: Data, limits: ArchiveLimits = ArchiveLimits(), mentioning words: [String],
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ArchiveReader.read(data, name: "fixture.tgz", limits: limits), file: file, line: line) { error in
            guard let e = error as? ProtopkgError else {
                return XCTFail("expected ProtopkgError, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(e.location, "fixture.tgz", file: file, line: line)
            for word in words {
                XCTAssertTrue(e.message.contains(word), "\"\(e.message)\" should mention \(word)", file: file, line: line)
            }
        }
    }

    func testPythonTarWithPlainFilesIsRead() throws {
        let data = try pythonTar("""
        add("pkg/", kind=tarfile.DIRTYPE)
        add("pkg/a.proto", b"syntax")
        add("pkg/sub/b.txt", b"")
        """)
        let entries = try ArchiveReader.read(data)
        XCTAssertEqual(entries.map(\.path), ["pkg/a.proto", "pkg/sub/b.txt"])
        XCTAssertEqual(entries.first?.data, Data("syntax".utf8))
    }

    func testRefusesAbsolutePath() throws {
        assertRefused(try pythonTar(#"add("/etc/evil", b"x")"#), mentioning: ["unsafe path", "/etc/evil"])
    }

    func testRefusesParentComponents() throws {
        assertRefused(try pythonTar(#"add("a/../../evil", b"x")"#), mentioning: ["unsafe path"])
        assertRefused(try pythonTar(#"add("../evil", b"x")"#), mentioning: ["unsafe path"])
    }

    func testRefusesParentComponentInDirectoryEntry() throws {
        assertRefused(try pythonTar(#"add("../outside/", kind=tarfile.DIRTYPE)"#), mentioning: ["unsafe path"])
    }

    func testRefusesSymlink() throws {
        let data = try pythonTar("""
        add("ok.txt", b"fine")
        add("link", kind=tarfile.SYMTYPE, link="/etc/passwd")
        """)
        assertRefused(data, mentioning: ["link", "not a regular file"])
    }

    func testRefusesHardlink() throws {
        let data = try pythonTar("""
        add("a.txt", b"target")
        add("b.txt", kind=tarfile.LNKTYPE, link="a.txt")
        """)
        assertRefused(data, mentioning: ["b.txt", "not a regular file"])
    }

    func testRefusesDevices() throws {
        assertRefused(try pythonTar(#"add("dev/null", kind=tarfile.CHRTYPE)"#), mentioning: ["not a regular file"])
        assertRefused(try pythonTar(#"add("fifo", kind=tarfile.FIFOTYPE)"#), mentioning: ["not a regular file"])
    }

    func testValidateAcceptsPlainRelativePaths() throws {
        for path in ["a", "a/b.proto", "dir/"] {
            XCTAssertNoThrow(try ArchiveReader.validate(path: path, archive: "x"), path)
        }
        for path in ["", "/a", "a//b", "./a", "a/./b", "a/..", "a\\b", "a\0b"] {
            XCTAssertThrowsError(try ArchiveReader.validate(path: path, archive: "x"), path.debugDescription)
        }
    }

    func testEntryLargerThanLimit() throws {
        let limits = ArchiveLimits(maxEntryBytes: 10)
        for format in [ArchiveFormat.tarGzip, .zip] {
            let fits = try ArchiveWriter.write([ArchiveEntry(path: "a", data: Data(count: 10))], format: format)
            XCTAssertEqual(try ArchiveReader.read(fits, limits: limits).first?.data.count, 10)
            let big = try ArchiveWriter.write([ArchiveEntry(path: "a", data: Data(count: 11))], format: format)
            assertRefused(big, limits: limits, mentioning: ["10 bytes"])
        }
    }

    func testTotalLargerThanLimit() throws {
        let entries = (0..<3).map { ArchiveEntry(path: "f\($0)", data: Data(count: 10)) }
        for format in [ArchiveFormat.tarGzip, .zip] {
            let data = try ArchiveWriter.write(entries, format: format)
            XCTAssertEqual(try ArchiveReader.read(data, limits: ArchiveLimits(maxTotalBytes: 30)).count, 3)
            assertRefused(data, limits: ArchiveLimits(maxTotalBytes: 25), mentioning: ["size limit", "25"])
        }
    }

    func testCompressedBombIsStoppedByTotalLimit() throws {
        // 8 MB of zeros compresses to a few KB: the limit must apply to expanded bytes.
        let data = try ArchiveWriter.write([ArchiveEntry(path: "zeros", data: Data(count: 8 << 20))], format: .tarGzip)
        XCTAssertLessThan(data.count, 64 * 1024)
        assertRefused(data, limits: ArchiveLimits(maxTotalBytes: 1 << 20), mentioning: ["size limit"])
    }

    func testMoreEntriesThanLimit() throws {
        let entries = (0..<3).map { ArchiveEntry(path: "f\($0)", data: Data("x".utf8)) }
        for format in [ArchiveFormat.tarGzip, .zip] {
            let data = try ArchiveWriter.write(entries, format: format)
            XCTAssertEqual(try ArchiveReader.read(data, limits: ArchiveLimits(maxEntries: 3)).count, 3)
            assertRefused(data, limits: ArchiveLimits(maxEntries: 2), mentioning: ["more than 2 entries"])
        }
    }

    func testGarbageGivesClearError() {
        let garbage = Data("this is certainly not an archive, just some text that goes on for a while".utf8)
        XCTAssertThrowsError(try ArchiveReader.read(garbage, name: "junk.tgz")) { error in
            guard let e = error as? ProtopkgError else { return XCTFail("expected ProtopkgError, got \(error)") }
            XCTAssertEqual(e.location, "junk.tgz")
            XCTAssertTrue(e.message.contains("archive"), e.message)
        }
    }

    func testTruncatedArchiveThrows() throws {
        let data = try ArchiveWriter.write([ArchiveEntry(path: "a", data: Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 131) }))],
                                           format: .tarGzip)
        XCTAssertThrowsError(try ArchiveReader.read(data.prefix(data.count / 2), name: "cut.tgz")) { error in
            XCTAssertEqual((error as? ProtopkgError)?.location, "cut.tgz", "\(error)")
        }
    }
}
