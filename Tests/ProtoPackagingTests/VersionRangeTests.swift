import ProtopkgBasics
import XCTest

@testable import ProtoPackaging

final class VersionRangeTests: XCTestCase {
    private func range(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> VersionRange? {
        do {
            return try VersionRange(text)
        } catch {
            XCTFail("\"\(text)\" should parse: \(error)", file: file, line: line)
            return nil
        }
    }

    private func v(_ text: String) -> SemVer {
        // Test inputs are known good; a typo should fail loudly rather than pass as 0.0.0.
        try! SemVer(text)
    }

    /// Checks what the range means and which versions it admits and refuses.
    private func assertRange(
        _ text: String, means normalized: String, admits inside: [String], refuses outside: [String],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let parsed = range(text, file: file, line: line) else { return }
        XCTAssertEqual(parsed.normalizedDescription, normalized, "\"\(text)\"", file: file, line: line)
        for version in inside {
            XCTAssertTrue(parsed.contains(v(version)), "\"\(text)\" should admit \(version)", file: file, line: line)
        }
        for version in outside {
            XCTAssertFalse(parsed.contains(v(version)), "\"\(text)\" should refuse \(version)", file: file, line: line)
        }
    }

    private func assertInvalid(_ text: String, mentions parts: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try VersionRange(text), file: file, line: line) { error in
            guard let error = error as? ProtopkgError else {
                return XCTFail("expected ProtopkgError, got \(error)", file: file, line: line)
            }
            XCTAssertTrue(error.message.hasPrefix("invalid version range \"\(text)\": "), error.message, file: file, line: line)
            for part in parts {
                XCTAssertTrue(error.message.contains(part), "\"\(error.message)\" should mention \(part)", file: file, line: line)
            }
            XCTAssertNotNil(error.hint, file: file, line: line)
            XCTAssertTrue(error.hint?.contains("^1.2") ?? false, file: file, line: line)
        }
    }

    // MARK: Forms

    func testExactVersion() {
        assertRange("1.2.3", means: "=1.2.3", admits: ["1.2.3", "1.2.3+build.1"], refuses: ["1.2.4", "1.2.2", "1.2.3-rc.1"])
        assertRange("=1.2.3", means: "=1.2.3", admits: ["1.2.3"], refuses: ["1.2.4"])
        assertRange("v1.2.3", means: "=1.2.3", admits: ["1.2.3"], refuses: ["1.3.0"])
        assertRange("= 1.2.3", means: "=1.2.3", admits: ["1.2.3"], refuses: ["1.2.30"])
        assertRange("2.0.0-rc.1", means: "=2.0.0-rc.1", admits: ["2.0.0-rc.1"], refuses: ["2.0.0", "2.0.0-rc.2"])
    }

    func testPrimitiveComparators() {
        assertRange(">1.2.3", means: ">1.2.3", admits: ["1.2.4", "2.0.0"], refuses: ["1.2.3", "1.0.0"])
        assertRange(">=1.2.3", means: ">=1.2.3", admits: ["1.2.3", "9.0.0"], refuses: ["1.2.2"])
        assertRange("<1.2.3", means: "<1.2.3", admits: ["1.2.2", "0.0.0"], refuses: ["1.2.3", "1.2.3-rc.1"])
        assertRange("<=1.2.3", means: "<=1.2.3", admits: ["1.2.3", "0.1.0"], refuses: ["1.2.4"])
        assertRange(">= 1.2.3", means: ">=1.2.3", admits: ["1.2.3"], refuses: ["1.2.2"])
    }

    func testPrimitiveComparatorsWithPartialVersions() {
        assertRange(">1.2", means: ">=1.3.0", admits: ["1.3.0"], refuses: ["1.2.9"])
        assertRange(">1", means: ">=2.0.0", admits: ["2.0.0"], refuses: ["1.9.9"])
        assertRange(">=1.2", means: ">=1.2.0", admits: ["1.2.0"], refuses: ["1.1.9"])
        assertRange("<1.2", means: "<1.2.0", admits: ["1.1.9"], refuses: ["1.2.0"])
        assertRange("<=1.2", means: "<1.3.0", admits: ["1.2.9"], refuses: ["1.3.0"])
        assertRange("<=1", means: "<2.0.0", admits: ["1.9.9"], refuses: ["2.0.0"])
        assertRange(">=1.x", means: ">=1.0.0", admits: ["1.0.0"], refuses: ["0.9.0"])
        assertRange("=1.2", means: ">=1.2.0 <1.3.0", admits: ["1.2.5"], refuses: ["1.3.0"])
    }

