import ArgumentParser
@testable import ProtopkgCommands
import XCTest

final class ExitCodeTests: XCTestCase {
    func testUsageErrorsExitTwo() {
        XCTAssertThrowsError(try ProtopkgCommand.parseAsRoot(["build", "--no-such-flag"])) {
            XCTAssertEqual(ProtopkgCommand.report($0), 2)
        }
        XCTAssertThrowsError(try ProtopkgCommand.parseAsRoot(["init", "dir"])) { error in
            XCTAssertEqual(ProtopkgCommand.report(error), 2, "missing --name is a usage error")
        }
        XCTAssertThrowsError(try ProtopkgCommand.parseAsRoot(["frobnicate"])) {
            XCTAssertEqual(ProtopkgCommand.report($0), 2)
        }
    }

    func testVersionExitsZero() {
        // (`--help` parses into ArgumentParser's help command, which prints and returns; the
        // end-to-end test checks its exit status.)
        XCTAssertThrowsError(try ProtopkgCommand.parseAsRoot(["--version"])) {
            XCTAssertEqual(ProtopkgCommand.report($0), 0)
        }
    }

    func testContractSubcommandsParse() throws {
        XCTAssertTrue(try ProtopkgCommand.parseAsRoot(["init", "d", "--name", "a/b"]) is InitCommand)
        let compile = try ProtopkgCommand.parseAsRoot(["compile", "d", "-o", "x.binpb", "--include-imports", "--include-source-info"])
        XCTAssertTrue((compile as? CompileCommand)?.includeImports == true)
        let build = try ProtopkgCommand.parseAsRoot(["build", "d", "--out", "o"]) as? BuildCommand
        XCTAssertEqual(build?.out, "o")
        XCTAssertEqual(ExitStatus.findings.rawValue, 100)
    }
}
