import ProtoPackaging
import ProtopkgBasics
import XCTest

final class LockfileTests: XCTestCase {
    let a = String(repeating: "a", count: 64)
    let b = String(repeating: "0123456789abcdef", count: 4)

    func testRoundTripKeepsEveryFieldAndSortsEntries() throws {
        let lock = Lockfile(registry: "http://127.0.0.1:8080", deps: [
            LockedDependency(name: try ModuleName("acme/common"), version: try SemVer("1.2.0"), sha256: b),
            LockedDependency(name: try ModuleName("acme/billing"), version: try SemVer("2.0.0-rc.1"), sha256: a),
        ])
        let text = try lock.yaml()
        XCTAssertTrue(text.hasPrefix("# protopkg.lock"), text)
        XCTAssertTrue(text.contains("version: 1\n"), text)
        XCTAssertTrue(text.contains("digest: sha256:\(a)"), text)
        XCTAssertLessThan(text.range(of: "acme/billing")!.lowerBound, text.range(of: "acme/common")!.lowerBound)
        let back = try Lockfile.parse(yaml: text, file: "protopkg.lock")
        XCTAssertEqual(back, lock)
        XCTAssertEqual(try back.yaml(), text, "the same lockfile writes the same bytes")
        XCTAssertEqual(back.entry(named: try ModuleName("acme/common"))?.digest, "sha256:\(b)")
    }

    func testEmptyLockfileRoundTrips() throws {
        let lock = Lockfile()
        XCTAssertEqual(try Lockfile.parse(yaml: try lock.yaml(), file: "protopkg.lock"), lock)
    }

    func testRefusesBadDigestsUnknownFormatsAndDuplicates() {
        let entry = { (digest: String) in "version: 1\ndeps:\n  - name: acme/x\n    version: 1.0.0\n    digest: \(digest)\n" }
        XCTAssertThrowsError(try Lockfile.parse(yaml: entry("sha256:abc"), file: "protopkg.lock")) {
            XCTAssertTrue("\($0)".contains("sha256:<64 hex digits>"), "\($0)")
            XCTAssertTrue(($0 as! ProtopkgError).location!.hasPrefix("protopkg.lock:5:"), "\($0)")
        }
        XCTAssertThrowsError(try Lockfile.parse(yaml: entry("md5:\(a)"), file: "protopkg.lock"))
        XCTAssertThrowsError(try Lockfile.parse(yaml: entry("sha256:\(a.uppercased())"), file: "protopkg.lock"))
        XCTAssertThrowsError(try Lockfile.parse(yaml: "version: 2\n", file: "protopkg.lock")) {
            XCTAssertTrue("\($0)".contains("format 2"), "\($0)")
        }
        let twice = "version: 1\ndeps:\n" + String(repeating: "  - { name: acme/x, version: 1.0.0, digest: sha256:\(a) }\n", count: 2)
        XCTAssertThrowsError(try Lockfile.parse(yaml: twice, file: "protopkg.lock")) {
            XCTAssertTrue("\($0)".contains("locked twice"), "\($0)")
        }
        XCTAssertThrowsError(try Lockfile.parse(yaml: "version: 1\nextra: 1\n", file: "protopkg.lock"))
    }
}
