import Foundation
import ProtopkgBasics
import XCTest

final class FileSystemTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = try FileSystem.makeTemporaryDirectory(prefix: "fs-test")
    }

    override func tearDown() {
        FileSystem.remove(dir)
    }

    private func contents(of directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    func testTemporaryDirectoryIsFreshAndEmpty() throws {
        XCTAssertTrue(FileSystem.isDirectory(dir))
        XCTAssertEqual(try contents(of: dir), [])
        let other = try FileSystem.makeTemporaryDirectory(prefix: "fs-test")
        defer { FileSystem.remove(other) }
        XCTAssertNotEqual(other, dir)
    }

    func testWriteAtomicallyCreatesParentsAndLeavesNoTemporaryFiles() throws {
        let path = "\(dir)/a/b/out.txt"
        try FileSystem.writeAtomically(Data("first".utf8), to: path)
        XCTAssertEqual(try FileSystem.read(path), Data("first".utf8))
        XCTAssertEqual(try contents(of: "\(dir)/a/b"), ["out.txt"])
    }

    func testWriteAtomicallyReplacesContent() throws {
        let path = "\(dir)/out.txt"
        try FileSystem.writeAtomically(Data("a much longer first version".utf8), to: path)
        try FileSystem.writeAtomically(Data("second".utf8), to: path)
        XCTAssertEqual(try FileSystem.read(path), Data("second".utf8))
        XCTAssertEqual(try contents(of: dir), ["out.txt"])
    }

    func testWriteAtomicallyKeepsTheReplacedFilesPermissions() throws {
        let path = "\(dir)/run.sh"
        try FileSystem.writeAtomically(Data("echo 1\n".utf8), to: path)
        XCTAssertEqual(chmod(path, 0o750), 0)
        try FileSystem.writeAtomically(Data("echo 2\n".utf8), to: path)
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o750)
        XCTAssertEqual(try FileSystem.read(path), Data("echo 2\n".utf8))
    }

    func testWriteAtomicallyIntoMissingDirectoryBehindAFileThrows() throws {
        try FileSystem.writeAtomically(Data("x".utf8), to: "\(dir)/blocker")
        XCTAssertThrowsError(try FileSystem.writeAtomically(Data("y".utf8), to: "\(dir)/blocker/out.txt"))
        XCTAssertEqual(try contents(of: dir), ["blocker"])
    }

    func testCreateDirectoryOnExistingFileThrows() throws {
        let path = "\(dir)/file"
        try FileSystem.writeAtomically(Data("x".utf8), to: path)
        XCTAssertThrowsError(try FileSystem.createDirectory(path)) { error in
            let e = error as? ProtopkgError
            XCTAssertNotNil(e)
            XCTAssertEqual(e?.location, path)
            XCTAssertTrue(e?.message.contains("not a directory") ?? false, "\(error)")
        }
        XCTAssertFalse(FileSystem.isDirectory(path))
    }

    func testCreateDirectoryIsIdempotentAndRecursive() throws {
        try FileSystem.createDirectory("\(dir)/x/y/z")
        try FileSystem.createDirectory("\(dir)/x/y/z")
        XCTAssertTrue(FileSystem.isDirectory("\(dir)/x/y/z"))
        XCTAssertTrue(FileSystem.exists("\(dir)/x/y"))
    }

    func testReadMissingFileThrows() {
        XCTAssertThrowsError(try FileSystem.read("\(dir)/missing"))
    }

    func testFilesUnderAreSortedRelativeAndSkipHiddenDirectories() throws {
        for path in ["b/z.proto", "a/y.proto", "a/x.proto", "top.proto", "a/readme.md",
                     ".git/objects/h.proto", "a/.cache/c.proto"] {
            try FileSystem.writeAtomically(Data(), to: "\(dir)/\(path)")
        }
        try FileSystem.createDirectory("\(dir)/empty")
        XCTAssertEqual(FileSystem.files(under: dir, suffix: ".proto"),
                       ["a/x.proto", "a/y.proto", "b/z.proto", "top.proto"])
        XCTAssertEqual(FileSystem.files(under: dir),
                       ["a/readme.md", "a/x.proto", "a/y.proto", "b/z.proto", "top.proto"])
    }

    func testFilesUnderMissingRootIsEmpty() {
        XCTAssertEqual(FileSystem.files(under: "\(dir)/nope", suffix: ".proto"), [])
    }

    func testAbsolute() {
        XCTAssertEqual(FileSystem.absolute("x/../y/z.proto", relativeTo: "/base/dir"), "/base/dir/y/z.proto")
        XCTAssertEqual(FileSystem.absolute("/abs/./p", relativeTo: "/base"), "/abs/p")
    }
}

