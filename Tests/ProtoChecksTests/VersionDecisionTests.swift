import ProtoChecks
import ProtoPackaging
import ProtopkgBasics
import XCTest

final class VersionDecisionTests: XCTestCase {
    let breaking = [Finding(path: "a.proto", startLine: 3, type: "FIELD_NO_DELETE", message: "deleted")]
    let addition = [Finding(path: "a.proto", startLine: 4, type: "ADDITION", message: "added")]

    func decide(_ previous: String, breaking b: Bool, addition a: Bool, different: Bool = true) throws -> VersionDecision {
        VersionDecision(previous: try SemVer(previous), breaking: b ? breaking : [], additions: a ? addition : [],
                        anyDifference: different)
    }

    func testBumpsFollowTheChange() throws {
        XCTAssertEqual(try decide("1.3.2", breaking: true, addition: true).next, try SemVer("2.0.0"))
        XCTAssertEqual(try decide("1.3.2", breaking: false, addition: true).next, try SemVer("1.4.0"))
        XCTAssertEqual(try decide("1.3.2", breaking: false, addition: false).next, try SemVer("1.3.3"))
        let none = try decide("1.3.2", breaking: false, addition: false, different: false)
        XCTAssertEqual(none.bump, .none)
        XCTAssertEqual(none.next, try SemVer("1.3.2"))
    }

    func testBelowOneTheMinorPlaysTheMajor() throws {
        XCTAssertEqual(try decide("0.3.1", breaking: true, addition: false).next, try SemVer("0.4.0"))
        XCTAssertEqual(try decide("0.3.1", breaking: false, addition: true).next, try SemVer("0.3.2"))
    }

    /// `bump` is the part of the version number that moves; `impact` the kind of change.
    func testBumpIsThePartThatMovesAndImpactTheKindOfChange() throws {
        let cases: [(String, Bool, Bool, Bool, String, VersionBump, VersionImpact)] = [
            ("1.3.2", true, true, true, "2.0.0", .major, .breaking),
            ("1.3.2", false, true, true, "1.4.0", .minor, .additive),
            ("1.3.2", false, false, true, "1.3.3", .patch, .compatible),
            ("1.3.2", false, false, false, "1.3.2", .none, .none),
            ("0.14.0", true, false, true, "0.15.0", .minor, .breaking),
            ("0.14.0", false, true, true, "0.14.1", .patch, .additive),
            ("0.14.0", false, false, true, "0.14.1", .patch, .compatible),
            // A pre-release becomes its release: no number moves, the change's own bump counts.
            ("2.0.0-rc.1", true, false, true, "2.0.0", .major, .breaking),
            ("0.4.0-rc.1", true, false, true, "0.4.0", .minor, .breaking),
        ]
        for (previous, b, a, different, next, bump, impact) in cases {
            let d = try decide(previous, breaking: b, addition: a, different: different)
            XCTAssertEqual(d.next, try SemVer(next), previous)
            XCTAssertEqual(d.bump, bump, "\(previous) → \(next)")
            XCTAssertEqual(d.impact, impact, previous)
        }
        let first = VersionDecision(previous: nil, breaking: breaking, additions: [], anyDifference: true)
        XCTAssertEqual(first.bump, .major, "without a previous version: the bump from a stable version")
        XCTAssertEqual(first.impact, .breaking)
    }

    func testAcceptsOnlyVersionsAtLeastTheRequiredOne() throws {
        let d = try decide("1.3.2", breaking: false, addition: true)
        XCTAssertFalse(d.accepts(try SemVer("1.3.3")))
        XCTAssertTrue(d.accepts(try SemVer("1.4.0")))
        XCTAssertTrue(d.accepts(try SemVer("2.0.0")))
        XCTAssertEqual(d.reasons, ["addition: a.proto:4: added"])
    }
}
