import CodeGen
import ProtoPackaging
import XCTest

final class SwiftPMRequirementTests: XCTestCase {
    func requirement(_ range: String) throws -> String { try SwiftPMRequirement.of(try VersionRange(range)) }

    func testRangesBecomeOneSwiftPMRequirement() throws {
        XCTAssertEqual(try requirement("^1.2"), "from: \"1.2.0\"")
        XCTAssertEqual(try requirement("1.x"), "from: \"1.0.0\"")
        XCTAssertEqual(try requirement("^0.3.1"), "\"0.3.1\"..<\"0.4.0\"", "below 1.0 `from:` would admit 0.4 and up")
        XCTAssertEqual(try requirement("~1.2.3"), "\"1.2.3\"..<\"1.3.0\"")
        XCTAssertEqual(try requirement(">=1.2 <3"), "\"1.2.0\"..<\"3.0.0\"")
        XCTAssertEqual(try requirement(">1.2.3 <=1.4.2"), "\"1.2.4\"..<\"1.4.3\"")
        XCTAssertEqual(try requirement("1.2.3"), "exact: \"1.2.3\"")
        XCTAssertEqual(try requirement(">=2"), "\"2.0.0\"..<\"1000000000.0.0\"")
    }

    func testAUnionOrAnEmptyRangeIsRefused() throws {
        XCTAssertThrowsError(try requirement("^1 || ^3")) { error in
            XCTAssertTrue("\(error)".contains("union (||) of 2 alternatives"), "\(error)")
        }
        XCTAssertThrowsError(try requirement(">2 <1")) { error in
            XCTAssertTrue("\(error)".contains("admits no release"), "\(error)")
        }
    }
}