    func testWildcardsAndPartials() {
        let anything = ["0.0.0", "1.2.3", "99.0.0"]
        for text in ["*", "x", "X", "", "   ", "x.x.x", "v*", ">=*", "<=*", "^*", "~*"] {
            assertRange(text, means: "*", admits: anything, refuses: ["1.0.0-rc.1"])
        }
        for text in ["<*", ">*"] {
            assertRange(text, means: "<0.0.0-0", admits: [], refuses: anything + ["0.0.0-0"])
        }
        assertRange("1", means: ">=1.0.0 <2.0.0", admits: ["1.0.0", "1.9.9"], refuses: ["2.0.0", "0.9.9"])
        assertRange("1.x", means: ">=1.0.0 <2.0.0", admits: ["1.5.0"], refuses: ["2.0.0"])
        assertRange("1.*.*", means: ">=1.0.0 <2.0.0", admits: ["1.5.0"], refuses: ["2.0.0"])
        assertRange("1.2", means: ">=1.2.0 <1.3.0", admits: ["1.2.0", "1.2.99"], refuses: ["1.3.0", "1.1.9"])
        assertRange("1.2.x", means: ">=1.2.0 <1.3.0", admits: ["1.2.7"], refuses: ["1.3.0"])
        assertRange("1.2.X", means: ">=1.2.0 <1.3.0", admits: ["1.2.7"], refuses: ["1.3.0"])
        assertRange("0.0.x", means: ">=0.0.0 <0.1.0", admits: ["0.0.9"], refuses: ["0.1.0"])
    }

    func testCaret() {
        assertRange("^1.2.3", means: ">=1.2.3 <2.0.0", admits: ["1.2.3", "1.9.0"], refuses: ["1.2.2", "2.0.0", "2.0.0-rc.1"])
        assertRange("^1.2", means: ">=1.2.0 <2.0.0", admits: ["1.2.0", "1.99.0"], refuses: ["1.1.9", "2.0.0"])
        assertRange("^1", means: ">=1.0.0 <2.0.0", admits: ["1.0.0"], refuses: ["2.0.0"])
        assertRange("^1.x", means: ">=1.0.0 <2.0.0", admits: ["1.4.0"], refuses: ["2.0.0"])
        assertRange("^0.2.3", means: ">=0.2.3 <0.3.0", admits: ["0.2.3", "0.2.9"], refuses: ["0.3.0", "0.2.2"])
        assertRange("^0.2", means: ">=0.2.0 <0.3.0", admits: ["0.2.0"], refuses: ["0.3.0"])
        assertRange("^0.0.3", means: ">=0.0.3 <0.0.4", admits: ["0.0.3"], refuses: ["0.0.4", "0.0.2"])
        assertRange("^0.0", means: ">=0.0.0 <0.1.0", admits: ["0.0.9"], refuses: ["0.1.0"])
        assertRange("^0", means: ">=0.0.0 <1.0.0", admits: ["0.9.9"], refuses: ["1.0.0"])
        assertRange("^0.x", means: ">=0.0.0 <1.0.0", admits: ["0.9.9"], refuses: ["1.0.0"])
        assertRange("^ 1.2", means: ">=1.2.0 <2.0.0", admits: ["1.3.0"], refuses: ["2.0.0"])
        assertRange(
            "^1.2.3-beta.2", means: ">=1.2.3-beta.2 <2.0.0",
            admits: ["1.2.3-beta.2", "1.2.3-beta.4", "1.2.3", "1.9.0"],
            refuses: ["1.2.3-beta.1", "1.2.4-beta.2", "2.0.0-alpha"])
        assertRange("^0.0.3-beta", means: ">=0.0.3-beta <0.0.4", admits: ["0.0.3-pr.2", "0.0.3"], refuses: ["0.0.4", "0.0.3-alpha"])
    }

