import ArchiveKit
import CodeGen
import Foundation
import ProtoCompiler
import ProtoBundle
import ProtoPackaging
import ProtopkgBasics
import XCTest

final class ModuleBuilderTests: XCTestCase {
    let base = """
    syntax = "proto3";
    package demo.v1;
    message Base { string id = 1; }
    """
    let user = """
    syntax = "proto3";
    package demo.v1;
    import "demo/v1/base.proto";
    message User { Base base = 1; }
    """
    let other = """
    syntax = "proto3";
    package demo.v1;
    message Other { int32 n = 1; }
    """

    func module(version: String? = "1.4.0", targets: String = "  python: {}\n  descriptor: {}\n") throws -> TestModule {
        let manifest = "name: acme/demo\n" + (version.map { "version: \($0)\n" } ?? "") + "targets:\n" + targets
        return try TestModule(manifest: manifest, files: ["demo/v1/base.proto": base, "demo/v1/user.proto": user,
                                                          "demo/v1/other.proto": other])
    }

    func testBuildWritesTheContractOutputsAndASecondBuildIsANoOp() throws {
        let m = try module()
        defer { m.remove() }
        let builder = ModuleBuilder(toolchain: TestModule.toolchain)
        let first = try builder.build(directory: m.directory)
        XCTAssertFalse(first.upToDate)
        XCTAssertEqual(first.version, "1.4.0")
        XCTAssertEqual(first.regenerated["python"], 3)
        for path in ["dist/acme-demo-1.4.0.protopkg.tgz", "dist/acme-demo-1.4.0.binpb",
                     "dist/python/acme_demo_protos-1.4.0-py3-none-any.whl"] {
            XCTAssertTrue(FileSystem.exists("\(m.directory)/\(path)"), path)
        }
        let second = try builder.build(directory: m.directory)
        XCTAssertTrue(second.upToDate)
        XCTAssertEqual(second.outputs, first.outputs)
    }