extension FileSystemTests {
    func testRelativePaths() {
        XCTAssertEqual(FileSystem.relative("/w/proto/a.proto", from: "/w"), "proto/a.proto")
        XCTAssertEqual(FileSystem.relative("/w/common/proto/a.proto", from: "/w/billing"), "../common/proto/a.proto")
        XCTAssertEqual(FileSystem.relative("/w", from: "/w"), ".")
        XCTAssertEqual(FileSystem.relative("/w", from: "/w/a/b"), "../..")
        XCTAssertEqual(FileSystem.relative("/x/y", from: "/"), "x/y")
    }

    func testFilesUnderListsNestedFilesSortedSkippingHiddenDirectoriesAndNotFollowingLinks() throws {
        for path in ["b.proto", "a/z.proto", "a/b/c.proto", "a/notes.txt", ".git/x.proto", "a/.hidden.proto"] {
            try FileSystem.writeAtomically(Data(), to: "\(dir)/tree/\(path)")
        }
        try FileSystem.writeAtomically(Data(), to: "\(dir)/outside/o.proto")
        XCTAssertEqual(symlink("\(dir)/outside", "\(dir)/tree/linked"), 0)
        XCTAssertEqual(symlink("\(dir)/outside/o.proto", "\(dir)/tree/l.proto"), 0)
        XCTAssertEqual(FileSystem.files(under: "\(dir)/tree", suffix: ".proto"),
                       ["a/.hidden.proto", "a/b/c.proto", "a/z.proto", "b.proto", "l.proto"])
        XCTAssertEqual(FileSystem.files(under: "\(dir)/missing"), [])
    }

    func testAbsoluteWorksOutDotsOnTheTextWithoutResolvingLinks() throws {
        XCTAssertEqual(FileSystem.absolute("proto/./acme//a.proto", relativeTo: "/work/mod"), "/work/mod/proto/acme/a.proto")
        XCTAssertEqual(FileSystem.absolute(".", relativeTo: "/work/mod"), "/work/mod")
        XCTAssertEqual(FileSystem.normalized("../a/./b/../c"), "../a/c")
        XCTAssertEqual(FileSystem.normalized("a/.."), ".")
        XCTAssertEqual(FileSystem.absolute("~/x", relativeTo: "/ignored"), (NSHomeDirectory() as NSString).appendingPathComponent("x"))
        // A link is kept as written: the path is where the user said, not where it points.
        try FileSystem.writeAtomically(Data(), to: "\(dir)/real/a.proto")
        XCTAssertEqual(symlink("\(dir)/real", "\(dir)/link"), 0)
        XCTAssertEqual(FileSystem.absolute("link/a.proto", relativeTo: dir), "\(dir)/link/a.proto")
        // `..` leaves the directory the link points to, as the kernel would.
        try FileSystem.writeAtomically(Data(), to: "\(dir)/tree/real/a.proto")
        try FileSystem.writeAtomically(Data(), to: "\(dir)/tree/common/c.proto")
        XCTAssertEqual(symlink("\(dir)/tree/real", "\(dir)/module"), 0)
        XCTAssertEqual(FileSystem.absolute("../common/c.proto", relativeTo: "\(dir)/module"), "\(dir)/tree/common/c.proto")
    }
}
