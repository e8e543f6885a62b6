import ProtoChecks
import ProtoPackaging
import ProtopkgBasics
import XCTest

/// Rule IDs mean what buf 1.75 means by them in each configuration version, deprecated ones
/// included (compared with buf itself by Tests/conformance/buf_configs.py).
final class RuleSelectionTests: XCTestCase {
    let lint = LintRules.all.map { $0.info }
    let breaking = BreakingRules.all.map { $0.info }

    func select(_ kind: String, _ version: RuleSpecVersion, use: [String], except: [String] = []) throws -> Set<String> {
        try RuleSelection.select(all: kind == "lint" ? lint : breaking, use: use, except: except, kind: kind,
                                 configFile: "buf.yaml", version: version)
    }

    func testCategoriesFollowTheConfigurationVersion() throws {
        // Only v2 has these in FILE.
        XCTAssertTrue(try select("breaking", .v2, use: ["FILE"]).isSuperset(of: ["EXTENSION_NO_DELETE", "FIELD_SAME_DEFAULT"]))
        XCTAssertTrue(try select("breaking", .v1, use: ["FILE"]).isDisjoint(with: ["EXTENSION_NO_DELETE", "FIELD_SAME_DEFAULT"]))
        // v1beta1 puts FIELD_SAME_CARDINALITY in WIRE too, and FILE_SAME_PACKAGE in FILE only.
        XCTAssertTrue(try select("breaking", .v1beta1, use: ["WIRE"]).contains("FIELD_SAME_CARDINALITY"))
        XCTAssertFalse(try select("breaking", .v1, use: ["WIRE"]).contains("FIELD_SAME_CARDINALITY"))
        XCTAssertFalse(try select("breaking", .v1beta1, use: ["PACKAGE"]).contains("FILE_SAME_PACKAGE"))
        // v1 has no FIELD_NOT_REQUIRED and PACKAGE_NO_IMPORT_CYCLE is in no category.
        XCTAssertFalse(try select("lint", .v1, use: ["STANDARD"]).contains("FIELD_NOT_REQUIRED"))
        XCTAssertFalse(try select("lint", .v1, use: ["MINIMAL"]).contains("PACKAGE_NO_IMPORT_CYCLE"))
        XCTAssertTrue(try select("lint", .v2, use: ["MINIMAL"]).contains("PACKAGE_NO_IMPORT_CYCLE"))
        XCTAssertEqual(try select("lint", .v1beta1, use: ["OTHER"]), ["ENUM_FIRST_VALUE_ZERO"])
        XCTAssertEqual(try select("lint", .v1beta1, use: ["FILE_LAYOUT"]),
                       ["DIRECTORY_SAME_PACKAGE", "PACKAGE_DIRECTORY_MATCH", "PACKAGE_SAME_DIRECTORY"])
        // With nothing in `use`, the version's default category runs.
        XCTAssertEqual(try select("lint", .v1, use: []), try select("lint", .v1, use: ["STANDARD"]))
        XCTAssertEqual(try select("breaking", .v1beta1, use: []), try select("breaking", .v1beta1, use: ["FILE"]))
    }

