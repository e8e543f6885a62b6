import Foundation
import ProtoPackaging
import ProtopkgBasics
import RegistryClient
import XCTest

final class DependencyAdderTests: XCTestCase {
    func testAddsToTheManifestKeepingCommentsThenSyncs() throws {
        let registry = FakeRegistry()
        registry.publish("acme/common", "1.2.0", bundle: try FakeRegistry.bundle("acme/common", "1.2.0"))
        registry.publish("acme/common", "1.4.0", bundle: try FakeRegistry.bundle("acme/common", "1.4.0"))
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-add")
        let cache = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-add-cache")
        defer { FileSystem.remove(dir); FileSystem.remove(cache) }
        let original = "# The shop.\nname: acme/shop   # owner/name\nversion: 0.1.0\ntargets:\n  descriptor: {}\n"
        try FileSystem.writeAtomically(Data(original.utf8), to: "\(dir)/protopkg.yaml")
        let adder = DependencyAdder(syncer: Syncer(api: registry.api, cache: DownloadCache(root: cache)))

        // An unsatisfiable range changes nothing.
        XCTAssertThrowsError(try adder.add(try ModuleName("acme/common"), range: try VersionRange("^3"), directory: dir))
        XCTAssertEqual(try String(contentsOfFile: "\(dir)/protopkg.yaml", encoding: .utf8), original)
        XCTAssertFalse(FileSystem.exists("\(dir)/protopkg.lock"))

        let (range, report) = try adder.add(try ModuleName("acme/common"), range: nil, directory: dir)
        XCTAssertEqual(range.description, "^1.4.0")
        XCTAssertEqual(report.entries.map(\.version.description), ["1.4.0"])
        XCTAssertEqual(try String(contentsOfFile: "\(dir)/protopkg.yaml", encoding: .utf8),
                       "# The shop.\nname: acme/shop   # owner/name\nversion: 0.1.0\ndeps:\n  acme/common: ^1.4.0\ntargets:\n  descriptor: {}\n")

        _ = try adder.add(try ModuleName("acme/common"), range: try VersionRange("~1.2"), directory: dir)
        XCTAssertTrue(try String(contentsOfFile: "\(dir)/protopkg.yaml", encoding: .utf8).contains("  acme/common: ~1.2\n"))
        XCTAssertTrue(try String(contentsOfFile: "\(dir)/protopkg.lock", encoding: .utf8).contains("version: 1.2.0"))
    }
}