    func testTilde() {
        assertRange("~1.2.3", means: ">=1.2.3 <1.3.0", admits: ["1.2.3", "1.2.9"], refuses: ["1.3.0", "1.2.2"])
        assertRange("~1.2", means: ">=1.2.0 <1.3.0", admits: ["1.2.0"], refuses: ["1.3.0"])
        assertRange("~1", means: ">=1.0.0 <2.0.0", admits: ["1.0.0", "1.9.0"], refuses: ["2.0.0"])
        assertRange("~0.2.3", means: ">=0.2.3 <0.3.0", admits: ["0.2.5"], refuses: ["0.3.0"])
        assertRange("~0", means: ">=0.0.0 <1.0.0", admits: ["0.5.0"], refuses: ["1.0.0"])
        assertRange("~>1.2.3", means: ">=1.2.3 <1.3.0", admits: ["1.2.4"], refuses: ["1.3.0"])
        assertRange("~> 1.2", means: ">=1.2.0 <1.3.0", admits: ["1.2.4"], refuses: ["1.3.0"])
        assertRange(
            "~1.2.3-beta.2", means: ">=1.2.3-beta.2 <1.3.0",
            admits: ["1.2.3-beta.3", "1.2.3", "1.2.8"], refuses: ["1.2.3-beta.1", "1.2.4-beta.2", "1.3.0"])
    }

    func testHyphenRanges() {
        assertRange("1.2.3 - 2.3.4", means: ">=1.2.3 <=2.3.4", admits: ["1.2.3", "2.3.4"], refuses: ["1.2.2", "2.3.5"])
        assertRange("1.2 - 2.3.4", means: ">=1.2.0 <=2.3.4", admits: ["1.2.0"], refuses: ["1.1.9"])
        assertRange("1.2.3 - 2.3", means: ">=1.2.3 <2.4.0", admits: ["2.3.9"], refuses: ["2.4.0", "2.4.0-rc.1"])
        assertRange("1.2.3 - 2", means: ">=1.2.3 <3.0.0", admits: ["2.9.9"], refuses: ["3.0.0"])
        assertRange("* - 2", means: "<3.0.0", admits: ["0.0.0"], refuses: ["3.0.0"])
        assertRange("1.2.3 - *", means: ">=1.2.3", admits: ["100.0.0"], refuses: ["1.2.2"])
        assertRange("1.0.0-rc.1 - 1.0.0", means: ">=1.0.0-rc.1 <=1.0.0", admits: ["1.0.0-rc.2", "1.0.0"], refuses: ["1.0.0-beta"])
    }

    func testCommaAndWhitespaceSeparatedComparators() {
        assertRange(">=1.2 <2", means: ">=1.2.0 <2.0.0", admits: ["1.2.0", "1.9.9"], refuses: ["2.0.0", "1.1.0"])
        assertRange(">=1.2, <2", means: ">=1.2.0 <2.0.0", admits: ["1.5.0"], refuses: ["2.0.0"])
        assertRange(">= 1.2 , < 2", means: ">=1.2.0 <2.0.0", admits: ["1.5.0"], refuses: ["2.0.0"])
        assertRange(">=1.2,<1.5,>1.3", means: ">=1.2.0 <1.5.0 >=1.4.0", admits: ["1.4.0"], refuses: ["1.3.9", "1.5.0"])
        assertRange("  >1.0.0\t<=1.4.0  ", means: ">1.0.0 <=1.4.0", admits: ["1.4.0"], refuses: ["1.0.0", "1.4.1"])
        assertRange("^1.2 <1.5", means: ">=1.2.0 <2.0.0 <1.5.0", admits: ["1.4.9"], refuses: ["1.5.0"])
        assertRange("1.2.3 - 1.4, >=1.3", means: ">=1.2.3 <1.5.0 >=1.3.0", admits: ["1.3.0", "1.4.9"], refuses: ["1.2.9", "1.5.0"])
    }

    func testUnions() {
        assertRange(
            "^1.2 || ^2.1", means: ">=1.2.0 <2.0.0 || >=2.1.0 <3.0.0",
            admits: ["1.2.0", "2.1.0", "2.9.0"], refuses: ["2.0.0", "3.0.0", "1.1.0"])
        assertRange("1.2.3||1.2.5", means: "=1.2.3 || =1.2.5", admits: ["1.2.3", "1.2.5"], refuses: ["1.2.4"])
        assertRange("<1 || >=3, <4", means: "<1.0.0 || >=3.0.0 <4.0.0", admits: ["0.1.0", "3.5.0"], refuses: ["1.0.0", "4.0.0"])
    }

    // MARK: Pre-releases

