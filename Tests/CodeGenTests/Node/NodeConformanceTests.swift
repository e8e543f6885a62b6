@testable import CodeGen
import Foundation
import ProtoPackaging
import ProtopkgBasics
import XCTest

/// The generated code against an independent implementation, Python's protobuf (upb): the
/// corpus of Tests/integration/node/conformance.py crosses between the two in binary and JSON,
/// both ways, and the declarations pass `tsc --strict`.
final class NodeConformanceTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws {
        work = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-conformance")
    }

    override func tearDown() {
        NodeTestSupport.keep(work, as: "conformance")
        FileSystem.remove(work)
    }

    func testNodeAndPythonAgreeOnBinaryAndJSON() throws {
        let python = try NodeTestSupport.installConformancePackages(into: work)
        let out = try NodeTestSupport.run("python", ["\(NodeTestSupport.scripts)/conformance.py",
                                                     "--python-path", python, "--node-modules", "\(work)/node_modules",
                                                     "--work", work])
        print(out.stdoutText)
        XCTAssertTrue(out.stdoutText.contains("conformance ok"), out.stdoutText + out.stderrText)
    }
}