    /// Once its inputs have settled, a no-op build is decided from their stat stamps alone; an
    /// edit, even one that keeps the size and is seen as settled at once, still rebuilds.
    func testSettledInputsAreCheckedByStampAndAnEditStillRebuilds() throws {
        let m = try module()
        defer { m.remove() }
        var builder = ModuleBuilder(toolchain: TestModule.toolchain)
        builder.now = { Date().timeIntervalSince1970 + 60 }
        _ = try builder.build(directory: m.directory)
        let state = "\(m.directory)/.protopkg/cache/state.json"
        XCTAssertTrue(try String(contentsOfFile: state, encoding: .utf8).contains("\"inputStamps\""))
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate)
        // A no-op decided by stamps never opens the content cache (the content check would
        // rewrite this one, since it holds no digest it could use).
        let inputs = "\(m.directory)/.protopkg/cache/inputs.tsv"
        try FileSystem.writeAtomically(Data("garbage".utf8), to: inputs)
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate)
        XCTAssertEqual(try String(contentsOfFile: inputs, encoding: .utf8), "garbage")
        try m.write("proto/demo/v1/other.proto", other.replacingOccurrences(of: "int32 n = 1", with: "int64 n = 1"))
        let report = try builder.build(directory: m.directory)
        XCTAssertFalse(report.upToDate)
        XCTAssertEqual(report.regenerated["python"], 1)
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate)
    }

    /// Inputs written moments ago are not trusted by stamp: their content decides.
    func testFreshInputsAreCheckedByContent() throws {
        let m = try module()
        defer { m.remove() }
        let builder = ModuleBuilder(toolchain: TestModule.toolchain)
        _ = try builder.build(directory: m.directory)
        let state = "\(m.directory)/.protopkg/cache/state.json"
        XCTAssertFalse(try String(contentsOfFile: state, encoding: .utf8).contains("\"inputStamps\""))
        // A touch changes the stamps but not the content: still up to date.
        XCTAssertEqual(utimensat(AT_FDCWD, "\(m.directory)/proto/demo/v1/base.proto", nil, 0), 0)
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate)
    }

    func testEditingOneFileRegeneratesItAndItsImportersOnly() throws {
        let m = try module()
        defer { m.remove() }
        let builder = ModuleBuilder(toolchain: TestModule.toolchain)
        _ = try builder.build(directory: m.directory)
        try m.write("proto/demo/v1/base.proto", base + "\nmessage Extra { bool on = 1; }\n")
        let report = try builder.build(directory: m.directory)
        XCTAssertFalse(report.upToDate)
        XCTAssertEqual(report.regenerated["python"], 2, "base.proto and user.proto, which imports it; not other.proto")
        try m.write("proto/demo/v1/other.proto", other + "\n// a comment\nmessage More { bool on = 1; }\n")
        XCTAssertEqual(try builder.build(directory: m.directory).regenerated["python"], 1)
    }

    func testACompileErrorLeavesDistAsItWasAndNamesFileLineColumn() throws {
        let m = try module()
        defer { m.remove() }
        let builder = ModuleBuilder(toolchain: TestModule.toolchain)
        _ = try builder.build(directory: m.directory)
        let before = TestModule.snapshot("\(m.directory)/dist")
        try m.write("proto/demo/v1/other.proto", "syntax = \"proto3\";\npackage demo.v1;\nmessage Other { int32 n = ; }\n")
        XCTAssertThrowsError(try builder.build(directory: m.directory)) { error in
            let e = error as! ProtopkgError
            XCTAssertEqual(e.findings.first?.path.hasSuffix("proto/demo/v1/other.proto"), true)
            XCTAssertEqual(e.findings.first?.startLine, 3)
            XCTAssertEqual(e.findings.first?.startColumn, 27)
        }
        XCTAssertEqual(TestModule.snapshot("\(m.directory)/dist"), before)
    }

    func testAnOutputPathThatIsAFileIsRefusedBeforeAnyWork() throws {
        let m = try module()
        defer { m.remove() }
        try m.write("dist", "not a directory")
        XCTAssertThrowsError(try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: m.directory)) { error in
            XCTAssertTrue("\(error)".contains("not a directory"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: "\(m.directory)/dist", encoding: .utf8), "not a directory")
    }

    func testUnknownTargetIsAnError() throws {
        let m = try module()
        defer { m.remove() }
        XCTAssertThrowsError(try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: m.directory, only: ["rust"])) {
            XCTAssertTrue("\($0)".contains("unknown target \"rust\""), "\($0)")
        }
    }

    func testTheVersionComesFromTheNewestTagOnHeadAndTheCommitGoesIntoTheBundle() throws {
        let m = try module(version: nil, targets: "  descriptor: {}\n")
        defer { m.remove() }
        try m.write(".gitignore", "dist/\n.protopkg/\n")
        try m.git("init", "-q", "-b", "main")
        try m.git("add", "-A")
        try m.git("commit", "-qm", "first")
        try m.git("tag", "v2.3.0")
        try m.git("tag", "-a", "v2.10.0", "-m", "annotated")
        try m.git("tag", "not-a-version")
        let report = try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: m.directory)
        XCTAssertEqual(report.version, "2.10.0")
        XCTAssertEqual(report.versionSource, "git tag v2.10.0")
        let bundle = try ArchiveReader.read(FileSystem.read("\(m.directory)/dist/acme-demo-2.10.0.protopkg.tgz"))
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: bundle[0].data)
        let head = try ProcessRunner.run("/usr/bin/env", ["git", "rev-parse", "HEAD"], directory: m.directory)
        XCTAssertEqual(manifest.git?.commit, head.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(manifest.git?.dirty, false)
        try m.write("proto/demo/v1/other.proto", other + "\n// edited\n")
        _ = try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: m.directory)
        let dirty = try ArchiveReader.read(FileSystem.read("\(m.directory)/dist/acme-demo-2.10.0.protopkg.tgz"))
        XCTAssertEqual(try JSONDecoder().decode(BundleManifest.self, from: dirty[0].data).git?.dirty, true)
    }

    /// In a repository, the no-op reads HEAD and the index itself (`ModuleVersion.quickKey`); a
    /// commit still rebuilds with the new commit, and only input files make the bundle dirty.
    func testInGitTheNoOpSeesCommitsAndOnlyInputsMakeTheBundleDirty() throws {
        let m = try module(targets: "  descriptor: {}\n")
        defer { m.remove() }
        try m.write(".gitignore", "dist/\n.protopkg/\n")
        try m.git("init", "-q", "-b", "main")
        try m.git("add", "-A")
        try m.git("commit", "-qm", "first")
        var builder = ModuleBuilder(toolchain: TestModule.toolchain)
        builder.now = { Date().timeIntervalSince1970 + 60 }
        func bundleGit() throws -> BundleManifest.GitState? {
            let files = try ArchiveReader.read(FileSystem.read("\(m.directory)/dist/acme-demo-1.4.0.protopkg.tgz"))
            return try JSONDecoder().decode(BundleManifest.self, from: files[0].data).git
        }
        func head() throws -> String {
            try ProcessRunner.run("/usr/bin/env", ["git", "rev-parse", "HEAD"], directory: m.directory)
                .stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        XCTAssertFalse(try builder.build(directory: m.directory).upToDate)
        XCTAssertEqual(try bundleGit(), .init(commit: try head(), dirty: false))
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate)
        // A file under the root that is not an input: neither a rebuild nor dirty.
        try m.write("proto/demo/v1/README.md", "notes\n")
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate)
        // A commit moves HEAD: rebuilt, with the new commit.
        try m.git("commit", "-q", "--allow-empty", "-m", "second")
        XCTAssertFalse(try builder.build(directory: m.directory).upToDate)
        XCTAssertEqual(try bundleGit(), .init(commit: try head(), dirty: false))
        // An edited input: dirty; committed: clean again, though the file is as it was built.
        try m.write("proto/demo/v1/other.proto", other + "\n// edited\n")
        XCTAssertFalse(try builder.build(directory: m.directory).upToDate)
        XCTAssertEqual(try bundleGit()?.dirty, true)
        try m.git("add", "proto/demo/v1/other.proto")
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate, "staged is still not HEAD: the same bundle")
        try m.git("commit", "-qm", "third")
        XCTAssertFalse(try builder.build(directory: m.directory).upToDate)
        XCTAssertEqual(try bundleGit(), .init(commit: try head(), dirty: false))
        XCTAssertTrue(try builder.build(directory: m.directory).upToDate)
    }

    func testWithoutVersionOrTagTheBuildSaysHowToSetOne() throws {
        let m = try module(version: nil, targets: "  descriptor: {}\n")
        defer { m.remove() }
        XCTAssertThrowsError(try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: m.directory)) { error in
            let e = error as! ProtopkgError
            XCTAssertTrue(e.message.contains("no version"))
            XCTAssertTrue(e.hint?.contains("git tag v1.0.0") == true)
            XCTAssertFalse(FileSystem.exists("\(m.directory)/dist"))
        }
    }

    func testTheBundleIsDeterministicAndItsDigestsMatchItsEntries() throws {
        let a = try module(), b = try module()
        defer { a.remove(); b.remove() }
        let builder = ModuleBuilder(toolchain: TestModule.toolchain)
        _ = try builder.build(directory: a.directory)
        _ = try builder.build(directory: b.directory)
        let name = "dist/acme-demo-1.4.0.protopkg.tgz"
        XCTAssertEqual(try SHA256Hex.ofFile("\(a.directory)/\(name)"), try SHA256Hex.ofFile("\(b.directory)/\(name)"))
        let entries = try ArchiveReader.read(FileSystem.read("\(a.directory)/\(name)"))
        XCTAssertEqual(entries.first?.path, "protopkg.json")
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: entries[0].data)
        XCTAssertEqual(Set(manifest.digests.keys), Set(entries.dropFirst().map(\.path)))
        for e in entries.dropFirst() { XCTAssertEqual(manifest.digests[e.path], SHA256Hex.of(e.data), e.path) }
        XCTAssertTrue(entries.contains { $0.path == "proto/demo/v1/user.proto" })
        XCTAssertTrue(entries.contains { $0.path == "gen/python/demo/v1/user_pb2.py" })
        XCTAssertEqual(manifest.toolchain["compiler"], NativeFrontEnd.version)
    }
}
