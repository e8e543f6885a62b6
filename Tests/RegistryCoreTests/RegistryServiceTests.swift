import Foundation
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
import XCTest

final class RegistryServiceTests: XCTestCase {
    var dir = ""
    var service: RegistryService!
    let shop = try! ModuleName("acme/shop")

    override func setUp() async throws {
        dir = try FileSystem.makeTemporaryDirectory()
        service = RegistryService(store: try await SQLiteBackend.open(path: "\(dir)/db.sqlite"),
                                  blobs: try FileBlobStore(directory: "\(dir)/blobs"), publicRead: false)
    }

    override func tearDown() async throws {
        try await service.store.shutdown()
        FileSystem.remove(dir)
    }

    func publish(_ version: String, _ proto: String = BundleFactory.base) async throws -> PublishOutcome {
        try await service.publish(module: shop, version: try SemVer(version), bundle: try BundleFactory.bundle(version: version, proto: proto))
    }

    func refusal(_ version: String, _ proto: String, file: StaticString = #filePath, line: UInt = #line) async throws -> PublishRefusal {
        do {
            _ = try await publish(version, proto)
        } catch let r as PublishRefusal {
            return r
        }
        XCTFail("\(version) should have been refused", file: file, line: line)
        throw ProtopkgError("not refused")
    }

    func testSemverIsEnforcedAlongTheReleaseLine() async throws {
        guard case .created = try await publish("1.0.0") else { return XCTFail("1.0.0 not created") }
        // An addition published as a patch: refused, 1.1.0 is the lowest acceptable.
        let patch = try await refusal("1.0.1", BundleFactory.adding("string note = 3;"))
        XCTAssertEqual(patch.status, 422)
        XCTAssertEqual(patch.acceptableVersion, try SemVer("1.1.0"))
        XCTAssertEqual(patch.findings.first?.type, "ADDITION")
        guard case .created = try await publish("1.1.0", BundleFactory.adding("string note = 3;")) else { return XCTFail() }
        // A deleted field within major 1: refused with the change named and 2.0.0 offered.
        let breaking = try await refusal("1.2.0", BundleFactory.removingTotal)
        XCTAssertEqual(breaking.status, 422)
        XCTAssertEqual(breaking.acceptableVersion, try SemVer("2.0.0"))
        XCTAssertTrue(breaking.findings.contains { $0.type == "FIELD_NO_DELETE" && $0.path == "acme/shop/v1/order.proto" && $0.startLine == 4 })
        guard case .created = try await publish("2.0.0", BundleFactory.removingTotal) else { return XCTFail("2.0.0 not created") }
        try await assertEqual(try await service.versions(shop).map(\.version.description), ["1.0.0", "1.1.0", "2.0.0"])
    }

    func testVersionsAreImmutable() async throws {
        let bundle = try BundleFactory.bundle(version: "1.0.0")
        guard case .created = try await service.publish(module: shop, version: try SemVer("1.0.0"), bundle: bundle) else { return XCTFail() }
        guard case .unchanged = try await service.publish(module: shop, version: try SemVer("1.0.0"), bundle: bundle) else {
            return XCTFail("identical content again must be a no-op")
        }
        let other = try await refusal("1.0.0", BundleFactory.adding("string note = 3;"))
        XCTAssertEqual(other.status, 409)
    }

    func testABundleForAnotherModuleOrVersionIsRefused() async throws {
        let bundle = try BundleFactory.bundle(version: "1.0.0")
        do {
            _ = try await service.publish(module: shop, version: try SemVer("1.0.1"), bundle: bundle)
            XCTFail("the URL's version differs from the bundle's")
        } catch let r as PublishRefusal {
            XCTAssertEqual(r.status, 422)
        }
        do {
            _ = try await service.publish(module: shop, version: try SemVer("1.0.0"), bundle: Data("not a bundle".utf8))
            XCTFail("garbage accepted")
        } catch let r as PublishRefusal {
            XCTAssertEqual(r.status, 422)
        }
    }

    func testTwentyConcurrentPublishesOfOneVersionWithDifferentContentAcceptExactlyOne() async throws {
        var bundles: [Data] = []
        for i in 0..<20 { bundles.append(try BundleFactory.bundle(version: "1.0.0", proto: BundleFactory.adding("string f\(i) = \(i + 3);"))) }
        let results = await withTaskGroup(of: String.self) { group in
            for b in bundles {
                group.addTask {
                    do {
                        switch try await self.service.publish(module: self.shop, version: try SemVer("1.0.0"), bundle: b) {
                        case .created: return "created"
                        default: return "other"
                        }
                    } catch let r as PublishRefusal { return "refused \(r.status)" } catch { return "error \(error)" }
                }
            }
            var all: [String] = []
            for await r in group { all.append(r) }
            return all
        }
        XCTAssertEqual(results.filter { $0 == "created" }.count, 1, "\(results)")
        XCTAssertEqual(results.filter { $0 == "refused 409" }.count, 19, "\(results)")
        try await assertEqual(try await service.versions(shop).count, 1)
    }

    func testTokensAreStoredHashedAndScoped() async throws {
        let secret = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
        let token = try await service.authenticate("Bearer \(secret)")
        XCTAssertNotEqual(token?.secretHash, secret)
        XCTAssertNoThrow(try service.authorizePublish(token, shop))
        XCTAssertThrowsError(try service.authorizePublish(token, try ModuleName("other/x"))) {
            XCTAssertEqual(($0 as? RegistryError)?.status, 403)
        }
        XCTAssertThrowsError(try service.authorizePublish(nil, shop)) { XCTAssertEqual(($0 as? RegistryError)?.status, 401) }
        do {
            _ = try await service.authenticate("Bearer nope")
            XCTFail("unknown token accepted")
        } catch let e as RegistryError {
            XCTAssertEqual(e.status, 401)
        }
        XCTAssertThrowsError(try service.authorizeRead(nil)) { XCTAssertEqual(($0 as? RegistryError)?.status, 401) }
    }

    func testResolveSkipsYankedVersions() async throws {
        _ = try await publish("1.0.0")
        _ = try await publish("1.1.0", BundleFactory.adding("string note = 3;"))
        try await assertEqual(try await service.resolve(shop, try VersionRange("^1.0")).version.description, "1.1.0")
        try await service.setYanked(shop, try SemVer("1.1.0"), true)
        try await assertEqual(try await service.resolve(shop, try VersionRange("^1.0")).version.description, "1.0.0")
        try await assertEqual(try await service.version(shop, try SemVer("1.1.0")).yanked, true, "a yanked version can still be fetched")
    }
}
