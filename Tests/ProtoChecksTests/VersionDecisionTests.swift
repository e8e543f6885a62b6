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

    func testAcceptsOnlyVersionsAtLeastTheRequiredOne() throws {
        let d = try decide("1.3.2", breaking: false, addition: true)
        XCTAssertFalse(d.accepts(try SemVer("1.3.3")))
        XCTAssertTrue(d.accepts(try SemVer("1.4.0")))
        XCTAssertTrue(d.accepts(try SemVer("2.0.0")))
        XCTAssertEqual(d.reasons, ["addition: a.proto:4: added"])
    }
}
