@testable import ProtoChecks
import XCTest

/// Expected names are what buf 1.75 suggests for the same input (checked by running buf on
/// the lint fixtures `name_suggestions` and `file_lower_snake_case_unicode`).
final class NameStyleTests: XCTestCase {
    func testSnakeCaseSplitsAsBufDoes() {
        let lower = ["A0Y": "a0y", "A0A09ZAX": "a0a09zax", "A91bZBy": "a91b_z_by", "A0XB9b_xY": "a0xb9b_x_y",
                     "HTTPServer": "http_server", "getHTTPResponse2Code": "get_http_response2_code",
                     "_leading": "leading", "Double__Under": "double_under", "a.b-c d": "a_b_c_d", "Foo..Bar": "foo_bar"]
        for (name, expected) in lower { XCTAssertEqual(NameStyle.lowerSnake(name), expected, name) }
        XCTAssertEqual(NameStyle.upperSnake("foo2Bar"), "FOO2_BAR")
        XCTAssertEqual(NameStyle.upperSnake("FOO1BAR"), "FOO1BAR")
        XCTAssertEqual(NameStyle.lowerSnakePackage("acme.fooBar.v1"), "acme.foo_bar.v1")
    }

    /// Outside ASCII buf decides word starts from the neighbouring bytes, and changes case one
    /// character into one.
    func testSnakeCaseOutsideASCIIFollowsBufsBytes() {
        let lower = ["ÀÀa": "à_àa", "apfelÄBaum": "apfel_ä_baum", "fooµBar": "fooµ_bar", "ÉCOLE": "école",
                     "İstanbul": "istanbul", "ǅungla": "ǆungla", "straßeGroß": "straße_groß", "日本Name": "日本_name"]
        for (name, expected) in lower { XCTAssertEqual(NameStyle.lowerSnake(name), expected, name) }
    }

    func testPascalCase() {
        XCTAssertEqual(NameStyle.pascal("get_user"), "GetUser")
        XCTAssertEqual(NameStyle.pascal("HTTPServer_v2"), "HTTPServerV2")
        XCTAssertEqual(NameStyle.pascal("my_http_Service"), "MyHttpService")
        XCTAssertEqual(NameStyle.pascal("fooBAR_baz"), "FooBARBaz")
    }

    /// The ASCII fast paths give what the character-by-character paths give, on names made of
    /// letters of both cases, digits, every delimiter and white space at the ends.
    func testASCIIPathsAgreeWithTheGeneralOnes() {
        let alphabet = Array("aZbY09_.- \t\r\nQx".utf8) + [0x0B, 0x0C]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let length = Int.random(in: 0...12, using: &generator)
            let name = String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
            XCTAssertEqual(NameStyle.pascalASCII(Array(name.utf8)), NameStyle.pascalScalars(name), name.debugDescription)
            let words = NameStyle.snake(name)
            XCTAssertEqual(NameStyle.lowerSnake(name), NameStyle.lowerSnakeScalars(words), name.debugDescription)
            XCTAssertEqual(NameStyle.upperSnake(name), NameStyle.upperSnakeScalars(words), name.debugDescription)
        }
    }
}
