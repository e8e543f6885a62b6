import Foundation
@testable import GitRepository
import ProtopkgBasics
import XCTest

final class GitRepositoryTests: XCTestCase {
    /// A fresh directory under /tmp, outside any repository (the package itself is one).
    private var dir = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/protopkg-git-test.XXXXXX".utf8CString)
        let made = try XCTUnwrap(mkdtemp(&template))
        dir = URL(fileURLWithPath: String(cString: made)).resolvingSymlinksInPath().path
    }

    override func tearDown() {
        FileSystem.remove(dir)
    }

    /// Runs the git CLI with a fixed identity and no user or system configuration.
    @discardableResult
    private func git(_ arguments: String..., in directory: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_AUTHOR_DATE"] = "2024-01-01T00:00:00Z"
        environment["GIT_COMMITTER_DATE"] = "2024-01-01T00:00:00Z"
        let args = ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                    "-c", "tag.gpgsign=false"] + arguments
        let result = try ProcessRunner.run(try XCTUnwrap(ProcessRunner.which("git")), args,
                                           environment: environment, directory: directory ?? dir)
        XCTAssertEqual(result.status, 0, "git \(arguments.joined(separator: " ")): \(result.stderrText)", file: file, line: line)
        return result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func write(_ text: String, to relative: String) throws {
        try FileSystem.writeAtomically(Data(text.utf8), to: "\(dir)/\(relative)")
    }

    /// A repository with `proto/a.proto`, `protobuf/b.proto`, `docs/readme.md` and a `.gitignore` of `*.log`, committed.
    private func makeCommittedRepo() throws -> GitRepository {
        try git("init", "-q", "-b", "main")
        try write("syntax = \"proto3\";\n", to: "proto/a.proto")
        try write("syntax = \"proto3\";\n", to: "protobuf/b.proto")
        try write("# docs\n", to: "docs/readme.md")
        try write("*.log\n", to: ".gitignore")
        try git("add", "-A")
        try git("commit", "-q", "-m", "first")
        return try XCTUnwrap(GitRepository.discover(from: dir))
    }

    func testDiscoverOutsideRepositoryIsNil() throws {
        XCTAssertNil(try GitRepository.discover(from: dir))
    }

    func testDiscoverFromSubdirectory() throws {
        try git("init", "-q", "-b", "main")
        try FileSystem.createDirectory("\(dir)/a/b/c")
        let repo = try XCTUnwrap(GitRepository.discover(from: "\(dir)/a/b/c"))
        let workdir = try XCTUnwrap(repo.workdir)
        XCTAssertEqual(URL(fileURLWithPath: workdir).resolvingSymlinksInPath().path, dir)
        XCTAssertFalse(workdir.hasSuffix("/"))
    }

    /// The quick check before libgit2 is loaded: only "no .git and no bare repository anywhere
    /// above" may skip libgit2's own search.
    func testMayBeInRepositoryOnlyRulesOutWhatLibgit2CouldNotFind() throws {
        try FileSystem.createDirectory("\(dir)/plain/deep")
        XCTAssertFalse(GitRepository.mayBeInRepository("\(dir)/plain/deep"))
        try git("init", "-q", "-b", "main", in: "\(dir)/plain")
        XCTAssertTrue(GitRepository.mayBeInRepository("\(dir)/plain/deep"))
        try git("init", "-q", "--bare", "\(dir)/bare.git")
        XCTAssertTrue(GitRepository.mayBeInRepository("\(dir)/bare.git"))
        XCTAssertNotNil(try GitRepository.discover(from: "\(dir)/bare.git"))
        // A linked work tree or a submodule has a .git file, not a directory.
        try FileSystem.createDirectory("\(dir)/linked/sub")
        try Data("gitdir: \(dir)/plain/.git\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/linked/.git"))
        XCTAssertTrue(GitRepository.mayBeInRepository("\(dir)/linked/sub"))
    }

    func testHeadCommitIsNilWithoutCommits() throws {
        try git("init", "-q", "-b", "main")
        let repo = try XCTUnwrap(GitRepository.discover(from: dir))
        XCTAssertNil(try repo.headCommit())
    }

    func testHeadCommitMatchesGit() throws {
        let repo = try makeCommittedRepo()
        let head = try repo.headCommit()
        XCTAssertEqual(head, try git("rev-parse", "HEAD"))
        XCTAssertEqual(head?.count, 40)
        try write("two\n", to: "docs/two.md")
        try git("add", "-A")
        try git("commit", "-q", "-m", "second")
        XCTAssertEqual(try repo.headCommit(), try git("rev-parse", "HEAD"))
        XCTAssertNotEqual(try repo.headCommit(), head)
    }

    func testTagsIncludeLightweightAndAnnotatedPeeled() throws {
        let repo = try makeCommittedRepo()
        let first = try git("rev-parse", "HEAD")
        try git("tag", "v1.0.0")
        try write("two\n", to: "docs/two.md")
        try git("add", "-A")
        try git("commit", "-q", "-m", "second")
        let second = try git("rev-parse", "HEAD")
        try git("tag", "-a", "v1.1.0", "-m", "release 1.1.0")
        XCTAssertNotEqual(try git("rev-parse", "v1.1.0"), second, "fixture: an annotated tag is its own object")

        let tags = Dictionary(uniqueKeysWithValues: try repo.tags().map { ($0.name, $0.commit) })
        XCTAssertEqual(tags, ["v1.0.0": first, "v1.1.0": second])
    }

    func testTagsEmptyWithoutTags() throws {
        let repo = try makeCommittedRepo()
        XCTAssertTrue(try repo.tags().isEmpty)
    }

    func testResolveCommit() throws {
        let repo = try makeCommittedRepo()
        let first = try git("rev-parse", "HEAD")
        try git("tag", "-a", "v0.1.0", "-m", "annotated")
        try write("two\n", to: "docs/two.md")
        try git("add", "-A")
        try git("commit", "-q", "-m", "second")
        let second = try git("rev-parse", "HEAD")

        XCTAssertEqual(try repo.resolveCommit("HEAD~1"), first)
        XCTAssertEqual(try repo.resolveCommit("HEAD"), second)
        XCTAssertEqual(try repo.resolveCommit("main"), second)
        XCTAssertEqual(try repo.resolveCommit("v0.1.0"), first)
        XCTAssertEqual(try repo.resolveCommit(String(first.prefix(12))), first)
    }

    func testResolveUnknownRevisionThrowsNamingIt() throws {
        let repo = try makeCommittedRepo()
        XCTAssertThrowsError(try repo.resolveCommit("no-such-revision")) { error in
            XCTAssertTrue("\(error)".contains("no-such-revision"), "\(error)")
        }
        XCTAssertThrowsError(try repo.resolveCommit("HEAD~5")) { error in
            XCTAssertTrue("\(error)".contains("HEAD~5"), "\(error)")
        }
    }

    func testCleanTreeIsNotDirty() throws {
        let repo = try makeCommittedRepo()
        XCTAssertFalse(try repo.isDirty())
        XCTAssertFalse(try repo.isDirty(under: "proto"))
        XCTAssertFalse(try repo.isDirty(under: "."))
    }

    func testModifiedTrackedFileIsDirty() throws {
        let repo = try makeCommittedRepo()
        try write("syntax = \"proto2\";\n", to: "proto/a.proto")
        XCTAssertTrue(try repo.isDirty())
        XCTAssertTrue(try repo.isDirty(under: "proto"))
    }

    func testStagedChangeIsDirty() throws {
        let repo = try makeCommittedRepo()
        try write("new\n", to: "proto/staged.proto")
        try git("add", "proto/staged.proto")
        XCTAssertTrue(try repo.isDirty(under: "proto"))
    }

    func testDeletedTrackedFileIsDirty() throws {
        let repo = try makeCommittedRepo()
        FileSystem.remove("\(dir)/proto/a.proto")
        XCTAssertTrue(try repo.isDirty(under: "proto"))
    }

    func testUntrackedFileIsDirty() throws {
        let repo = try makeCommittedRepo()
        try write("new\n", to: "proto/new/deep/c.proto")
        XCTAssertTrue(try repo.isDirty())
        XCTAssertTrue(try repo.isDirty(under: "proto"))
    }

    func testIgnoredFileIsNotDirty() throws {
        let repo = try makeCommittedRepo()
        try write("noise\n", to: "proto/build.log")
        try write("noise\n", to: "debug.log")
        XCTAssertFalse(try repo.isDirty())
        XCTAssertFalse(try repo.isDirty(under: "proto"))
    }

    func testChangeOutsideSubdirectoryDoesNotCount() throws {
        let repo = try makeCommittedRepo()
        try write("# changed\n", to: "docs/readme.md")
        try write("untracked\n", to: "notes.txt")
        XCTAssertTrue(try repo.isDirty())
        XCTAssertFalse(try repo.isDirty(under: "proto"))
        XCTAssertTrue(try repo.isDirty(under: "docs"))
    }

    func testSubdirectoryIsNotAPrefixMatch() throws {
        let repo = try makeCommittedRepo()
        try write("changed\n", to: "protobuf/b.proto")
        XCTAssertTrue(try repo.isDirty(under: "protobuf"))
        XCTAssertFalse(try repo.isDirty(under: "proto"))
    }

    func testSingleFileScope() throws {
        let repo = try makeCommittedRepo()
        try write("changed\n", to: "docs/readme.md")
        XCTAssertTrue(try repo.isDirty(under: "docs/readme.md"))
        XCTAssertFalse(try repo.isDirty(under: "proto/a.proto"))
    }

    func testRelativePath() throws {
        try git("init", "-q", "-b", "main")
        try FileSystem.createDirectory("\(dir)/proto/acme")
        let repo = try XCTUnwrap(GitRepository.discover(from: dir))
        XCTAssertEqual(repo.relativePath(of: "\(dir)/proto/acme/x.proto"), "proto/acme/x.proto")
        XCTAssertEqual(repo.relativePath(of: "\(dir)/proto"), "proto")
        XCTAssertEqual(repo.relativePath(of: dir), "")
        XCTAssertEqual(repo.relativePath(of: "\(dir)/proto/../proto/acme"), "proto/acme")
        XCTAssertNil(repo.relativePath(of: "\(dir)-sibling/x.proto"))
        XCTAssertNil(repo.relativePath(of: "/usr/include"))
    }

    func testRelativePathThroughSymlink() throws {
        try git("init", "-q", "-b", "main")
        try FileSystem.createDirectory("\(dir)/repo-sub")
        let outside = "\(dir).link"
        XCTAssertEqual(symlink(dir, outside), 0)
        defer { unlink(outside) }
        let repo = try XCTUnwrap(GitRepository.discover(from: dir))
        XCTAssertEqual(repo.relativePath(of: "\(outside)/repo-sub"), "repo-sub")
    }
}
