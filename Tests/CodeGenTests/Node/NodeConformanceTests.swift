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

    private func installConformancePackage() throws -> String {
        let files = NodeTestSupport.protoFiles(under: NodeTestSupport.conformanceProtos)
        let python = "\(work)/python"
        try FileManager.default.createDirectory(atPath: python, withIntermediateDirectories: true)
        let (set, bytes) = try NodeTestSupport.compile(includes: [NodeTestSupport.conformanceProtos], files: files, pythonOut: python)
        let generator = NodeGenerator(grpc: true)
        let generated = try generator.generatePackage(set: set, files: files)
        var sources: [String: Data] = [:]
        for f in files { sources[f] = try Data(contentsOf: URL(fileURLWithPath: "\(NodeTestSupport.conformanceProtos)/\(f)")) }
        try NodeTestSupport.install(.init(module: try ModuleName("conf/conformance"), version: try SemVer("1.0.0"),
                                          files: generated, protoSources: sources, descriptorSet: bytes,
                                          dependencies: [], grpc: true),
                                    into: "\(work)/node_modules")
        return python
    }

    func testNodeAndPythonAgreeOnBinaryAndJSON() throws {
        let python = try installConformancePackage()
        let out = try NodeTestSupport.run("python", ["\(NodeTestSupport.scripts)/conformance.py",
                                                     "--python-path", python, "--node-modules", "\(work)/node_modules",
                                                     "--work", work])
        print(out.stdoutText)
        XCTAssertTrue(out.stdoutText.contains("conformance ok"), out.stdoutText + out.stderrText)
    }
}
