@testable import CodeGen
import Foundation
import ProtopkgBasics
import XCTest

/// The runtime's promises beyond Python's bytes and JSON (Tests/integration/node/runtime.test.js,
/// run by `node --test`): object shapes, defaults, encode's type checks, errors, no shared memory.
final class NodeRuntimeTests: XCTestCase {
    func testRuntimeBehaviour() throws {
        let work = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-runtime")
        defer { FileSystem.remove(work) }
        _ = try NodeTestSupport.installConformancePackages(into: work)
        var env = ProcessInfo.processInfo.environment
        env["NODE_MODULES"] = "\(work)/node_modules"
        let out = try NodeTestSupport.run("node", ["--test", "\(NodeTestSupport.scripts)/runtime.test.js"], environment: env)
        XCTAssertTrue(out.stdoutText.contains("# fail 0"), out.stdoutText)
        XCTAssertTrue(out.stdoutText.contains("# pass 9"), out.stdoutText)
    }
}