    func testPreReleasesNeedAComparatorWithTheSameTuple() {
        let parsed = range(">1.2.3-alpha.3")
        XCTAssertEqual(parsed?.contains(v("1.2.3-alpha.7")), true)
        XCTAssertEqual(parsed?.contains(v("3.4.5")), true)
        XCTAssertEqual(parsed?.contains(v("3.4.5-alpha.9")), false, "another tuple's pre-release")
        XCTAssertEqual(parsed?.contains(v("1.2.3-alpha.3")), false, "strictly greater")

        XCTAssertEqual(range(">=1.0.0")?.contains(v("2.0.0-rc.1")), false)
        XCTAssertEqual(range("*")?.contains(v("2.0.0-rc.1")), false)
        XCTAssertEqual(range(">=2.0.0-rc.1")?.contains(v("2.0.0-rc.2")), true)
        XCTAssertEqual(range(">=2.0.0-rc.1")?.contains(v("2.0.1-rc.2")), false)
        XCTAssertEqual(range(">=2.0.0-rc.1")?.contains(v("2.0.1")), true)
        XCTAssertEqual(range("<2.0.0-rc.2")?.contains(v("2.0.0-rc.1")), true)
        XCTAssertEqual(range("<2.0.0-rc.2")?.contains(v("1.0.0-rc.1")), false)
    }

    func testPreReleaseRuleAppliesPerAlternative() {
        let parsed = range("^1.0.0 || >=2.0.0-beta <2.0.0")
        XCTAssertEqual(parsed?.contains(v("2.0.0-beta.3")), true)
        XCTAssertEqual(parsed?.contains(v("1.5.0-beta")), false)
        XCTAssertEqual(parsed?.contains(v("1.5.0")), true)
    }

    // MARK: Queries

    func testBestOfPicksTheNewestContained() {
        let candidates = ["1.0.0", "1.2.0", "1.4.1", "1.10.0", "2.0.0", "2.0.0-rc.1", "1.11.0-beta"].map { v($0) }
        XCTAssertEqual(range("^1.2")?.best(of: candidates), v("1.10.0"))
        XCTAssertEqual(range("~1.2")?.best(of: candidates), v("1.2.0"))
        XCTAssertEqual(range("*")?.best(of: candidates), v("2.0.0"))
        XCTAssertEqual(range(">=2.0.0-rc.1 <2.0.0")?.best(of: candidates), v("2.0.0-rc.1"))
        XCTAssertNil(range("^3")?.best(of: candidates))
        XCTAssertNil(range("*")?.best(of: []))
        let builds = [v("1.0.0+a"), v("1.0.0+b")]
        XCTAssertEqual(range("^1")?.best(of: builds), v("1.0.0+a"))
    }

