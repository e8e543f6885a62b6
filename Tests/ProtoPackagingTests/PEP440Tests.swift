import ProtopkgBasics
import XCTest

@testable import ProtoPackaging

final class PEP440Tests: XCTestCase {
    private func pep440(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            return try SemVer(text).pep440()
        } catch {
            XCTFail("\(text) should translate: \(error)", file: file, line: line)
            return nil
        }
    }

    func testReleasesAreUnchanged() {
        XCTAssertEqual(pep440("1.2.3"), "1.2.3")
        XCTAssertEqual(pep440("0.0.0"), "0.0.0")
        XCTAssertEqual(pep440("v10.20.30"), "10.20.30")
    }

    func testPreReleaseTagsWithNumbers() {
        let cases = [
            ("1.0.0-alpha.1", "1.0.0a1"), ("1.0.0-a.2", "1.0.0a2"),
            ("1.0.0-beta.3", "1.0.0b3"), ("1.0.0-b.4", "1.0.0b4"),
            ("1.0.0-rc.1", "1.0.0rc1"), ("1.0.0-c.2", "1.0.0rc2"), ("1.0.0-pre.3", "1.0.0rc3"),
            ("1.0.0-preview.4", "1.0.0rc4"), ("1.0.0-dev.5", "1.0.0.dev5"),
            ("2.0.0-rc.11", "2.0.0rc11"), ("1.0.0-RC.1", "1.0.0rc1"), ("1.0.0-Beta.0", "1.0.0b0"),
        ]
        for (semver, expected) in cases {
            XCTAssertEqual(pep440(semver), expected, semver)
        }
    }

    func testAbsentNumberDefaultsToZero() {
        XCTAssertEqual(pep440("1.0.0-alpha"), "1.0.0a0")
        XCTAssertEqual(pep440("1.0.0-beta"), "1.0.0b0")
        XCTAssertEqual(pep440("1.0.0-rc"), "1.0.0rc0")
        XCTAssertEqual(pep440("1.0.0-preview"), "1.0.0rc0")
        XCTAssertEqual(pep440("1.0.0-dev"), "1.0.0.dev0")
    }

    func testCompactFormsLikeRc1() {
        XCTAssertEqual(pep440("1.0.0-rc1"), "1.0.0rc1")
        XCTAssertEqual(pep440("1.0.0-alpha2"), "1.0.0a2")
        XCTAssertEqual(pep440("1.0.0-b7"), "1.0.0b7")
        XCTAssertEqual(pep440("1.0.0-dev12"), "1.0.0.dev12")
        XCTAssertEqual(pep440("1.0.0-rc01"), "1.0.0rc1", "PEP 440 drops leading zeros")
        XCTAssertEqual(pep440("1.0.0-rc00"), "1.0.0rc0")
    }

    func testBuildMetadataBecomesALocalLabel() {
        XCTAssertEqual(pep440("1.2.3+build.5"), "1.2.3+build.5")
        XCTAssertEqual(pep440("1.2.3+Sha.5114F85"), "1.2.3+sha.5114f85")
        XCTAssertEqual(pep440("1.2.3+exp-sha--1"), "1.2.3+exp.sha.1")
        XCTAssertEqual(pep440("1.0.0-rc.1+ci.42"), "1.0.0rc1+ci.42")
        XCTAssertEqual(pep440("1.2.3+-"), "1.2.3", "nothing alphanumeric is left for a label")
    }

    func testRefusesPreReleasesPythonCannotOrder() {
        for text in [
            "1.0.0-nightly", "1.0.0-rc.1.2", "1.0.0-rc.x", "1.0.0-1", "1.0.0-rc-1", "1.0.0-alpha.beta",
            "1.0.0-rc.1.dev.2", "1.0.0-snapshot.3", "1.0.0-rc1a",
        ] {
            XCTAssertThrowsError(try SemVer(text).pep440(), text) { error in
                guard let error = error as? ProtopkgError else { return XCTFail("\(text): \(error)") }
                let pre = text.split(separator: "-", maxSplits: 1)[1]
                XCTAssertEqual(
                    error.message,
                    "cannot write version \"\(text)\" in PEP 440: the pre-release \"\(pre)\" is not one of the tags Python understands")
                for tag in ["alpha.N", "beta.N", "rc.N", "dev.N", "preview.N"] {
                    XCTAssertTrue(error.hint?.contains(tag) ?? false, "hint should list \(tag)")
                }
            }
        }
    }

    func testTranslationKeepsTheOrderOfTheConventionalTags() {
        // PEP 440 orders a < b < rc < release; the translation must not reorder these.
        let chain = ["1.0.0-alpha.1", "1.0.0-alpha.2", "1.0.0-beta.1", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"]
        let versions = chain.compactMap { try? SemVer($0) }
        XCTAssertEqual(versions.count, chain.count)
        XCTAssertEqual(versions, versions.sorted())
        XCTAssertEqual(
            versions.compactMap { try? $0.pep440() },
            ["1.0.0a1", "1.0.0a2", "1.0.0b1", "1.0.0b11", "1.0.0rc1", "1.0.0"])
    }
}
