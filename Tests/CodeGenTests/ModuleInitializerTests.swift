import CodeGen
import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import XCTest

final class ModuleInitializerTests: XCTestCase {
    func testInitWritesAModuleThatBuilds() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let written = try ModuleInitializer.initialize(directory: dir, name: try ModuleName("acme/user-api"))
        XCTAssertEqual(written, ["protopkg.yaml", "proto/acme/user_api/v1/user_api.proto", "build/Makefile",
                                 "build/protopkg.mk", "build/Dockerfile", ".gitignore"])
        let gitignore = try String(contentsOfFile: "\(dir)/.gitignore", encoding: .utf8)
        XCTAssertTrue(gitignore.contains("dist/"))
        let ws = try ModuleWorkspace.load(dir)
        XCTAssertEqual(ws.manifest.name.description, "acme/user-api")
        XCTAssertEqual(ws.manifest.targets.names.sorted(), ["descriptor", "go", "python"])
        let report = try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: dir, only: ["descriptor"])
        XCTAssertEqual(report.version, "0.1.0")
    }

    func testInitRefusesToOverwriteAndWritesNothing() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data("keep me".utf8), to: "\(dir)/build/Makefile")
        XCTAssertThrowsError(try ModuleInitializer.initialize(directory: dir, name: try ModuleName("acme/user"))) {
            XCTAssertTrue("\($0)".contains("build/Makefile"))
        }
        XCTAssertEqual(FileSystem.files(under: dir), ["build/Makefile"])
        XCTAssertEqual(try String(contentsOfFile: "\(dir)/build/Makefile", encoding: .utf8), "keep me")
    }

    func testTheRepositoryMakeFragmentIsTheOneInitWrites() throws {
        let repoCopy = try String(contentsOfFile: "\(TestModule.repositoryRoot)/build/protopkg.mk", encoding: .utf8)
        XCTAssertEqual(repoCopy, ModuleTemplates.makeFragment)
        XCTAssertTrue(ModuleTemplates.makeFragment.contains("\n\t$(RUN) build $(DIR) --target $@\n"), "recipes need tabs")
        for target in ["all:", "python go descriptor:", "lint:", "breaking:", "publish:", "image:"] {
            XCTAssertTrue(ModuleTemplates.makeFragment.contains("\n\(target)"), target)
        }
    }
}
