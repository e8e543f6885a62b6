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

    /// Two packages, so that half the references cross a package boundary (as a dependency
    /// module's types do): @conf/common-protos with conf/common, @conf/conformance-protos with the
    /// rest. Returns the directory of protoc's Python modules.
    private func installConformancePackages() throws -> String {
        let root = NodeTestSupport.conformanceProtos
        let files = NodeTestSupport.protoFiles(under: root)
        let commonFiles = files.filter { $0.hasPrefix("conf/common/") }
        let otherFiles = files.filter { !$0.hasPrefix("conf/common/") }
        let python = "\(work)/python"
        try FileManager.default.createDirectory(atPath: python, withIntermediateDirectories: true)
        let (set, bytes) = try NodeTestSupport.compile(includes: [root], files: files, pythonOut: python)
        var sources: [String: Data] = [:]
        for f in files { sources[f] = try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(f)")) }
        let common = try ModuleName("conf/common")
        try NodeTestSupport.install(.init(module: common, version: try SemVer("1.0.0"),
                                          files: try NodeGenerator(grpc: true).generatePackage(set: set, files: commonFiles),
                                          protoSources: sources.filter { commonFiles.contains($0.key) }, descriptorSet: bytes,
                                          dependencies: [], grpc: true),
                                    into: "\(work)/node_modules")
        let generator = NodeGenerator(grpc: true, mapping: NodePackageMapping(dependencies: [(common, commonFiles)]))
        try NodeTestSupport.install(.init(module: try ModuleName("conf/conformance"), version: try SemVer("1.0.0"),
                                          files: try generator.generatePackage(set: set, files: otherFiles),
                                          protoSources: sources.filter { otherFiles.contains($0.key) }, descriptorSet: bytes,
                                          dependencies: [Dependency(name: common, range: try VersionRange("^1.0"))], grpc: true),
                                    into: "\(work)/node_modules")
        return python
    }

    func testNodeAndPythonAgreeOnBinaryAndJSON() throws {
        let python = try installConformancePackages()
        let out = try NodeTestSupport.run("python", ["\(NodeTestSupport.scripts)/conformance.py",
                                                     "--python-path", python, "--node-modules", "\(work)/node_modules",
                                                     "--work", work])
        print(out.stdoutText)
        XCTAssertTrue(out.stdoutText.contains("conformance ok"), out.stdoutText + out.stderrText)
    }
}
