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

    func testWritingInChunksGivesWhatRenderGives() throws {
        // Enough findings to be written in chunks as they are rendered, each line different.
        let findings = (0..<5000).map { i in
            Finding(path: "proto/f\(i % 7).proto", startLine: i + 1, startColumn: 1, endLine: i + 1, endColumn: 2,
                    type: "T\(i % 3)", message: "finding \(i)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ErrorFormatTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ErrorFormat.allCases {
            let file = dir.appendingPathComponent("\(format.rawValue).out")
            FileManager.default.createFile(atPath: file.path, contents: nil)
            let handle = try FileHandle(forWritingTo: file)
            format.write(findings, to: handle)
            format.write(Array(findings.prefix(3)), to: handle)
            try handle.close()
            let written = try String(contentsOf: file, encoding: .utf8)
            XCTAssertEqual(written, format.render(findings) + format.render(Array(findings.prefix(3))), format.rawValue)
            if format != .gitlabCodeQuality {
                XCTAssertEqual(written.split(separator: "\n").count, 5003, format.rawValue)
            }
        }
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
        // The hand-written line is the Codable shape, byte for byte, escapes and all.
        for finding in [f, Finding(path: "", type: "MANIFEST", message: "plain", subject: "x.proto"),
                        Finding(path: "a\u{1F}b\\c", startLine: 12345, startColumn: 7, type: "T", message: "é ∑ \"q\"\r")] {
            XCTAssertEqual(ErrorFormat.json.render(finding), try JSONLineEncoder.encode(finding))
        }
    }

    func testManyFindingsAreRenderedInChunksInTheirOrder() throws {
        let findings = (0..<5003).map { i in
            Finding(path: "p/\(i % 7).proto", startLine: i, startColumn: 1, endLine: i, endColumn: 2, type: "T\(i % 3)",
                    message: i % 11 == 0 ? "quote \" \(i)" : "plain \(i)")
        }
        for format in [ErrorFormat.json, .text] {
            let lines = format.render(findings).split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.count, findings.count + 1)
            XCTAssertEqual(lines.last, "")
            XCTAssertEqual(lines.dropLast().map(String.init), findings.map(format.render))
        }
        let decoded = try ErrorFormat.json.render(findings).split(separator: "\n").map {
            try JSONDecoder().decode(Finding.self, from: Data($0.utf8))
        }
        XCTAssertEqual(decoded, findings)
    }
}

final class GitLabCodeQualityTests: XCTestCase {
    func testOneArrayOfCodeClimateIssuesWithUniqueStableFingerprints() throws {
        let a = Finding(path: "proto/a.proto", startLine: 3, startColumn: 5, endLine: 4, endColumn: 9, type: "FIELD_LOWER_SNAKE_CASE", message: "bad")
        var moved = a
        moved.startLine = 30
        moved.endLine = 30
        let compile = Finding(path: "proto/b.proto", type: "COMPILE", message: "syntax error")
        let text = ErrorFormat.gitlabCodeQuality.render([a, a, compile])
        XCTAssertTrue(text.hasSuffix("]\n"))
        let issues = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(issues.count, 3)
        XCTAssertEqual(issues[0]["description"] as? String, "bad")
        XCTAssertEqual(issues[0]["check_name"] as? String, "FIELD_LOWER_SNAKE_CASE")
        XCTAssertEqual(issues[0]["severity"] as? String, "major")
        let location = try XCTUnwrap(issues[0]["location"] as? [String: Any])
        XCTAssertEqual(location["path"] as? String, "proto/a.proto")
        XCTAssertEqual((location["lines"] as? [String: Int])?["begin"], 3)
        XCTAssertEqual((location["lines"] as? [String: Int])?["end"], 4)
        XCTAssertEqual(issues[2]["severity"] as? String, "blocker")
        XCTAssertEqual(((issues[2]["location"] as? [String: Any])?["lines"] as? [String: Int])?["begin"], 1, "GitLab needs a line")
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        XCTAssertEqual(Set(fingerprints).count, 3, "a repeated finding gets its own fingerprint")
        // A finding that only moved keeps its fingerprint, so GitLab does not report it as new.
        let again = try JSONSerialization.jsonObject(with: Data(ErrorFormat.gitlabCodeQuality.render([moved]).utf8)) as! [[String: Any]]
        XCTAssertEqual(again[0]["fingerprint"] as? String, fingerprints[0])
        XCTAssertEqual(ErrorFormat.gitlabCodeQuality.render([]), "[]\n", "no findings: an empty report, still valid")
    }
}
