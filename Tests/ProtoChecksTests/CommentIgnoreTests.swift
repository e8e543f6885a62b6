import Foundation
import ProtoPackaging
@testable import ProtoChecks
import XCTest

/// protopkg's own form of comment ignores, `// protopkg:lint:ignore RULE_ID`, which buf does not
/// know (so it cannot be a fixture that buf judges too), and the matching rules both forms
/// share. The buf form's placement rules (own leading comment, enclosing elements, the package
/// statement, the first `extend` block) are in the `comment_ignores` lint fixture.
final class CommentIgnoreTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("comment-ignore-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// Lints one file with the given configuration; findings as `line:RULE`.
    private func lint(_ proto: String, _ config: LintConfig) throws -> [String] {
        try proto.write(toFile: "\(dir)/acme.proto", atomically: true, encoding: .utf8)
        let findings = try LintEngine(config: config, configFile: "buf.yaml").run(try Fixtures.schema(dir), displayPath: { $0 })
        return findings.map { "\($0.startLine):\($0.type)" }
    }

    private let proto = """
        syntax = "proto3";

        // protopkg:lint:ignore PACKAGE_VERSION_SUFFIX
        package acme;

        message Fields {
          // protopkg:lint:ignore FIELD_LOWER_SNAKE_CASE
          string ownComment = 1;
          string trailingComment = 2; // protopkg:lint:ignore FIELD_LOWER_SNAKE_CASE
          // protopkg:lint:ignore FIELD_LOWER_SNAKE_CASE

          string detachedComment = 3;
          string plain = 4;
        }

        // protopkg:lint:ignore FIELD_LOWER_SNAKE_CASE
        message Covered {
          message Nested {
            string fooBar = 1;
          }
        }

        // buf:lint:ignore SERVICE_SUFFIX
        service Things {}
        """

    func testProtopkgFormIgnoresLikeTheBufForm() throws {
        let config = LintConfig(use: ["FIELD_LOWER_SNAKE_CASE", "PACKAGE_VERSION_SUFFIX", "SERVICE_SUFFIX"])
        XCTAssertEqual(try lint(proto, config), ["9:FIELD_LOWER_SNAKE_CASE", "12:FIELD_LOWER_SNAKE_CASE"])
    }

    func testDisallowingCommentIgnoresSilencesNeitherForm() throws {
        let config = LintConfig(use: ["FIELD_LOWER_SNAKE_CASE", "PACKAGE_VERSION_SUFFIX", "SERVICE_SUFFIX"],
                                allowCommentIgnores: false)
        XCTAssertEqual(try lint(proto, config), [
            "4:PACKAGE_VERSION_SUFFIX", "8:FIELD_LOWER_SNAKE_CASE", "9:FIELD_LOWER_SNAKE_CASE",
            "12:FIELD_LOWER_SNAKE_CASE", "19:FIELD_LOWER_SNAKE_CASE", "24:SERVICE_SUFFIX",
        ])
    }

    /// A comment that holds only directives documents nothing, in either form.
    func testDirectiveOnlyCommentsDoNotDocument() throws {
        let text = """
            syntax = "proto3";

            package acme.v1;

            // protopkg:lint:ignore SERVICE_SUFFIX
            message A {}
            // buf:lint:ignore SERVICE_SUFFIX
            message B {}
            // protopkg:lint:ignore SERVICE_SUFFIX
            // Text.
            message C {}
            """
        XCTAssertEqual(try lint(text, LintConfig(use: ["COMMENT_MESSAGE"])), ["6:COMMENT_MESSAGE", "8:COMMENT_MESSAGE"])
    }

    func testDirectiveMatching() {
        let rule = "FIELD_LOWER_SNAKE_CASE"
        for prefix in ["protopkg:lint:ignore", "buf:lint:ignore"] {
            XCTAssertTrue(CommentIgnore.mentions(rule, " \(prefix) \(rule)"))
            XCTAssertTrue(CommentIgnore.mentions(rule, "\(prefix) \(rule)"))
            XCTAssertTrue(CommentIgnore.mentions(rule, " Why:\n \(prefix) \(rule) because of clients\n"))
            XCTAssertTrue(CommentIgnore.mentions(rule, "\t  \(prefix) \(rule),OTHER"))
            // buf compares the ID as a prefix of what follows.
            XCTAssertTrue(CommentIgnore.mentions(rule, " \(prefix) \(rule)X"))
            XCTAssertFalse(CommentIgnore.mentions(rule, " \(prefix)  \(rule)"))
            XCTAssertFalse(CommentIgnore.mentions(rule, " \(prefix)\t\(rule)"))
            XCTAssertFalse(CommentIgnore.mentions(rule, " \(prefix) \(rule.lowercased())"))
            XCTAssertFalse(CommentIgnore.mentions(rule, " Note: \(prefix) \(rule)"))
            XCTAssertFalse(CommentIgnore.mentions(rule, " \(prefix) OTHER \(rule)"))
            XCTAssertFalse(CommentIgnore.mentions(rule, " \(prefix) FIELD_LOWER"))
        }
        XCTAssertFalse(CommentIgnore.mentions(rule, " lint:ignore \(rule)"))
    }

    func testPathCoverage() {
        XCTAssertTrue(PathFilter.covers("acme", "acme/v1/a.proto"))
        XCTAssertTrue(PathFilter.covers("acme/v1/a.proto", "acme/v1/a.proto"))
        XCTAssertTrue(PathFilter.covers(".", "acme/v1/a.proto"))
        XCTAssertTrue(PathFilter.covers("./acme/", "acme/v1/a.proto"))
        XCTAssertFalse(PathFilter.covers("acme/v", "acme/v1/a.proto"))
        XCTAssertFalse(PathFilter.covers("acme/v1/a.proto/b", "acme/v1/a.proto"))
        let filter = PathFilter(ignore: [], ignoreOnly: ["COMMENTS": ["legacy"]])
        XCTAssertTrue(filter.ignores(path: "legacy/a.proto", rule: "COMMENT_FIELD", categories: ["COMMENTS"]))
        XCTAssertFalse(filter.ignores(path: "legacy/a.proto", rule: "SERVICE_SUFFIX", categories: ["STANDARD"]))
        XCTAssertFalse(PathFilter(ignore: ["."], ignoreOnly: [:]).ignores(path: "", rule: "X", categories: []))
    }
}
