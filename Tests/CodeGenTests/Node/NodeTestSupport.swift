@testable import CodeGen
import Foundation
import ProtoPackaging
import ProtopkgBasics
import SwiftProtobuf
import XCTest

/// Descriptor sets compiled by protoc (grpcio-tools, from the repository's venv), generated
/// packages unpacked into a temporary `node_modules`, and the tools the tests run.
enum NodeTestSupport {
    static let root = TestModule.repositoryRoot
    static let python = "\(root)/.venv/bin/python"
    static let wellKnownTypes = "\(root)/.venv/lib/python3.11/site-packages/grpc_tools/_proto"
    static let scripts = "\(root)/Tests/integration/node"
    static let conformanceProtos = "\(root)/Tests/integration/node/protos"

    /// The `.proto` files under `directory`, relative to it, sorted.
    static func protoFiles(under directory: String) -> [String] {
        FileSystem.files(under: directory).filter { $0.hasSuffix(".proto") }.sorted()
    }

    /// protoc's descriptor set (imports included) of `files`, and optionally the Python modules.
    static func compile(includes: [String], files: [String], pythonOut: String? = nil) throws
        -> (set: Google_Protobuf_FileDescriptorSet, bytes: Data) {
        let out = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-set")
        defer { FileSystem.remove(out) }
        var args = ["-m", "grpc_tools.protoc"] + (includes + [wellKnownTypes]).map { "-I\($0)" }
        args += ["--include_imports", "--descriptor_set_out=\(out)/set.binpb"]
        if let pythonOut { args += ["--python_out=\(pythonOut)", "--grpc_python_out=\(pythonOut)"] }
        let run = try ProcessRunner.run(python, args + files)
        guard run.status == 0 else { throw ProtopkgError("protoc failed: \(run.stderrText)") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: "\(out)/set.binpb"))
        return (try Google_Protobuf_FileDescriptorSet(serializedBytes: bytes), bytes)
    }

    /// Packs `files` with `NpmPackager` and unpacks the tarball into `nodeModules`, as npm would.
    @discardableResult
    static func install(_ input: NpmPackager.Input, into nodeModules: String) throws -> (name: String, packageJSON: String, tarball: Data) {
        let packed = try NpmPackager.package(input)
        let target = "\(nodeModules)/\(NodePackageMapping.packageName(input.module))"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        let tgz = "\(nodeModules)/\(packed.name)"
        try packed.tarball.write(to: URL(fileURLWithPath: tgz))
        defer { FileSystem.remove(tgz) }
        let run = try ProcessRunner.run("/usr/bin/env", ["tar", "-xzf", tgz, "-C", target, "--strip-components=1"])
        guard run.status == 0 else { throw ProtopkgError("tar failed: \(run.stderrText)") }
        return packed
    }

    /// Runs a tool found on PATH; fails the test with its output when it exits non-zero.
    @discardableResult
    static func run(_ tool: String, _ args: [String], directory: String? = nil, environment: [String: String]? = nil,
                    file: StaticString = #filePath, line: UInt = #line) throws -> ProcessOutput {
        var env = environment ?? ProcessInfo.processInfo.environment
        env["PATH"] = "\(root)/.venv/bin:" + (env["PATH"] ?? "/usr/bin:/bin")
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        let output = try ProcessRunner.run("/usr/bin/env", [tool] + args, environment: env, directory: directory)
        if output.status != 0 {
            XCTFail("\(tool) \(args.joined(separator: " ")) exited with \(output.status):\n\(output.stdoutText)\n\(output.stderrText)",
                    file: file, line: line)
        }
        return output
    }

    /// While working on the generator, `PROTOPKG_NODE_KEEP=DIR` copies a test's directory there.
    static func keep(_ directory: String, as name: String) {
        guard let dest = ProcessInfo.processInfo.environment["PROTOPKG_NODE_KEEP"] else { return }
        let target = "\(dest)/\(name)"
        FileSystem.remove(target)
        try? FileManager.default.createDirectory(atPath: dest, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(atPath: directory, toPath: target)
    }
}

