import ProtoPackaging
import ProtopkgBasics
import XCTest

final class DependencyResolverTests: XCTestCase {
    /// A registry in memory: module → version → (yanked, deps).
    struct FakeRegistry {
        var modules: [String: [String: (yanked: Bool, deps: [String: String])]] = [:]

        mutating func add(_ module: String, _ version: String, yanked: Bool = false, deps: [String: String] = [:]) {
            modules[module, default: [:]][version] = (yanked, deps)
        }

        func resolver(preferred: [String: String] = [:]) throws -> DependencyResolver {
            DependencyResolver(
                releases: { name in
                    guard let versions = modules[name.description] else { throw ProtopkgError("no module \(name)") }
                    return try versions.map { DependencyResolver.Release(version: try SemVer($0.key), yanked: $0.value.yanked) }
                },
                dependencies: { name, version in
                    try modules[name.description]![version.description]!.deps.map { (try ModuleName($0.key), try VersionRange($0.value)) }
                },
                preferred: Dictionary(uniqueKeysWithValues: try preferred.map { (try ModuleName($0.key), try SemVer($0.value)) }))
        }
    }

    func resolve(_ registry: FakeRegistry, _ deps: [String: String], preferred: [String: String] = [:]) throws -> [String: String] {
        let chosen = try registry.resolver(preferred: preferred).resolve(
            root: try ModuleName("acme/shop"), deps: try deps.map { (try ModuleName($0.key), try VersionRange($0.value)) })
        return Dictionary(uniqueKeysWithValues: chosen.map { ($0.key.description, $0.value.description) })
    }

    func testPicksTheNewestVersionThatSatisfiesEveryRange() throws {
        var r = FakeRegistry()
        for v in ["1.0.0", "1.2.0", "1.4.1", "2.0.0"] { r.add("acme/common", v) }
        r.add("acme/billing", "1.0.0", deps: ["acme/common": "~1.2"])
        XCTAssertEqual(try resolve(r, ["acme/common": "^1.0"]), ["acme/common": "1.4.1"])
        XCTAssertEqual(try resolve(r, ["acme/common": "^1.0", "acme/billing": "^1"]),
                       ["acme/common": "1.2.0", "acme/billing": "1.0.0"])
    }

    func testFollowsDependenciesTransitively() throws {
        var r = FakeRegistry()
        r.add("acme/orders", "1.0.0", deps: ["acme/billing": "^1.1"])
        r.add("acme/orders", "1.1.0", deps: ["acme/billing": "^1.2"])
        r.add("acme/billing", "1.1.0", deps: ["acme/common": "^1.0"])
        r.add("acme/billing", "1.2.0", deps: ["acme/common": "^1.2", "acme/shop": "^1"])  // a cycle back to the root is ignored
        r.add("acme/common", "1.1.0")
        r.add("acme/common", "1.3.0")
        XCTAssertEqual(try resolve(r, ["acme/orders": "^1"]),
                       ["acme/orders": "1.1.0", "acme/billing": "1.2.0", "acme/common": "1.3.0"])
    }

    func testDropsModulesThatOnlyAnOlderChoiceNeeded() throws {
        var r = FakeRegistry()
        r.add("acme/a", "1.0.0", deps: ["acme/old": "^1"])
        r.add("acme/a", "1.1.0")
        r.add("acme/old", "1.0.0")
        // The lock preferred a@1.0.0, but the manifest now asks for ^1.1: old is no longer needed.
        XCTAssertEqual(try resolve(r, ["acme/a": "^1.1"], preferred: ["acme/a": "1.0.0", "acme/old": "1.0.0"]),
                       ["acme/a": "1.1.0"])
    }

    func testExplainsAConflictNamingWhoWantsWhat() throws {
        var r = FakeRegistry()
        r.add("acme/common", "1.2.0")
        r.add("acme/common", "2.0.0")
        r.add("acme/billing", "1.0.0", deps: ["acme/common": "^1.2"])
        r.add("acme/orders", "1.0.0", deps: ["acme/common": "^2.0"])
        XCTAssertThrowsError(try resolve(r, ["acme/billing": "^1", "acme/orders": "^1"])) {
            let message = ($0 as! ProtopkgError).message
            XCTAssertEqual(message, "acme/common: acme/billing@1.0.0 wants ^1.2, acme/orders@1.0.0 wants ^2.0; "
                                    + "no version satisfies both (published: 1.2.0, 2.0.0)")
        }
    }

    func testARangeNothingSatisfiesIsNamedAlone() throws {
        var r = FakeRegistry()
        r.add("acme/common", "1.2.0")
        XCTAssertThrowsError(try resolve(r, ["acme/common": "^3"])) {
            XCTAssertEqual(($0 as! ProtopkgError).message,
                           "acme/common: acme/shop wants ^3; no published version satisfies it (published: 1.2.0)")
        }
        XCTAssertThrowsError(try resolve(r, ["acme/nothing": "^1"])) {
            XCTAssertTrue("\($0)".contains("no module acme/nothing"))
        }
    }

    func testSkipsYankedVersionsUnlessLocked() throws {
        var r = FakeRegistry()
        r.add("acme/common", "1.2.0")
        r.add("acme/common", "1.3.0", yanked: true)
        XCTAssertEqual(try resolve(r, ["acme/common": "^1"]), ["acme/common": "1.2.0"])
        XCTAssertEqual(try resolve(r, ["acme/common": "^1"], preferred: ["acme/common": "1.3.0"]), ["acme/common": "1.3.0"])
        r.add("acme/common", "1.2.0", yanked: true)
        XCTAssertThrowsError(try resolve(r, ["acme/common": "^1"])) {
            XCTAssertTrue(($0 as! ProtopkgError).message.contains("yanked: 1.2.0, 1.3.0"), "\($0)")
        }
    }

    func testKeepsALockedVersionWhileTheRangesAdmitIt() throws {
        var r = FakeRegistry()
        for v in ["1.0.0", "1.1.0", "2.0.0"] { r.add("acme/common", v) }
        XCTAssertEqual(try resolve(r, ["acme/common": "^1"], preferred: ["acme/common": "1.0.0"]), ["acme/common": "1.0.0"])
        XCTAssertEqual(try resolve(r, ["acme/common": "^2"], preferred: ["acme/common": "1.0.0"]), ["acme/common": "2.0.0"])
    }
}