    func testDeprecatedIDsMapAsBufMapsThem() throws {
        for version in RuleSpecVersion.allCases {
            XCTAssertEqual(try select("lint", version, use: ["DEFAULT"]), try select("lint", version, use: ["STANDARD"]))
            XCTAssertEqual(try select("lint", version, use: ["IMPORT_NO_WEAK"]), [], "replaced by nothing")
        }
        XCTAssertEqual(try select("lint", .v1beta1, use: ["STYLE_DEFAULT"]), try select("lint", .v1beta1, use: ["STYLE_STANDARD"]))
        XCTAssertEqual(try select("breaking", .v1, use: ["FIELD_SAME_CTYPE"]), ["FIELD_SAME_CPP_STRING_TYPE"])
        XCTAssertEqual(try select("breaking", .v1, use: ["FIELD_SAME_LABEL"]),
                       ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"])
        XCTAssertEqual(try select("breaking", .v1beta1, use: ["FILE_SAME_JAVA_STRING_CHECK_UTF8"]), ["FIELD_SAME_JAVA_UTF8_VALIDATION"])
        XCTAssertFalse(try select("breaking", .v1, use: ["FILE"], except: ["FIELD_SAME_CTYPE"]).contains("FIELD_SAME_CPP_STRING_TYPE"))
        XCTAssertEqual(try select("breaking", .v2, use: ["MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT"]), [])
        // buf 1.75 refuses the v1 renames in a v2 file.
        XCTAssertThrowsError(try select("breaking", .v2, use: ["FIELD_SAME_CTYPE"]))
        XCTAssertEqual(RuleSelection.deprecations(["DEFAULT", "FIELD_SAME_CTYPE", "FILE"], kind: "breaking", version: .v1),
                       ["rule FIELD_SAME_CTYPE is deprecated; it runs FIELD_SAME_CPP_STRING_TYPE instead"])
        XCTAssertEqual(RuleSelection.deprecations(["DEFAULT"], kind: "lint", version: .v2),
                       ["category DEFAULT is deprecated; it means STANDARD now"])
    }

    func testIgnoreOnlyKeysAreExpandedToRules() throws {
        let map = try RuleSelection.ignoreOnlyByRule(["FIELD_SAME_CTYPE": ["a"], "WIRE": ["b"]], all: breaking, kind: "breaking",
                                                     configFile: "buf.yaml", version: .v1)
        XCTAssertEqual(map["FIELD_SAME_CPP_STRING_TYPE"], ["a"])
        XCTAssertEqual(map["FIELD_WIRE_COMPATIBLE_TYPE"], ["b"])
        XCTAssertNil(map["WIRE"])
        let filter = PathFilter(ignore: [], ignoreOnly: map)
        XCTAssertTrue(filter.ignores(path: "a/x.proto", rule: "FIELD_SAME_CPP_STRING_TYPE", categories: []))
        XCTAssertFalse(filter.ignores(path: "b/x.proto", rule: "FIELD_SAME_CPP_STRING_TYPE", categories: []))
    }

    func testDisableBuiltinRunsNothingAndUnknownIDsSayWhichVersionHasThem() throws {
        XCTAssertEqual(try RuleSelection.select(all: lint, use: ["STANDARD"], except: [], kind: "lint", configFile: "buf.yaml",
                                                version: .v2, disableBuiltin: true), [])
        XCTAssertThrowsError(try select("lint", .v1, use: ["FIELD_NOT_REQUIRED"])) { error in
            let e = error as! ProtopkgError
            XCTAssertEqual(e.message, "unknown lint rule or category \"FIELD_NOT_REQUIRED\" in lint.use")
            XCTAssertTrue(e.hint!.hasPrefix("FIELD_NOT_REQUIRED is a rule of buf.yaml v2, not of v1"), e.hint!)
        }
        XCTAssertThrowsError(try select("lint", .v2, use: ["NOT_A_RULE"]))
    }

    func testRuleListsOfEachVersion() {
        let v1beta1 = RuleSelection.rules(all: lint, kind: "lint", version: .v1beta1)
        XCTAssertEqual(v1beta1.count, 40, "buf 1.75 lists 41 v1beta1 lint rules, IMPORT_NO_WEAK being deprecated")
        XCTAssertEqual(v1beta1.first { $0.id == "ENUM_FIRST_VALUE_ZERO" }?.categories, ["OTHER"])
        XCTAssertEqual(v1beta1.last?.id, "FIELD_NO_DESCRIPTOR", "a v1beta1 rule protopkg does not implement is listed last")
        XCTAssertEqual(RuleSelection.rules(all: breaking, kind: "breaking", version: .v2).map(\.id), breaking.map(\.id))
    }
}
