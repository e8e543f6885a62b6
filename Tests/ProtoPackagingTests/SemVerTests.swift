import Foundation
import ProtopkgBasics
import XCTest

@testable import ProtoPackaging

final class SemVerTests: XCTestCase {
    private func v(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> SemVer {
        do {
            return try SemVer(text)
        } catch {
            XCTFail("\(text) should parse: \(error)", file: file, line: line)
            return SemVer()
        }
    }

    private func assertInvalid(_ text: String, mentions reason: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try SemVer(text), file: file, line: line) { error in
            guard let error = error as? ProtopkgError else {
                return XCTFail("expected ProtopkgError, got \(error)", file: file, line: line)
            }
            XCTAssertTrue(error.message.hasPrefix("invalid version \"\(text)\": "), error.message, file: file, line: line)
            XCTAssertTrue(error.message.contains(reason), "\"\(error.message)\" should mention \"\(reason)\"", file: file, line: line)
            XCTAssertEqual(error.hint, "use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 2.0.0-rc.1", file: file, line: line)
        }
    }

    // MARK: Parsing

    func testParsesAllParts() throws {
        let version = try SemVer("1.2.3-rc.1+sha.5114f85")
        XCTAssertEqual(version.major, 1)
        XCTAssertEqual(version.minor, 2)
        XCTAssertEqual(version.patch, 3)
        XCTAssertEqual(version.prerelease, ["rc", "1"])
        XCTAssertEqual(version.build, ["sha", "5114f85"])
        XCTAssertEqual(version.description, "1.2.3-rc.1+sha.5114f85")
    }

    func testParsesValidForms() {
        let cases: [(String, SemVer)] = [
            ("0.0.0", SemVer()),
            ("1.4.0", SemVer(major: 1, minor: 4)),
            ("v1.4.0", SemVer(major: 1, minor: 4)),
            ("10.20.30", SemVer(major: 10, minor: 20, patch: 30)),
            ("2.0.0-rc.1", SemVer(major: 2, prerelease: ["rc", "1"])),
            ("1.0.0-alpha-a.b-c-somethinglong", SemVer(major: 1, prerelease: ["alpha-a", "b-c-somethinglong"])),
            ("1.0.0-0A.is.legal", SemVer(major: 1, prerelease: ["0A", "is", "legal"])),
            ("1.0.0-0", SemVer(major: 1, prerelease: ["0"])),
            ("1.0.0--", SemVer(major: 1, prerelease: ["-"])),
            ("1.0.0+001", SemVer(major: 1, build: ["001"])),
            ("1.0.0+21AF26D3----117B344092BD", SemVer(major: 1, build: ["21AF26D3----117B344092BD"])),
            ("1.0.0-beta+exp.sha.5114f85", SemVer(major: 1, prerelease: ["beta"], build: ["exp", "sha", "5114f85"])),
            ("9223372036854775807.0.0", SemVer(major: Int.max)),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(v(text), expected, text)
        }
    }

    func testDescriptionRoundTripsAndDropsTheVPrefix() {
        for text in ["0.0.0", "1.2.3", "1.0.0-alpha.1", "1.0.0+build.7", "1.0.0-x.7.z.92+exp-1"] {
            XCTAssertEqual(v(text).description, text)
        }
        XCTAssertEqual(v("v3.1.4").description, "3.1.4")
    }

    func testRejectsInvalidText() {
        assertInvalid("", mentions: "empty")
        assertInvalid("v", mentions: "no number after \"v\"")
        assertInvalid("1", mentions: "three numbers")
        assertInvalid("1.2", mentions: "three numbers")
        assertInvalid("1.2.3.4", mentions: "found 4")
        assertInvalid("1..3", mentions: "minor number is missing")
        assertInvalid("01.2.3", mentions: "major \"01\" has a leading zero")
        assertInvalid("1.02.3", mentions: "minor \"02\" has a leading zero")
        assertInvalid("1.2.03", mentions: "patch \"03\" has a leading zero")
        assertInvalid("1.2.x", mentions: "patch \"x\" is not a number")
        assertInvalid("a.b.c", mentions: "major \"a\" is not a number")
        assertInvalid("1.2.-3", mentions: "patch number is missing")
        assertInvalid("V1.2.3", mentions: "major \"V1\" is not a number")
        assertInvalid(" 1.2.3", mentions: "is not a number")
        assertInvalid("1.2.3 ", mentions: "is not a number")
        assertInvalid("=1.2.3", mentions: "is not a number")
        assertInvalid("99999999999999999999.0.0", mentions: "too large")
        assertInvalid("1.2.3-", mentions: "pre-release is empty")
        assertInvalid("1.2.3-rc..1", mentions: "empty identifier")
        assertInvalid("1.2.3-rc.", mentions: "empty identifier")
        assertInvalid("1.2.3-rc.01", mentions: "\"01\" has a leading zero")
        assertInvalid("1.2.3-rc_1", mentions: "contains \"_\"")
        assertInvalid("1.2.3-bêta", mentions: "contains \"ê\"")
        assertInvalid("1.2.3+", mentions: "build metadata is empty")
        assertInvalid("1.2.3+a..b", mentions: "empty identifier")
        assertInvalid("1.2.3+a+b", mentions: "contains \"+\"")
        assertInvalid("1.2.3-rc+", mentions: "build metadata is empty")
        assertInvalid("1.2", mentions: "\"1.2\"")
    }

