import Foundation
import ProtopkgBasics
import XCTest

final class ProcessRunnerTests: XCTestCase {
    func testCapturesStdoutStderrAndStatus() throws {
        let out = try ProcessRunner.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"])
        XCTAssertEqual(out.status, 3)
        XCTAssertEqual(out.stdoutText, "out\n")
        XCTAssertEqual(out.stderrText, "err\n")
    }

    func testSuccessHasStatusZero() throws {
        let out = try ProcessRunner.run("/bin/sh", ["-c", "printf ok"])
        XCTAssertEqual(out.status, 0)
        XCTAssertEqual(out.stdout, Data("ok".utf8))
        XCTAssertTrue(out.stderr.isEmpty)
    }

    func testStdinIsPassed() throws {
        let out = try ProcessRunner.run("/bin/sh", ["-c", "tr a-z A-Z"], stdin: Data("hello\n".utf8))
        XCTAssertEqual(out.status, 0)
        XCTAssertEqual(out.stdoutText, "HELLO\n")
    }

    func testWithoutStdinChildReadsEndOfFile() throws {
        let out = try ProcessRunner.run("/bin/sh", ["-c", "cat; echo done"])
        XCTAssertEqual(out.stdoutText, "done\n")
    }

    func testLargeOutputOnBothPipesDoesNotDeadlock() throws {
        let size = 6 * 1024 * 1024
        let out = try ProcessRunner.run("/bin/sh", ["-c", "head -c \(size) /dev/zero; head -c \(size) /dev/zero >&2"])
        XCTAssertEqual(out.status, 0)
        XCTAssertEqual(out.stdout.count, size)
        XCTAssertEqual(out.stderr.count, size)
    }

    func testLargeStdinEchoedBack() throws {
        let input = Data((0..<(4 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let out = try ProcessRunner.run("/bin/sh", ["-c", "cat"], stdin: input)
        XCTAssertEqual(out.status, 0)
        XCTAssertEqual(out.stdout, input)
    }

    func testEnvironmentAndDirectory() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "proc-test")
        defer { FileSystem.remove(dir) }
        let out = try ProcessRunner.run("/bin/sh", ["-c", "echo \"$GREETING\"; pwd -P"],
                                        environment: ["GREETING": "hi"], directory: dir)
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        XCTAssertEqual(out.stdoutText, "hi\n\(real)\n")
    }

    func testMissingExecutableThrows() {
        XCTAssertThrowsError(try ProcessRunner.run("/nonexistent/tool", [])) { error in
            XCTAssertTrue(error is ProtopkgError, "\(error)")
            XCTAssertTrue("\(error)".contains("/nonexistent/tool"))
        }
    }

    func testWhichFindsSh() throws {
        let sh = try XCTUnwrap(ProcessRunner.which("sh"))
        XCTAssertTrue(sh.hasSuffix("/sh"), sh)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: sh))
    }

    func testWhichUsesGivenPathInOrder() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "which-test")
        defer { FileSystem.remove(dir) }
        for sub in ["one", "two"] {
            try FileSystem.writeAtomically(Data("#!/bin/sh\n".utf8), to: "\(dir)/\(sub)/tool")
            chmod("\(dir)/\(sub)/tool", 0o755)
        }
        try FileSystem.writeAtomically(Data(), to: "\(dir)/zero/tool")  // not executable: skipped
        XCTAssertEqual(ProcessRunner.which("tool", path: "\(dir)/zero:\(dir)/one:\(dir)/two"), "\(dir)/one/tool")
        XCTAssertNil(ProcessRunner.which("tool", path: "\(dir)/zero"))
        XCTAssertNil(ProcessRunner.which("sh", path: ""))
    }

    func testWhichWithExplicitPath() {
        XCTAssertEqual(ProcessRunner.which("/bin/sh"), "/bin/sh")
        XCTAssertNil(ProcessRunner.which("/bin/definitely-not-a-tool"))
        XCTAssertNil(ProcessRunner.which("definitely-not-a-tool-xyz"))
    }
}
