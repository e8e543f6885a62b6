@testable import GitRepository
import Foundation
import ProtopkgBasics
import XCTest

/// `GitHead` reads HEAD without libgit2; `git rev-parse HEAD` is the reference.
final class GitHeadTests: XCTestCase {
    private var dir = ""
    /// An instant long after every write of the test, so the index counts as settled.
    private let later = Date().timeIntervalSince1970 + 3600

    override func setUpWithError() throws {
        var template = Array("/tmp/protopkg-githead-test.XXXXXX".utf8CString)
        dir = URL(fileURLWithPath: String(cString: try XCTUnwrap(mkdtemp(&template)))).resolvingSymlinksInPath().path
    }

    override func tearDown() { FileSystem.remove(dir) }

    @discardableResult
    private func git(_ arguments: String..., in directory: String? = nil) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        let result = try ProcessRunner.run("/usr/bin/env", ["git", "-c", "user.name=T", "-c", "user.email=t@example.com",
                                                            "-c", "commit.gpgsign=false"] + arguments,
                                           environment: environment, directory: directory ?? dir)
        XCTAssertEqual(result.status, 0, result.stderrText)
        return result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func commit(of head: GitHead) -> String? {
        guard case .at(let key) = head else { return nil }
        return key.split(separator: " ").first.map(String.init)
    }

    func testOutsideAnyRepository() {
        XCTAssertEqual(GitHead.read(from: dir, now: later), .outside)
    }

    func testFollowsTheBranchThroughLooseAndPackedRefsAndDetachedHeads() throws {
        try git("init", "-q", "-b", "main")
        try FileSystem.createDirectory("\(dir)/proto/a")
        XCTAssertEqual(commit(of: GitHead.read(from: "\(dir)/proto/a", now: later)), "unborn")
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/proto/a/x.proto"))
        try git("add", "-A"); try git("commit", "-qm", "one")
        let first = try git("rev-parse", "HEAD")
        XCTAssertEqual(commit(of: GitHead.read(from: "\(dir)/proto/a", now: later)), first)
        try git("pack-refs", "--all")
        XCTAssertFalse(FileSystem.exists("\(dir)/.git/refs/heads/main"))
        XCTAssertEqual(commit(of: GitHead.read(from: dir, now: later)), first)
        try git("commit", "-q", "--allow-empty", "-m", "two")
        let second = try git("rev-parse", "HEAD")
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(commit(of: GitHead.read(from: dir, now: later)), second)
        try git("checkout", "-q", "--detach", first)
        XCTAssertEqual(commit(of: GitHead.read(from: dir, now: later)), first)
    }

    func testStagingChangesTheKeyAndAFreshIndexIsLeftToLibgit2() throws {
        try git("init", "-q", "-b", "main")
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/x.proto"))
        try git("add", "-A"); try git("commit", "-qm", "one")
        let before = GitHead.read(from: dir, now: later)
        // The index was written just now: within two seconds its stamp proves nothing.
        XCTAssertEqual(GitHead.read(from: dir), .unreadable)
        Thread.sleep(forTimeInterval: 0.01)
        try Data("y\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/x.proto"))
        try git("add", "x.proto")
        let after = GitHead.read(from: dir, now: later)
        XCTAssertEqual(commit(of: before), commit(of: after))
        XCTAssertNotEqual(before, after)
    }

    func testLinkedWorkTreeReadsItsOwnHeadAndTheSharedRefs() throws {
        try git("init", "-q", "-b", "main")
        try git("commit", "-q", "--allow-empty", "-m", "one")
        try git("branch", "side"); try git("commit", "-q", "--allow-empty", "-m", "two")
        try git("worktree", "add", "-q", "\(dir)/linked", "side")
        XCTAssertTrue(FileSystem.exists("\(dir)/linked/.git") && !FileSystem.isDirectory("\(dir)/linked/.git"))
        XCTAssertEqual(commit(of: GitHead.read(from: "\(dir)/linked", now: later)), try git("rev-parse", "HEAD", in: "\(dir)/linked"))
        XCTAssertNotEqual(commit(of: GitHead.read(from: "\(dir)/linked", now: later)), commit(of: GitHead.read(from: dir, now: later)))
    }

    func testWhatItCannotReadIsLeftToLibgit2() throws {
        try git("init", "-q", "-b", "main")
        try git("commit", "-q", "--allow-empty", "-m", "one")
        // A reftable repository's HEAD names this placeholder.
        try Data("ref: refs/heads/.invalid\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/.git/HEAD"))
        XCTAssertEqual(GitHead.read(from: dir, now: later), .unreadable)
        try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/.git/HEAD"))
        XCTAssertEqual(GitHead.read(from: dir, now: later), .unreadable)
    }
}
