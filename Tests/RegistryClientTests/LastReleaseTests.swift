import Foundation
import HTTPTransport
import ProtopkgBasics
import RegistryClient
import XCTest

final class LastReleaseTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-last-release")
        try FileSystem.writeAtomically(Data("name: acme/shop\nversion: 1.3.0\n".utf8), to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\n".utf8), to: "\(dir)/proto/a.proto")
    }

    override func tearDown() { FileSystem.remove(dir) }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        let args = ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                    "-c", "tag.gpgsign=false"] + arguments
        let result = try ProcessRunner.run(try XCTUnwrap(ProcessRunner.which("git")), args, environment: environment, directory: dir)
        XCTAssertEqual(result.status, 0, result.stderrText)
        return result.stdoutText
    }

    func find(_ registry: HTTPTransport?, sameLine: Bool = false) throws -> LastRelease.Found {
        try LastRelease.find(directory: dir, registry: registry == nil ? nil : FakeRegistry.url, sameLine: sameLine,
                             environment: ["PROTOPKG_TOKEN": "t"], transport: registry)
    }

    func declare(_ version: String) throws {
        try FileSystem.writeAtomically(Data("name: acme/shop\nversion: \(version)\n".utf8), to: "\(dir)/protopkg.yaml")
    }

    func testTheRegistrysNewestReleaseNotAboveTheDeclaredVersion() throws {
        let registry = FakeRegistry()
        for v in ["1.0.0", "1.2.0", "1.1.0", "2.0.0-rc.1", "3.0.0"] {
            registry.publish("acme/shop", v, bundle: try FakeRegistry.bundle("acme/shop", v))
        }
        registry.update("acme/shop", "1.2.0") { $0.yanked = true }
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-q", "-m", "one")
        try git("tag", "v0.9.0", "-m", "a tag the registry overrides")
        try git("commit", "-q", "--allow-empty", "-m", "two")
        // Declares 1.3.0: not 3.0.0 (a later line), not 1.2.0 (yanked), not the prerelease.
        var found = try find(registry)
        XCTAssertEqual(found.reference, "registry:1.1.0")
        XCTAssertTrue(found.reason.contains("declares 1.3.0") && found.reason.contains("1.1.0"), found.reason)
        XCTAssertEqual(try find(registry, sameLine: true).reference, "registry:1.1.0")
        // 2.0.0 after 2.0.0-rc.1: the version check compares with the newest release, 1.1.0;
        // breaking with the prerelease, which the registry also holds 2.0.0 compatible with.
        try declare("2.0.0")
        XCTAssertEqual(try find(registry).reference, "registry:1.1.0")
        XCTAssertEqual(try find(registry, sameLine: true).reference, "registry:2.0.0-rc.1")
        // A new major: the version check compares with 3.0.0, breaking has nothing in its line.
        try declare("4.0.0")
        XCTAssertEqual(try find(registry).reference, "registry:3.0.0")
        found = try find(registry, sameLine: true)
        XCTAssertNil(found.reference)
        XCTAssertTrue(found.reason.contains("4.0.0 starts a release line"), found.reason)
        // Below 1.0.0 the minor is the line.
        try declare("0.10.0")
        found = try find(registry)
        XCTAssertEqual(found.reference, "git:v0.9.0", "nothing in the registry at or below 0.10.0: the tag")
        XCTAssertTrue(found.reason.contains("no release not above it"), found.reason)
        XCTAssertNil(try find(registry, sameLine: true).reference, "0.9 is another line than 0.10")
    }

    func testWithoutARegistryVersionTheNewestTagBeforeHEAD() throws {
        try declare("1.11.0")
        let registry = FakeRegistry()  // knows no acme/shop: 404
        XCTAssertNil(try find(registry).reference, "not in git, nothing in the registry: a first release")
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-q", "-m", "one")
        try git("tag", "-a", "v1.2.0", "-m", "1.2.0")
        try git("tag", "-a", "v1.10.0", "-m", "1.10.0 (newer than 1.2.0 by semver, older by text)")
        try git("tag", "-a", "v1.12.0", "-m", "above the declared version")
        try git("tag", "-a", "not-a-version", "-m", "ignored")
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\n// changed\n".utf8), to: "\(dir)/proto/a.proto")
        try git("commit", "-q", "-am", "two")
        var found = try find(registry)
        XCTAssertEqual(found.reference, "git:v1.10.0")
        XCTAssertTrue(found.reason.contains("has no version of it"), found.reason)
        // On a tag's own pipeline HEAD is the release being made: the one before it is the baseline.
        try FileSystem.writeAtomically(Data("name: acme/shop\n".utf8), to: "\(dir)/protopkg.yaml")
        try git("commit", "-q", "-am", "version from tags")
        try git("tag", "-a", "v1.11.0", "-m", "at HEAD")
        XCTAssertEqual(try find(registry).reference, "git:v1.10.0")
        // No registry configured at all: the same fallback, said so.
        found = try find(nil)
        XCTAssertEqual(found.reference, "git:v1.10.0")
        XCTAssertTrue(found.reason.contains("no registry is configured"), found.reason)
    }

    func testARegistryThatRefusesIsAnErrorNotAFallback() throws {
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-q", "-m", "one")
        try git("tag", "-a", "v1.0.0", "-m", "1.0.0")
        try git("commit", "-q", "--allow-empty", "-m", "two")
        XCTAssertThrowsError(try find(Refusing())) {
            XCTAssertTrue("\($0)".contains("401"), "\($0)")
        }
    }

    /// A registry that answers 401 to everything.
    final class Refusing: HTTPTransport, @unchecked Sendable {
        func send(_ request: HTTPRequest, progress: TransferProgress?) throws -> HTTPResponse {
            HTTPResponse(status: 401, body: Data(#"{"error":"unknown token"}"#.utf8))
        }
    }
}
