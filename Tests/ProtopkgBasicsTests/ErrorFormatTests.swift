import ProtopkgBasics
import XCTest

final class ErrorFormatTests: XCTestCase {
    let finding = Finding(path: "proto/a.proto", startLine: 3, startColumn: 5, endLine: 3, endColumn: 9,
                          type: "FIELD_LOWER_SNAKE_CASE", message: "Field name \"A,b\" is bad: 100%")

    func testText() {
        XCTAssertEqual(ErrorFormat.text.render(finding),
                       "proto/a.proto:3:5:Field name \"A,b\" is bad: 100% (FIELD_LOWER_SNAKE_CASE)")
    }

    func testJSONHasBufsKeys() throws {
        let line = ErrorFormat.json.render(finding)
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        XCTAssertEqual(Set(object.keys), ["path", "start_line", "start_column", "end_line", "end_column", "type", "message"])
        XCTAssertEqual(object["start_line"] as? Int, 3)
        XCTAssertFalse(line.contains("\n"))
    }

    func testGitHubActionsEscapesProperties() {
        XCTAssertEqual(ErrorFormat.githubActions.render(finding),
                       "::error file=proto/a.proto,line=3,endLine=3,col=5,endColumn=9,title=FIELD_LOWER_SNAKE_CASE::Field name \"A,b\" is bad: 100%25")
    }
}

final class ErrorFormatJSONTests: XCTestCase {
    func testHandWrittenJSONDecodesToTheFinding() throws {
        let f = Finding(path: "p/ä.proto", startLine: 1, startColumn: 2, endLine: 3, endColumn: 4, type: "T",
                        message: "quote \" backslash \\ newline \n tab \t bell \u{07}")
        let decoded = try JSONDecoder().decode(Finding.self, from: Data(ErrorFormat.json.render(f).utf8))
        XCTAssertEqual(decoded, f)
        XCTAssertEqual(ErrorFormat.json.render([f, f]).split(separator: "\n").count, 2)
    }
}
