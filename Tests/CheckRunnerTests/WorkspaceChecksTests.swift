import CheckRunner
import Foundation
import ProtoChecks
import ProtoModule
import ProtopkgBasics
import XCTest

/// Lint, breaking and version decisions over buf workspaces and plain directories: each module
/// with its own configuration, paths from the directory given, pathless findings named.
final class WorkspaceChecksTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws {
        root = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-workspace-checks")
    }

    override func tearDown() {
        FileSystem.remove(root)
    }

    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            try FileSystem.writeAtomically(Data(text.utf8), to: "\(root)/\(path)")
        }
    }

    func file(_ package: String, _ body: String) -> String {
        "syntax = \"proto3\";\npackage \(package);\n\(body)\n"
    }

    func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.path):\($0.startLine):\($0.type)" }
    }

    func testEachModuleOfAV2WorkspaceIsLintedWithItsOwnConfiguration() throws {
        try write([
            "buf.yaml": """
                version: v2
                modules:
                  - path: strict
                  - path: loose
                    lint:
                      use: [MINIMAL]
                  - path: ignoring
                    lint:
                      use: [MESSAGE_PASCAL_CASE]
                      ignore: [ignoring/x/v1/skip.proto]
                lint:
                  use: [MESSAGE_PASCAL_CASE, FIELD_LOWER_SNAKE_CASE]
                """,
            "strict/a/v1/a.proto": file("a.v1", "message bad_a { string BadField = 1; }"),
            "loose/b/v1/b.proto": file("b.v1", "message bad_b { string BadField = 1; }"),
            "ignoring/x/v1/skip.proto": file("x.v1", "message bad_skip {}"),
            "ignoring/x/v1/keep.proto": file("x.v1", "message bad_keep {}"),
        ])
        let module = try CheckedModule.load(root)
        XCTAssertEqual(summary(try ModuleChecks.lint(module)), [
            "ignoring/x/v1/keep.proto:3:MESSAGE_PASCAL_CASE",
            "strict/a/v1/a.proto:3:MESSAGE_PASCAL_CASE",
            "strict/a/v1/a.proto:3:FIELD_LOWER_SNAKE_CASE",
        ])
        // From a module directory: that module alone, its paths from there.
        let strict = try CheckedModule.load("\(root)/strict")
        XCTAssertEqual(summary(try ModuleChecks.lint(strict)), [
            "a/v1/a.proto:3:MESSAGE_PASCAL_CASE", "a/v1/a.proto:3:FIELD_LOWER_SNAKE_CASE",
        ])
    }

    func testRulesThatLookAcrossFilesSeeOneModule() throws {
        // Same package, different go_package, in two modules: buf checks each module alone, so
        // PACKAGE_SAME_GO_PACKAGE has nothing to compare.
        try write([
            "buf.yaml": "version: v2\nmodules:\n  - path: one\n  - path: two\nlint:\n  use: [PACKAGE_SAME_GO_PACKAGE]\n",
            "one/p/v1/a.proto": file("p.v1", "option go_package = \"x/a\";"),
            "two/p/v1/b.proto": file("p.v1", "option go_package = \"x/b\";"),
        ])
        XCTAssertEqual(try ModuleChecks.lint(try CheckedModule.load(root)), [])
        // One module with both files: the rule fires on both.
        try write(["buf.yaml": "version: v1beta1\nbuild:\n  roots: [one, two]\nlint:\n  use: [PACKAGE_SAME_GO_PACKAGE]\n"])
        XCTAssertEqual(summary(try ModuleChecks.lint(try CheckedModule.load(root))), [
            "one/p/v1/a.proto:3:PACKAGE_SAME_GO_PACKAGE", "two/p/v1/b.proto:3:PACKAGE_SAME_GO_PACKAGE",
        ])
    }

    func testDeprecatedIDsAreMappedAndWarnedAbout() throws {
        try write([
            "buf.yaml": "version: v1\nlint:\n  use: [DEFAULT]\nbreaking:\n  use: [FIELD_SAME_CTYPE, FILE_SAME_PHP_GENERIC_SERVICES]\n",
            "a/v1/a.proto": file("a.v1", "message A {}"),
        ])
        let module = try CheckedModule.load(root)
        XCTAssertEqual(ModuleChecks.deprecations(module, kind: "lint"), ["buf.yaml: category DEFAULT is deprecated; it means STANDARD now"]
            .map { "\(ModuleWorkspace.display(root))/\($0)" })
        let breaking = ModuleChecks.deprecations(module, kind: "breaking")
        XCTAssertEqual(breaking.count, 2)
        XCTAssertTrue(breaking[0].hasSuffix("rule FIELD_SAME_CTYPE is deprecated; it runs FIELD_SAME_CPP_STRING_TYPE instead"), breaking[0])
        XCTAssertTrue(breaking[1].hasSuffix("rule FILE_SAME_PHP_GENERIC_SERVICES is deprecated and checks nothing any more; remove it"))
    }

    func testBreakingAgainstAPlainDirectoryNamesDeletedFilesAndPackages() throws {
        try write([
            "current/a/v1/a.proto": file("a.v1", "message A {}"),
            "previous/a/v1/a.proto": file("a.v1", "message A {}"),
            "previous/gone/v1/gone.proto": file("gone.v1", "message G {}"),
            "previous/a/v1/old.proto": file("a.v1", "message Old {}"),
        ])
        let (module, previous) = try CheckedModule.loadWithPrevious("\(root)/current", against: .directory("\(root)/previous"))
        let findings = try ModuleChecks.breaking(module, against: previous)
        let deleted = findings.filter { $0.path.isEmpty }
        XCTAssertEqual(Set(deleted.map(\.type)), ["FILE_NO_DELETE"], "buf's default category FILE")
        // Text output names the deleted file where buf prints `<input>`; the JSON path stays empty.
        XCTAssertEqual(Set(deleted.map(\.location)), ["a/v1/old.proto:1:1", "gone/v1/gone.proto:1:1"])
        XCTAssertTrue(try JSONLineEncoder.encode(deleted[0]).hasPrefix("{\"path\":\"\",\"start_line\":1,"))
    }

    /// For `breaking` alone the previous release is compiled without source info; it finds the
    /// same, with the places of the current files. Other uses keep the previous comments.
    func testBreakingOnlyNeedsThePreviousReleaseWithoutSourceInfo() throws {
        try write([
            "current/a/v1/a.proto": file("a.v1", "message A {\n  int64 id = 1;\n}"),
            "previous/a/v1/a.proto": file("a.v1", "// The A.\nmessage A {\n  string id = 1;\n  bool gone = 2;\n}"),
        ])
        let (module, full) = try CheckedModule.loadWithPrevious("\(root)/current", against: .directory("\(root)/previous"))
        let (_, lean) = try CheckedModule.loadWithPrevious("\(root)/current", against: .directory("\(root)/previous"), use: .breaking)
        XCTAssertTrue(full.schema.files.allSatisfy(\.hasSourceInfo))
        XCTAssertFalse(lean.schema.files.contains(where: \.hasSourceInfo))
        let expected = try ModuleChecks.breaking(module, against: full)
        XCTAssertEqual(Set(expected.map(\.type)), ["FIELD_NO_DELETE", "FIELD_SAME_TYPE"])
        XCTAssertTrue(expected.allSatisfy { $0.startLine > 1 }, "placed in the current file")
        XCTAssertEqual(try ModuleChecks.breaking(module, against: lean), expected)
    }

    func testVersionNextWithoutAKnownPreviousVersion() throws {
        try write([
            "current/a/v1/a.proto": file("a.v1", "message A {}\nmessage B {}"),
            "previous/a/v1/a.proto": file("a.v1", "message A {}"),
        ])
        let planner = VersionPlanner()
        let unknown = try planner.plan(directory: "\(root)/current", against: "\(root)/previous")
        XCTAssertTrue(unknown.previousVersionUnknown)
        XCTAssertEqual(unknown.decision.impact, .additive)
        XCTAssertEqual(unknown.decision.bump, .minor)
        XCTAssertThrowsError(try unknown.nextVersion()) {
            XCTAssertTrue(($0 as! ProtopkgError).hint!.contains("--previous-version"))
        }
        let below1 = try planner.plan(directory: "\(root)/current", against: "\(root)/previous",
                                      previousVersion: try VersionPlanner.previousVersion("0.14.0"))
        XCTAssertEqual(try below1.nextVersion().description, "0.14.1")
        XCTAssertEqual(below1.decision.bump, .patch, "below 1.0.0 an addition moves the patch")
        XCTAssertEqual(below1.decision.impact, .additive)
        XCTAssertThrowsError(try VersionPlanner.previousVersion("one"))
    }

    /// A change to comments alone is a patch: the comparison sees the source info, which the
    /// native compiler hands over apart from the descriptors.
    func testACommentOnlyChangeIsAPatchAndOnlyAnIdenticalTreeIsNone() throws {
        try write([
            "current/a/v1/a.proto": file("a.v1", "// An A, in full.\nmessage A {}"),
            "previous/a/v1/a.proto": file("a.v1", "// An A.\nmessage A {}"),
            "same/a/v1/a.proto": file("a.v1", "// An A.\nmessage A {}"),
        ])
        let planner = VersionPlanner()
        let comment = try planner.plan(directory: "\(root)/current", against: "\(root)/previous",
                                       previousVersion: try VersionPlanner.previousVersion("1.2.0"))
        XCTAssertEqual(comment.decision.bump, .patch)
        XCTAssertEqual(try comment.nextVersion().description, "1.2.1")
        let same = try planner.plan(directory: "\(root)/same", against: "\(root)/previous",
                                    previousVersion: try VersionPlanner.previousVersion("1.2.0"))
        XCTAssertEqual(same.decision.bump, .none)
    }
}
