import RegistryCore
import XCTest

final class GoModFileTests: XCTestCase {
    func testModulePath() {
        XCTAssertEqual(GoModFile.modulePath("// c\nmodule example.com/a/v2 // trailing\n\ngo 1.19\n"), "example.com/a/v2")
        XCTAssertEqual(GoModFile.modulePath("module \"example.com/q\"\n"), "example.com/q")
        XCTAssertNil(GoModFile.modulePath("go 1.19\nmodules x\n"))
    }
}
