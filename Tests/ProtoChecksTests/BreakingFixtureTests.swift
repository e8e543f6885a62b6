import ProtoChecks
import XCTest

final class BreakingFixtureTests: XCTestCase {
    /// Every breaking fixture gives exactly the findings of its expected.txt.
    func testEveryBreakingFixture() throws {
        let dirs = Fixtures.directories("breaking")
        XCTAssertFalse(dirs.isEmpty)
        for name in dirs {
            let dir = "\(Fixtures.root)/breaking/\(name)"
            let expected = try Fixtures.expectedFile("\(dir)/expected.txt")
            let found = Fixtures.found(try Fixtures.breaking(dir))
            if found != expected {
                XCTFail("""
                breaking fixture \(name):
                  missing: \(expected.subtracting(found).sorted())
                  unexpected: \(found.subtracting(expected).sorted())
                """)
            }
        }
    }

    func testEveryBreakingRuleIsRegisteredAndHasAFixture() {
        let registered = Set(BreakingRules.all.map { $0.info.id })
        XCTAssertEqual(registered.count, BreakingRules.all.count, "a rule is registered twice")
        XCTAssertEqual(Fixtures.ruleFiles("Breaking"), registered, "every file under Rules/Breaking is one registered rule")
        let fixtures = Set(Fixtures.directories("breaking"))
        for id in registered where !fixtures.contains(id) { XCTFail("breaking rule \(id) has no fixture Fixtures/breaking/\(id)") }
    }
}
