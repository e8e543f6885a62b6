import CodeGen
import Foundation
import ProtoCompiler
import ProtoModule
import ProtopkgBasics
import XCTest

final class ToolchainTests: XCTestCase {
    func testMissingToolsAreNamedWithTheirPackage() {
        let toolchain = Toolchain(environment: ["PATH": "/nonexistent"])
        XCTAssertThrowsError(try toolchain.protoc()) { error in
            let e = error as! ProtopkgError
            XCTAssertTrue(e.message.contains("protoc was not found"), e.message)
            XCTAssertTrue(e.hint?.contains("pip install grpcio-tools") == true, e.hint ?? "")
        }
        let named = Toolchain(environment: ["PATH": "/nonexistent", "PROTOPKG_PROTOC": "/nonexistent/protoc"])
        XCTAssertThrowsError(try named.protoc()) { error in
            let e = error as! ProtopkgError
            XCTAssertTrue(e.message.contains("PROTOPKG_PROTOC names \"/nonexistent/protoc\""), e.message)
        }
        XCTAssertThrowsError(try toolchain.plugin("protoc-gen-go", package: "protoc-gen-go")) { error in
            XCTAssertTrue((error as! ProtopkgError).hint?.contains("PROTOPKG_PROTOC_GEN_GO") == true)
        }
        XCTAssertThrowsError(try toolchain.python()) { error in
            XCTAssertTrue((error as! ProtopkgError).hint?.contains("grpcio-tools") == true)
        }
    }

    func testTheNativeCompilerNeedsNoProtoc() throws {
        let toolchain = Toolchain(environment: ["PATH": "/nonexistent"])
        XCTAssertTrue(try toolchain.frontEnd() is NativeFrontEnd)
        let withProtoc = Toolchain(environment: ["PATH": "/nonexistent"], compiler: .protoc)
        XCTAssertThrowsError(try withProtoc.frontEnd()) { error in
            XCTAssertTrue((error as! ProtopkgError).message.contains("protoc was not found"))
        }
    }

    func testAPythonWithoutGrpcToolsIsRefusedWithTheFix() throws {
        guard let system = ProcessRunner.which("python3", path: "/usr/bin:/usr/local/bin") else {
            return XCTFail("no system python3 to test with")
        }
        // -I keeps user site-packages out, so grpc_tools cannot be imported.
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let wrapper = "\(dir)/python3"
        try FileSystem.writeAtomically(Data("#!/bin/sh\nexec \(system) -I -S \"$@\"\n".utf8), to: wrapper)
        chmod(wrapper, 0o755)
        let toolchain = Toolchain(environment: ["PATH": dir])
        XCTAssertThrowsError(try toolchain.python()) { error in
            let e = error as! ProtopkgError
            XCTAssertTrue(e.message.contains("cannot import grpc_tools"), e.message)
            XCTAssertTrue(e.hint?.contains("-m pip install grpcio-tools") == true)
        }
    }

    func testBuildFailsCleanlyWhenAPluginIsMissing() throws {
        let m = try TestModule(manifest: "name: acme/x\nversion: 1.0.0\ntargets:\n  go: { module: example.com/x }\n",
                               files: ["a/v1/a.proto": "syntax = \"proto3\";\npackage a.v1;\nmessage A {}\n"])
        defer { m.remove() }
        var env = TestModule.toolchain.environment
        env["PROTOPKG_PROTOC_GEN_GO"] = "/nonexistent/protoc-gen-go"
        XCTAssertThrowsError(try ModuleBuilder(toolchain: Toolchain(environment: env)).build(directory: m.directory)) {
            XCTAssertTrue("\($0)".contains("protoc-gen-go"))
        }
        XCTAssertFalse(FileSystem.exists("\(m.directory)/dist"), "nothing is written when a tool is missing")
    }
}
