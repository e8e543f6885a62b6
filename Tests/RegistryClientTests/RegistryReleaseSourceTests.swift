import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import RegistryClient
import XCTest

final class RegistryReleaseSourceTests: XCTestCase {
    func testLatestIsTheNewestNonYankedReleaseOfTheModule() throws {
        let registry = FakeRegistry()
        for v in ["1.0.0", "1.1.0", "1.2.0", "2.0.0-rc.1"] {
            registry.publish("acme/shop", v, bundle: try FakeRegistry.bundle("acme/shop", v))
        }
        registry.update("acme/shop", "1.2.0") { $0.yanked = true }
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-release")
        let cache = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-release-cache")
        defer { FileSystem.remove(dir); FileSystem.remove(cache) }
        try FileSystem.writeAtomically(Data("name: acme/shop\n".utf8), to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\n".utf8), to: "\(dir)/proto/a.proto")
        let ws = try ModuleWorkspace.load(dir)

        let noRegistry = RegistryReleaseSource(environment: [:], transport: registry, cache: DownloadCache(root: cache))
        XCTAssertThrowsError(try noRegistry.bundle(of: ws, version: "latest")) {
            XCTAssertTrue(($0 as! ProtopkgError).hint!.contains("PROTOPKG_REGISTRY"))
        }
        let source = RegistryReleaseSource(environment: ["PROTOPKG_REGISTRY": FakeRegistry.url, "PROTOPKG_TOKEN": "t"],
                                           transport: registry, cache: DownloadCache(root: cache))
        let latest = try source.bundle(of: ws, version: "latest")
        XCTAssertEqual(latest.label, "registry:1.1.0")
        XCTAssertEqual(latest.data, try FakeRegistry.bundle("acme/shop", "1.1.0"))
        XCTAssertEqual(try source.bundle(of: ws, version: "1.2.0").label, "registry:1.2.0", "an exact version may be yanked")
        XCTAssertThrowsError(try source.bundle(of: ws, version: "3.0.0")) {
            XCTAssertTrue(($0 as! ProtopkgError).hint!.contains("1.2.0 (yanked)"))
        }
    }
}
