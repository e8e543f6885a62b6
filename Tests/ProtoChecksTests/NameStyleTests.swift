@testable import ProtoChecks
import XCTest

final class NameStyleTests: XCTestCase {
    /// The ASCII fast path gives what the general (Character-based) path gives.
    func testASCIIPathAgreesWithTheGeneralOne() {
        let names = ["HTTPServer", "FOO1BAR", "foo2Bar", "getUser", "get_user", "_leading__double_", "X1Y2",
                     "already_snake", "ALREADY_UPPER", "a", "", "Mixed-Dash name", "v1beta2", "ABCdefGHI", "a1B2c3"]
        for name in names {
            XCTAssertEqual(ASCIIName(name)!.snake(), NameStyle.snakeCharacters(name), name)
            XCTAssertEqual(ASCIIName(name)!.pascal(), NameStyle.pascalCharacters(name), name)
        }
        XCTAssertEqual(NameStyle.lowerSnake("HTTPServer"), "http_server")
        XCTAssertEqual(NameStyle.upperSnake("foo2Bar"), "FOO2_BAR")
        XCTAssertEqual(NameStyle.pascal("get_user"), "GetUser")
        XCTAssertNil(ASCIIName("naïve"))
    }

}
