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

    /// The command lines of issue 12's contract parse, with the values they give.
    func testOperationsContractParses() throws {
        let initCI = try ProtopkgCommand.parseAsRoot(["init", "d", "--name", "a/b", "--ci", "github"]) as? InitCommand
        XCTAssertEqual(initCI?.ci, .github)
        let ciInit = try ProtopkgCommand.parseAsRoot(["ci", "init", "d", "--ci", "jenkins"]) as? CIInitCommand
        XCTAssertEqual(ciInit?.ci, .jenkins)
        XCTAssertEqual((try ProtopkgCommand.parseAsRoot(["ci", "init", "--ci", "gitlab"]) as? CIInitCommand)?.directory, ".")
        XCTAssertThrowsError(try ProtopkgCommand.parseAsRoot(["ci", "init", "--ci", "travis"])) {
            XCTAssertEqual(ProtopkgCommand.report($0), 2)
        }
        let all = try ProtopkgCommand.parseAsRoot(["publish", "--all", "root", "--registry", "http://r"]) as? PublishCommand
        XCTAssertEqual(all?.all, true)
        XCTAssertEqual(all?.directory, "root")
        let serve = try ProtopkgCommand.parseAsRoot(["registry", "serve", "--data", "d", "--database", "postgres://x/y", "--blobs", "postgres"])
            as? RegistryServeCommand
        XCTAssertEqual(serve?.blobs, .postgres)
        XCTAssertEqual((try ProtopkgCommand.parseAsRoot(["registry", "serve", "--data", "d"]) as? RegistryServeCommand)?.blobs, .files)
        let export = try ProtopkgCommand.parseAsRoot(["registry", "export", "--data", "d", "--database", "postgres://x/y", "-o", "f.tgz"])
            as? RegistryExportCommand
        XCTAssertEqual(export?.output, "f.tgz")
        XCTAssertEqual(export?.storage.database, "postgres://x/y")
        let restore = try ProtopkgCommand.parseAsRoot(["registry", "import", "--data", "d", "f.tgz"]) as? RegistryImportCommand
        XCTAssertEqual(restore?.archive, "f.tgz")
        XCTAssertNil(restore?.storage.database)
        XCTAssertEqual((try ProtopkgCommand.parseAsRoot(["ci", "against", "--same-line"]) as? CIAgainstCommand)?.sameLine, true)
    }
}
