import ProtoSchema
import XCTest

/// Columns as protoc counts them (bytes, tabs to multiples of 8) against buf's (what a terminal
/// shows, tabs to multiples of 4). The expected buf columns are what buf 1.75 reports for the
/// same lines (the lint fixture `columns`).
final class SourceTextTests: XCTestCase {
    func testTabsMoveToMultiplesOfFourForBufAndEightForProtoc() {
        let text = SourceText("\tint32 a = 1;\n    \tint32 b = 2;\n  /*a*/\tint32 c = 3;\n")
        // `a` is the 11th character shown after a tab of four; protoc put it at 15.
        XCTAssertEqual(text.byteOffset(line: 1, column: 15), 7)
        XCTAssertEqual(text.column(line: 1, byteOffset: 7), 15)
        XCTAssertEqual(text.bufColumn(line: 1, column: 15), 11)
        XCTAssertEqual(text.bufColumn(line: 2, column: 15), 15)
        XCTAssertEqual(text.bufColumn(line: 3, column: 15), 15)
    }

    func testWideCharactersTakeTwoColumnsAndMarksNone() {
        let text = SourceText("  /*日本*/ x\n/*e\u{301}*/ x\n/*😀*/ x\n/*\u{200B}*/ x\n/*ｱ*/ x\n")
        // protoc counts bytes: 日本 are six, é with its combining accent three, 😀 four.
        XCTAssertEqual(text.bufColumn(line: 1, column: 2 + 2 + 6 + 3 + 1), 2 + 2 + 4 + 3 + 1)
        XCTAssertEqual(text.bufColumn(line: 2, column: 2 + 3 + 3 + 1), 2 + 1 + 3 + 1)
        XCTAssertEqual(text.bufColumn(line: 3, column: 2 + 4 + 3 + 1), 2 + 2 + 3 + 1)
        XCTAssertEqual(text.bufColumn(line: 4, column: 2 + 3 + 3 + 1), 2 + 0 + 3 + 1)
        XCTAssertEqual(text.bufColumn(line: 5, column: 2 + 3 + 3 + 1), 2 + 1 + 3 + 1)
    }

    func testASCIILinesWithoutTabsKeepTheirColumns() {
        let text = SourceText("message Foo {}\n")
        XCTAssertEqual(text.bufSpan(SourceSpan(startLine: 1, startColumn: 9, endLine: 1, endColumn: 12)),
                       SourceSpan(startLine: 1, startColumn: 9, endLine: 1, endColumn: 12))
        // A place past the last line is left as it is.
        XCTAssertEqual(text.bufColumn(line: 9, column: 4), 4)
    }

    func testLinesEndAtNewlinesAndKeepCarriageReturns() {
        let cases: [(String, [String])] = [
            ("", [""]), ("a", ["a"]), ("a\n", ["a", ""]), ("a\nb", ["a", "b"]), ("\n\n", ["", "", ""]),
            ("a\r\nb\r\n", ["a\r", "b\r", ""]), ("日本\nx", ["日本", "x"]),
        ]
        for (text, lines) in cases {
            let source = SourceText(text)
            XCTAssertEqual(source.lineCount, lines.count, "\(text.debugDescription)")
            XCTAssertEqual((0..<source.lineCount).map { String(decoding: source.line($0), as: UTF8.self) }, lines,
                           "\(text.debugDescription)")
        }
        // Offsets and columns read the right line of a longer text.
        let source = SourceText("a\n\tb\n")
        XCTAssertEqual(source.byteOffset(line: 2, column: 9), 1)
        XCTAssertEqual(source.column(line: 2, byteOffset: 1), 9)
    }
}
