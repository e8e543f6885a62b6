import Foundation
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
import XCTest

/// The service's read caches: what another replica changes shows after the time to live, what
/// this process changes shows at once, and a time to live of 0 caches nothing.
final class ReadCacheTests: XCTestCase {
    var dir = ""
    var opened: RegistryService?
    let shop = try! ModuleName("acme/shop")

    override func tearDown() async throws {
        try await opened?.store.shutdown()
        FileSystem.remove(dir)
    }

    func service(ttl: Double) async throws -> RegistryService {
        dir = try FileSystem.makeTemporaryDirectory()
        let service = RegistryService(store: try await SQLiteBackend.open(path: "\(dir)/db.sqlite"),
                                      blobs: try FileBlobStore(directory: "\(dir)/blobs"), publicRead: true, cacheTTL: ttl)
        opened = service
        return service
    }

    /// A version written straight to the store, as another replica would.
    func insertElsewhere(_ service: RegistryService, _ version: String) async throws {
        let record = VersionRecord(module: shop, version: try SemVer(version), digest: String(repeating: "0", count: 64),
                                   publishedAt: Date(), artifacts: [])
        let outcome = try await service.store.insertVersion(record)
        XCTAssertEqual(outcome, .inserted)
    }

    func versions(_ service: RegistryService) async throws -> [String] {
        try await service.versions(shop).map(\.version.description)
    }

    func testAnotherReplicasChangeShowsAfterTheTimeToLive() async throws {
        let service = try await service(ttl: 0.3)
        _ = try await service.publish(module: shop, version: try SemVer("1.0.0"), bundle: try BundleFactory.bundle(version: "1.0.0"))
        let published = try await versions(service)
        XCTAssertEqual(published, ["1.0.0"])
        try await insertElsewhere(service, "1.1.0")
        let cached = try await versions(service)
        XCTAssertEqual(cached, ["1.0.0"], "still the cached list")
        let looked = try await service.version(shop, try SemVer("1.1.0"))
        XCTAssertEqual(looked.version.description, "1.1.0", "a version missing from the cached list is looked up")
        try await Task.sleep(nanoseconds: 400_000_000)
        let expired = try await versions(service)
        XCTAssertEqual(expired, ["1.0.0", "1.1.0"])
        try await service.setYanked(shop, try SemVer("1.1.0"), true)
        let yanked = try await service.versions(shop).last?.yanked
        XCTAssertEqual(yanked, true, "this process's yank shows at once")
    }

    func testATimeToLiveOfZeroCachesNothing() async throws {
        let service = try await service(ttl: 0)
        try await insertElsewhere(service, "1.0.0")
        let first = try await versions(service)
        XCTAssertEqual(first, ["1.0.0"])
        try await insertElsewhere(service, "1.1.0")
        let second = try await versions(service)
        XCTAssertEqual(second, ["1.0.0", "1.1.0"])
        XCTAssertFalse(service.canReadFromCache("Bearer whatever"))
        XCTAssertTrue(service.canReadFromCache(nil), "public reads need no token")
    }

    func testExpiringCacheDropsOldGenerationsAndExpiredEntries() throws {
        let cache = ExpiringCache<String, Int>(ttl: 0.2, capacity: 2)
        cache.put("a", 1, generation: 7)
        XCTAssertEqual(cache.get("a", generation: 7), 1)
        XCTAssertNil(cache.get("a", generation: 8), "read before a change")
        cache.put("b", 2, generation: 7)
        cache.put("c", 3, generation: 7)
        XCTAssertEqual(cache.get("c", generation: 7), 3, "a full cache still takes new entries")
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertNil(cache.get("c", generation: 7))
        XCTAssertFalse(ExpiringCache<String, Int>(ttl: 0).isEnabled)
    }
}
