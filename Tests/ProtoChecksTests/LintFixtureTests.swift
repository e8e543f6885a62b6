import Foundation
import ProtoChecks
import XCTest

final class LintFixtureTests: XCTestCase {
    /// Every lint fixture gives exactly the findings its `// want:` markers name.
    func testEveryLintFixture() throws {
        let dirs = Fixtures.directories("lint")
        XCTAssertFalse(dirs.isEmpty)
        for name in dirs {
            let dir = "\(Fixtures.root)/lint/\(name)"
            if name == "PROTOVALIDATE", !FileManager.default.fileExists(atPath: "\(dir)/buf/validate/validate.proto") {
                XCTFail("the PROTOVALIDATE fixture needs buf/validate/validate.proto: run `make fixtures` first")
                continue
            }
            let expected = try Fixtures.markers(dir)
            let found = Fixtures.found(try Fixtures.lint(dir))
            if found != expected {
                XCTFail("""
                lint fixture \(name):
                  missing: \(expected.subtracting(found).sorted())
                  unexpected: \(found.subtracting(expected).sorted())
                """)
            }
        }
    }

    func testEveryLintRuleIsRegisteredAndHasAFixture() {
        let registered = Set(LintRules.all.map { $0.info.id })
        XCTAssertEqual(registered.count, LintRules.all.count, "a rule is registered twice")
        XCTAssertEqual(Fixtures.ruleFiles("Lint"), registered, "every file under Rules/Lint is one registered rule")
        let fixtures = Set(Fixtures.directories("lint"))
        for id in registered where !fixtures.contains(id) { XCTFail("lint rule \(id) has no fixture Fixtures/lint/\(id)") }
    }
}