extension NodeTestSupport {
    static let examples = "\(root)/examples"

    /// @acme/common-protos and @acme/billing-protos from examples/, installed into
    /// `work/node_modules` (billing imports common through its package), and protoc's Python
    /// modules of both in `work/python`. Returns the billing package's tarball for inspection.
    @discardableResult
    static func installExamples(into work: String) throws -> (name: String, packageJSON: String, tarball: Data) {
        let commonRoot = "\(examples)/common/proto", billingRoot = "\(examples)/billing/proto"
        let commonFiles = protoFiles(under: commonRoot), billingFiles = protoFiles(under: billingRoot)
        let python = "\(work)/python"
        try FileManager.default.createDirectory(atPath: python, withIntermediateDirectories: true)
        let (set, bytes) = try compile(includes: [commonRoot, billingRoot], files: commonFiles + billingFiles, pythonOut: python)
        func sources(_ root: String, _ files: [String]) throws -> [String: Data] {
            var out: [String: Data] = [:]
            for f in files { out[f] = try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(f)")) }
            return out
        }
        let common = try ModuleName("acme/common"), billing = try ModuleName("acme/billing")
        let commonCode = try NodeGenerator(grpc: false).generatePackage(set: set, files: commonFiles)
        try install(.init(module: common, version: try SemVer("1.2.0"), files: commonCode,
                          protoSources: try sources(commonRoot, commonFiles), descriptorSet: bytes, dependencies: [],
                          grpc: false), into: "\(work)/node_modules")
        let mapping = NodePackageMapping(dependencies: [(common, commonFiles)])
        let billingCode = try NodeGenerator(grpc: true, mapping: mapping).generatePackage(set: set, files: billingFiles)
        return try install(.init(module: billing, version: try SemVer("1.0.0"), files: billingCode,
                                 protoSources: try sources(billingRoot, billingFiles), descriptorSet: bytes,
                                 dependencies: [Dependency(name: common, range: try VersionRange("^1.2"))], grpc: true),
                           into: "\(work)/node_modules")
    }

    /// Two packages, so that half the references cross a package boundary (as a dependency
    /// module's types do): @conf/common-protos with conf/common, @conf/conformance-protos with the
    /// rest. Returns the directory of protoc's Python modules.
    static func installConformancePackages(into work: String) throws -> String {
        let root = conformanceProtos
        let files = protoFiles(under: root)
        let commonFiles = files.filter { $0.hasPrefix("conf/common/") }
        let otherFiles = files.filter { !$0.hasPrefix("conf/common/") }
        let python = "\(work)/python"
        try FileManager.default.createDirectory(atPath: python, withIntermediateDirectories: true)
        let (set, bytes) = try compile(includes: [root], files: files, pythonOut: python)
        var sources: [String: Data] = [:]
        for f in files { sources[f] = try Data(contentsOf: URL(fileURLWithPath: "\(root)/\(f)")) }
        let common = try ModuleName("conf/common")
        try install(.init(module: common, version: try SemVer("1.0.0"),
                                          files: try NodeGenerator(grpc: true).generatePackage(set: set, files: commonFiles),
                                          protoSources: sources.filter { commonFiles.contains($0.key) }, descriptorSet: bytes,
                                          dependencies: [], grpc: true),
                                    into: "\(work)/node_modules")
        let generator = NodeGenerator(grpc: true, mapping: NodePackageMapping(dependencies: [(common, commonFiles)]))
        try install(.init(module: try ModuleName("conf/conformance"), version: try SemVer("1.0.0"),
                                          files: try generator.generatePackage(set: set, files: otherFiles),
                                          protoSources: sources.filter { otherFiles.contains($0.key) }, descriptorSet: bytes,
                                          dependencies: [Dependency(name: common, range: try VersionRange("^1.0"))], grpc: true),
                                    into: "\(work)/node_modules")
        return python
    }
}
