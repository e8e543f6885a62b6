@testable import CEL
import XCTest

/// `matches` follows RE2 (what protovalidate and buf run) on Foundation's ICU engine. The
/// expected results are what buf 1.75 decides for the same examples (the PROTOVALIDATE fixture
/// `re2_matching.proto`).
final class RE2PatternTests: XCTestCase {
    private func matches(_ text: String, _ pattern: String) -> Bool? {
        if case .bool(let b) = CELRegex.matches(text, pattern) { return b }
        return nil
    }

    func testRE2SpellingsICULacks() {
        XCTAssertEqual(matches("abc", "^(?P<word>[a-z]+)$"), true)
        XCTAssertEqual(matches("abc", #"^\pL+$"#), true)
        XCTAssertEqual(matches("123", #"^\pL+$"#), false)
        XCTAssertEqual(matches("A", #"^\101$"#), true)
        XCTAssertEqual(matches("b", "(?U)^a+"), false)
        XCTAssertEqual(matches("x{,2}", "x{,2}"), true)
    }

    func testRE2MeaningsWhereICUDiffers() {
        XCTAssertEqual(matches("١٢٣", #"^\d+$"#), false)      // \d is ASCII
        XCTAssertEqual(matches("é", "^[[:alpha:]]+$"), false)  // POSIX classes are ASCII
        XCTAssertEqual(matches("abc\n", "^abc$"), false)       // $ ends the text
        XCTAssertEqual(matches("abc\n", "(?m)^abc$"), true)
        XCTAssertEqual(matches("a\rc", "^a.c$"), true)         // only \n stops .
        XCTAssertEqual(matches("a\nc", "^a.c$"), false)
        XCTAssertEqual(matches("\u{0B}", #"^\v$"#), true)      // \v is one character
        XCTAssertEqual(matches("é", #"\bé"#), false)           // \b is an ASCII word boundary
    }

    func testICUPatternsOfRE2Syntax() {
        XCTAssertEqual(RE2Pattern.icu("(?P<n>x)"), "(?<n>x)")
        XCTAssertEqual(RE2Pattern.icu(#"\pN$"#), #"\p{N}\z"#)
        XCTAssertEqual(RE2Pattern.icu("(?U)a+?"), "a+")
        XCTAssertNil(RE2Pattern.icu("(a"))
    }
}
