import Foundation
import ProtopkgBasics
import XCTest

final class FindingTests: XCTestCase {
    func testJSONUsesBufKeys() throws {
        let finding = Finding(path: "proto/acme/v1/user.proto", startLine: 3, startColumn: 5,
                              endLine: 4, endColumn: 9, type: "FIELD_LOWER_SNAKE_CASE", message: "bad name")
        let data = try JSONEncoder().encode(finding)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(Set(object.keys),
                       ["path", "start_line", "start_column", "end_line", "end_column", "type", "message"])
        XCTAssertEqual(object["path"] as? String, "proto/acme/v1/user.proto")
        XCTAssertEqual(object["start_line"] as? Int, 3)
        XCTAssertEqual(object["start_column"] as? Int, 5)
        XCTAssertEqual(object["end_line"] as? Int, 4)
        XCTAssertEqual(object["end_column"] as? Int, 9)
        XCTAssertEqual(object["type"] as? String, "FIELD_LOWER_SNAKE_CASE")
        XCTAssertEqual(object["message"] as? String, "bad name")
    }

    func testJSONRoundTrip() throws {
        let finding = Finding(path: "a.proto", startLine: 1, startColumn: 2, type: "COMPILE", message: "m")
        let decoded = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(finding))
        XCTAssertEqual(decoded, finding)
    }

    func testDecodesBufOutput() throws {
        let json = #"{"path":"x.proto","start_line":7,"start_column":1,"end_line":7,"end_column":10,"type":"ENUM_ZERO_VALUE_SUFFIX","message":"m"}"#
        let finding = try JSONDecoder().decode(Finding.self, from: Data(json.utf8))
        XCTAssertEqual(finding, Finding(path: "x.proto", startLine: 7, startColumn: 1, endLine: 7, endColumn: 10,
                                        type: "ENUM_ZERO_VALUE_SUFFIX", message: "m"))
    }

    func testEndDefaultsToStart() {
        let finding = Finding(path: "a.proto", startLine: 8, startColumn: 3, type: "COMPILE", message: "m")
        XCTAssertEqual(finding.endLine, 8)
        XCTAssertEqual(finding.endColumn, 3)
    }

    func testLocationWithLineAndColumn() {
        let finding = Finding(path: "a.proto", startLine: 3, startColumn: 5, type: "COMPILE", message: "Expected \";\".")
        XCTAssertEqual(finding.location, "a.proto:3:5")
        XCTAssertEqual(finding.description, "a.proto:3:5:Expected \";\".")
    }

    func testLocationWithLineOnly() {
        let finding = Finding(path: "a.proto", startLine: 3, type: "COMPILE", message: "m")
        XCTAssertEqual(finding.location, "a.proto:3")
        XCTAssertEqual(finding.description, "a.proto:3:m")
    }

    func testLocationWithoutPosition() {
        let finding = Finding(path: "protopkg.yaml", type: "MANIFEST", message: "missing name")
        XCTAssertEqual(finding.location, "protopkg.yaml")
        XCTAssertEqual(finding.description, "protopkg.yaml:missing name")
    }

    func testColumnWithoutLineIsNotShown() {
        let finding = Finding(path: "a.proto", startLine: 0, startColumn: 4, type: "COMPILE", message: "m")
        XCTAssertEqual(finding.location, "a.proto")
    }

    func testAPathlessFindingNamesItsSubjectInTextButNotInJSON() throws {
        var finding = Finding(path: "", startLine: 1, startColumn: 1, type: "PACKAGE_NO_DELETE", message: "gone")
        XCTAssertEqual(ErrorFormat.text.render(finding), "<input>:1:1:gone (PACKAGE_NO_DELETE)", "buf's name when nothing better is known")
        finding.subject = "acme/v1/a.proto"
        XCTAssertEqual(ErrorFormat.text.render(finding), "acme/v1/a.proto:1:1:gone (PACKAGE_NO_DELETE)")
        XCTAssertTrue(ErrorFormat.githubActions.render(finding).hasPrefix("::error file=acme/v1/a.proto,line=1,"))
        XCTAssertEqual(ErrorFormat.json.render(finding),
                       #"{"path":"","start_line":1,"start_column":1,"end_line":1,"end_column":1,"type":"PACKAGE_NO_DELETE","message":"gone"}"#)
    }

    func testErrorDescriptionListsFindings() {
        let error = ProtopkgError("compilation failed with 1 error", hint: "fix it",
                                  findings: [Finding(path: "a.proto", startLine: 2, startColumn: 1, type: "COMPILE", message: "x")])
        XCTAssertEqual(error.description, "compilation failed with 1 error\n  a.proto:2:1:x\nhint: fix it")
    }
}

final class FindingReadingOrderTests: XCTestCase {
    func testOrderIsPathLineColumnRuleMessage() {
        func f(_ path: String, _ line: Int, _ column: Int, _ type: String, _ message: String) -> Finding {
            Finding(path: path, startLine: line, startColumn: column, type: type, message: message)
        }
        let sorted = [
            f("a.proto", 1, 1, "A", "a"), f("a.proto", 1, 1, "A", "b"), f("a.proto", 1, 1, "B", "a"),
            f("a.proto", 1, 2, "A", "a"), f("a.proto", 2, 1, "A", "a"), f("b.proto", 0, 0, "A", "a"),
        ]
        for (i, a) in sorted.enumerated() {
            for (j, b) in sorted.enumerated() {
                XCTAssertEqual(Finding.inReadingOrder(a, b), i < j, "\(i) before \(j)")
            }
        }
        XCTAssertEqual(sorted.reversed().sorted(by: Finding.inReadingOrder), sorted)
    }
}
