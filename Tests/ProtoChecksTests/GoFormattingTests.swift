@testable import ProtoChecks
import XCTest

/// Values as buf's messages print them with Go's `%q` and `%v` (expected strings are buf 1.75's,
/// from the breaking fixture `field_same_default_text`).
final class GoFormattingTests: XCTestCase {
    func testQuotedAsGoQuotes() {
        XCTAssertEqual("a\tb\"c".goQuoted, #""a\tb\"c""#)
        XCTAssertEqual("é\u{01}\u{7F}".goQuoted, #""é\x01\x7f""#)
        XCTAssertEqual("back\\slash".goQuoted, #""back\\slash""#)
        XCTAssertEqual("\u{A0}nbsp".goQuoted, #""\u00a0nbsp""#)
        XCTAssertEqual("日本".goQuoted, "\"日本\"")
        XCTAssertEqual("\u{E0001}".goQuoted, #""\U000e0001""#)
    }

    func testFloatsAsGoPrintsThem() {
        let doubles: [(Double, String)] = [(1_000_000, "1e+06"), (100_000, "100000"), (123_456.7, "123456.7"), (0.0001, "0.0001"),
                                           (0.00001, "1e-05"), (1.5e300, "1.5e+300"), (-2.5e-7, "-2.5e-07"), (1e21, "1e+21"),
                                           (12_345_678, "1.2345678e+07"), (-0.0, "-0"), (.leastNonzeroMagnitude, "5e-324"), (1, "1"),
                                           (9_007_199_254_740_993, "9.007199254740992e+15"), (-.infinity, "-Inf"), (.infinity, "+Inf"),
                                           (.nan, "NaN")]
        for (value, text) in doubles { XCTAssertEqual(GoFloat.text(value), text) }
        let floats: [(Float, String)] = [(3.4e38, "3.4e+38"), (0.1, "0.1"), (1e6, "1e+06"), (16_777_217, "1.6777216e+07"), (1e-10, "1e-10")]
        for (value, text) in floats { XCTAssertEqual(GoFloat.text(value), text) }
    }
}