    func testBuildMetadataAllowsLeadingZerosButPreReleaseNumbersDoNot() {
        XCTAssertEqual(v("1.0.0+0099").build, ["0099"])
        XCTAssertEqual(v("1.0.0-0099a").prerelease, ["0099a"])
        assertInvalid("1.0.0-0099", mentions: "leading zero")
    }

    // MARK: Precedence

    func testSpecPrecedenceChain() {
        let chain = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
            "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0",
        ].map { v($0) }
        for i in chain.indices {
            for j in chain.indices {
                XCTAssertEqual(chain[i] < chain[j], i < j, "\(chain[i]) < \(chain[j])")
                XCTAssertEqual(chain[i] == chain[j], i == j, "\(chain[i]) == \(chain[j])")
            }
        }
        XCTAssertEqual(chain.reversed().sorted(), chain)
    }

    func testNumericPartsCompareNumerically() {
        XCTAssertLessThan(v("1.0.0"), v("2.0.0"))
        XCTAssertLessThan(v("2.0.0"), v("2.1.0"))
        XCTAssertLessThan(v("2.1.0"), v("2.1.1"))
        XCTAssertLessThan(v("1.9.0"), v("1.10.0"))
        XCTAssertLessThan(v("1.0.9"), v("1.0.10"))
        XCTAssertLessThan(v("9.99.99"), v("10.0.0"))
        XCTAssertGreaterThan(v("1.0.0-rc.1"), v("0.99.99"))
    }

    func testPreReleaseIdentifierRules() {
        // Numeric identifiers are below alphanumeric ones.
        XCTAssertLessThan(v("1.0.0-1"), v("1.0.0-a"))
        XCTAssertLessThan(v("1.0.0-999"), v("1.0.0--"))
        // Numeric identifiers beyond Int still compare numerically.
        XCTAssertLessThan(v("1.0.0-99999999999999999999"), v("1.0.0-100000000000000000000"))
        // Alphanumeric identifiers compare in ASCII order, so upper case sorts first.
        XCTAssertLessThan(v("1.0.0-Beta"), v("1.0.0-alpha"))
        XCTAssertLessThan(v("1.0.0-rc10"), v("1.0.0-rc9"))
        // A longer set of identifiers wins when the shared ones are equal.
        XCTAssertLessThan(v("1.0.0-alpha"), v("1.0.0-alpha.0"))
        // A pre-release is below its release but above the previous release.
        XCTAssertLessThan(v("1.0.0-rc.1"), v("1.0.0"))
        XCTAssertLessThan(v("0.9.9"), v("1.0.0-0"))
    }

    func testBuildMetadataIsIgnoredForPrecedenceButNotForEquality() {
        let a = v("1.0.0+a")
        let b = v("1.0.0+b")
        XCTAssertFalse(a < b)
        XCTAssertFalse(b < a)
        XCTAssertNotEqual(a, b)
        XCTAssertTrue(a.hasSamePrecedence(as: b))
        XCTAssertTrue(a.hasSamePrecedence(as: v("1.0.0")))
        XCTAssertFalse(a.hasSamePrecedence(as: v("1.0.1")))
        XCTAssertLessThan(v("1.0.0+zzz"), v("1.0.1+aaa"))
        XCTAssertLessThan(v("1.0.0-rc.1+zzz"), v("1.0.0+aaa"))
        XCTAssertEqual(Set([a, b, v("1.0.0+a")]).count, 2)
        XCTAssertEqual([v("1.0.1"), a, v("0.1.0")].max(), v("1.0.1"))
    }

    func testEqualityAndHashIncludeEveryField() {
        XCTAssertEqual(v("v1.2.3-rc.1+b"), SemVer(major: 1, minor: 2, patch: 3, prerelease: ["rc", "1"], build: ["b"]))
        XCTAssertNotEqual(v("1.2.3-rc.1"), v("1.2.3-rc.2"))
        XCTAssertEqual(Set([v("1.2.3"), v("v1.2.3"), v("1.2.4")]), Set([v("1.2.3"), v("1.2.4")]))
    }

    // MARK: Derived values

    func testIsPrereleaseAndRelease() {
        XCTAssertTrue(v("1.0.0-rc.1").isPrerelease)
        XCTAssertFalse(v("1.0.0").isPrerelease)
        XCTAssertFalse(v("1.0.0+build").isPrerelease)
        XCTAssertEqual(v("1.2.3-rc.1+b").release, v("1.2.3"))
    }

    func testBumpsAtOrAboveOne() {
        let base = v("1.2.3")
        XCTAssertEqual(base.bumped(.none), v("1.2.3"))
        XCTAssertEqual(base.bumped(.patch), v("1.2.4"))
        XCTAssertEqual(base.bumped(.minor), v("1.3.0"))
        XCTAssertEqual(base.bumped(.major), v("2.0.0"))
        XCTAssertEqual(v("1.0.0").bumped(.major), v("2.0.0"))
    }

    func testBumpsBelowOneShiftByOnePlace() {
        let base = v("0.4.2")
        XCTAssertEqual(base.bumped(.none), v("0.4.2"))
        XCTAssertEqual(base.bumped(.patch), v("0.4.3"))
        XCTAssertEqual(base.bumped(.minor), v("0.4.3"))
        XCTAssertEqual(base.bumped(.major), v("0.5.0"))
        XCTAssertEqual(v("0.0.3").bumped(.major), v("0.1.0"))
        XCTAssertEqual(v("0.0.3").bumped(.minor), v("0.0.4"))
        XCTAssertEqual(v("0.0.0").bumped(.patch), v("0.0.1"))
    }

    func testBumpsDropBuildMetadata() {
        XCTAssertEqual(v("1.2.3+b.1").bumped(.none), v("1.2.3"))
        XCTAssertEqual(v("1.2.3+b.1").bumped(.patch), v("1.2.4"))
        XCTAssertEqual(v("1.2.3+b.1").bumped(.major).build, [])
    }

    func testBumpsReleaseAPreReleaseWhenItIsAlreadyFarEnough() {
        XCTAssertEqual(v("2.0.0-rc.1").bumped(.major), v("2.0.0"))
        XCTAssertEqual(v("2.0.0-rc.1").bumped(.minor), v("2.0.0"))
        XCTAssertEqual(v("2.0.0-rc.1").bumped(.patch), v("2.0.0"))
        XCTAssertEqual(v("2.0.0-rc.1").bumped(.none), v("2.0.0"))
        XCTAssertEqual(v("1.3.0-beta").bumped(.minor), v("1.3.0"))
        XCTAssertEqual(v("1.3.0-beta").bumped(.major), v("2.0.0"))
        XCTAssertEqual(v("1.2.4-rc.1").bumped(.patch), v("1.2.4"))
        XCTAssertEqual(v("1.2.4-rc.1").bumped(.minor), v("1.3.0"))
        XCTAssertEqual(v("0.3.0-rc.1").bumped(.major), v("0.3.0"))
        XCTAssertEqual(v("0.3.1-rc.1").bumped(.major), v("0.4.0"))
        XCTAssertEqual(v("0.3.1-rc.1").bumped(.minor), v("0.3.1"))
    }

    func testEveryBumpIsAboveTheVersion() {
        for text in ["0.0.0", "0.0.7", "0.3.0", "0.3.1-rc.1", "1.0.0-alpha", "1.2.3", "3.0.0-rc.2+b"] {
            for bump in [VersionBump.patch, .minor, .major] {
                XCTAssertLessThan(v(text), v(text).bumped(bump), "\(text) bumped \(bump)")
            }
        }
    }

    func testVersionBumpOrderAndCoding() throws {
        XCTAssertEqual([VersionBump.major, .none, .minor, .patch].sorted(), [.none, .patch, .minor, .major])
        XCTAssertEqual([VersionBump.patch, .major, .minor].max(), .major)
        XCTAssertLessThan(VersionBump.none, .patch)
        XCTAssertFalse(VersionBump.major < .major)
        XCTAssertEqual(VersionBump(rawValue: "minor"), .minor)
        XCTAssertNil(VersionBump(rawValue: "huge"))
        let data = try JSONEncoder().encode([VersionBump.major])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"major\"]")
    }

    // MARK: Codable

    private struct Holder: Codable, Equatable {
        var version: SemVer
    }

    func testCodesAsASingleString() throws {
        let holder = Holder(version: v("2.0.0-rc.1+b.7"))
        let data = try JSONEncoder().encode(holder)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"version":"2.0.0-rc.1+b.7"}"#)
        XCTAssertEqual(try JSONDecoder().decode(Holder.self, from: data), holder)
        let prefixed = try JSONDecoder().decode(Holder.self, from: Data(#"{"version":"v1.4.0"}"#.utf8))
        XCTAssertEqual(prefixed.version, v("1.4.0"))
    }

    func testDecodingRejectsInvalidVersions() {
        XCTAssertThrowsError(try JSONDecoder().decode(Holder.self, from: Data(#"{"version":"1.04.0"}"#.utf8))) { error in
            guard case DecodingError.dataCorrupted(let context) = error else {
                return XCTFail("expected dataCorrupted, got \(error)")
            }
            XCTAssertTrue(context.debugDescription.contains("leading zero"), context.debugDescription)
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["version"])
        }
        XCTAssertThrowsError(try JSONDecoder().decode(Holder.self, from: Data(#"{"version":3}"#.utf8)))
    }
}