    func testLowestAdmitted() {
        let cases: [(String, String?)] = [
            ("^1.2", "1.2.0"), ("~1.2.3", "1.2.3"), ("1.2.x", "1.2.0"), ("*", "0.0.0"), ("", "0.0.0"),
            (">1.2.3", "1.2.4"), (">1.2", "1.3.0"), (">=1.2.3-rc.1", "1.2.3"), (">1.2.3-rc.1", "1.2.3"),
            ("<2", "0.0.0"), (">=1.2, <2", "1.2.0"), ("^2 || ^1.4", "1.4.0"), ("1.2.3+build", "1.2.3"),
            ("=1.2.3-rc.1", nil), (">=1.2.3-rc.1 <1.2.3", nil), ("<*", nil), (">=2 <1", nil),
            ("=1.2.3-rc.1 || ~3.1", "3.1.0"), ("1.2.3 - 2.0", "1.2.3"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(range(text)?.lowestAdmitted, expected.map { v($0) }, "\"\(text)\"")
        }
    }

    func testPEP440Specifier() throws {
        let cases: [(String, String)] = [
            ("^1.2", ">=1.2.0,<2.0.0"), ("1.2.3", "==1.2.3"), ("*", ""), ("", ""),
            ("~1.2.3", ">=1.2.3,<1.3.0"), (">=1.2 <2", ">=1.2.0,<2.0.0"), (">1.2.3", ">1.2.3"),
            ("<=1.4.0", "<=1.4.0"), ("1.2.3 - 2.3", ">=1.2.3,<2.4.0"),
            ("^2.0.0-rc.1", ">=2.0.0rc1,<3.0.0"), ("=1.2.3+build.7", "==1.2.3"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(try VersionRange(text).pep440Specifier(), expected, "\"\(text)\"")
        }
    }

    func testPEP440SpecifierRefusesWhatPythonCannotSay() {
        XCTAssertThrowsError(try VersionRange("^1.2 || ^2").pep440Specifier()) { error in
            let error = error as? ProtopkgError
            XCTAssertEqual(
                error?.message,
                "version range \"^1.2 || ^2\" cannot be written as a PEP 440 specifier: it is a union (||) of 2 "
                    + "alternatives and PEP 440 has no union")
            XCTAssertNotNil(error?.hint)
        }
        XCTAssertThrowsError(try VersionRange(">=1.0.0-nightly.3").pep440Specifier()) { error in
            let message = (error as? ProtopkgError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("version range \">=1.0.0-nightly.3\" cannot be written"), message)
            XCTAssertTrue(message.contains("nightly.3"), message)
        }
        XCTAssertThrowsError(try VersionRange("<*").pep440Specifier()) { error in
            XCTAssertTrue((error as? ProtopkgError)?.message.contains("admits no version") ?? false, "\(error)")
        }
    }

    // MARK: Identity

    func testDescriptionIsTheTextAsWritten() {
        XCTAssertEqual(range(">= 1.2 ,  <2")?.description, ">= 1.2 ,  <2")
        XCTAssertEqual(range("^1.2")?.description, "^1.2")
        XCTAssertEqual(range("")?.description, "")
    }

    func testEqualityIsByMeaning() {
        XCTAssertEqual(range("^1.2"), range(">=1.2.0 <2.0.0"))
        XCTAssertEqual(range("1.2.x"), range("~1.2"))
        XCTAssertNotEqual(range("^1.2"), range("~1.2"))
        XCTAssertEqual(Set([range("^1.2"), range("^1.2.0"), range("~1.2")]).count, 2)
    }

    // MARK: Errors

    func testRejectsMalformedRanges() {
        assertInvalid("^1.02", mentions: ["in \"^1.02\"", "minor \"02\" has a leading zero"])
        assertInvalid("1.x.3", mentions: ["in \"1.x.3\"", "patch number \"3\" follows a wildcard"])
        assertInvalid("1.2.3.4", mentions: ["in \"1.2.3.4\"", "at most three numbers"])
        assertInvalid("1.2-beta", mentions: ["in \"1.2-beta\"", "needs a full MAJOR.MINOR.PATCH"])
        assertInvalid("^1.2.3-beta..1", mentions: ["in \"^1.2.3-beta..1\"", "empty identifier"])
        assertInvalid("1.2.3-01", mentions: ["leading zero"])
        assertInvalid(">=", mentions: ["\">=\" has no version after it"])
        assertInvalid(">= ,<2", mentions: ["\">=\" has no version after it"])
        assertInvalid(">=1.2,", mentions: ["empty comparator between commas"])
        assertInvalid(">=1.2,,<2", mentions: ["empty comparator between commas"])
        assertInvalid("^1.2 ||", mentions: ["alternative between || is empty"])
        assertInvalid("|| 1.2", mentions: ["alternative between || is empty"])
        assertInvalid("1.2 | 1.3", mentions: ["in \"|\"", "is not a number"])
        assertInvalid("1.2.3 -", mentions: ["\"-\" needs a version on both sides"])
        assertInvalid("- 2", mentions: ["\"-\" needs a version on both sides"])
        assertInvalid("1 - 2 - 3", mentions: ["\"-\" needs a version on both sides"])
        assertInvalid(">=1 - 2", mentions: ["hyphen range takes plain versions", "\">=1\""])
        assertInvalid("1 - 2.0.0-", mentions: ["in \"1 - 2.0.0-\"", "pre-release is empty"])
        assertInvalid("!=1.3", mentions: ["in \"!=1.3\"", "is not a number"])
        assertInvalid("latest", mentions: ["in \"latest\"", "major \"latest\" is not a number"])
        assertInvalid("^", mentions: ["\"^\" has no version after it"])
        assertInvalid("^v", mentions: ["in \"^v\"", "a version is missing"])
        assertInvalid(">=1.2.3<2", mentions: ["patch \"3<2\" is not a number"])
        assertInvalid("^99999999999999999999", mentions: ["too large"])
        assertInvalid("^9223372036854775807", mentions: ["9223372036854775807 is too large"])
    }
}
