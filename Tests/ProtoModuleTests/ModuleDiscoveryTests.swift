import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import XCTest

/// Which configuration a directory gets, and which files are its own, for every layout buf knows:
/// a bare directory, buf.yaml v1beta1/v1/v2, buf.work.yaml, and a directory inside a workspace.
final class ModuleDiscoveryTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws {
        root = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-discovery")
    }

    override func tearDown() {
        FileSystem.remove(root)
    }

    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            try FileSystem.writeAtomically(Data(text.utf8), to: "\(root)/\(path)")
        }
    }

    let proto = "syntax = \"proto3\";\n"

    func testADirectoryWithoutConfigurationIsAModuleWithBufsDefaults() throws {
        try write(["acme/v1/a.proto": proto, "acme/v1/b.proto": proto, ".hidden/x.proto": proto])
        let ws = try ModuleWorkspace.load(root)
        XCTAssertEqual(ws.manifestFile, "")
        XCTAssertEqual(ws.manifest.source, .unconfigured)
        XCTAssertEqual(ws.manifest.lint.use, ["STANDARD"])
        XCTAssertFalse(ws.manifest.lint.allowCommentIgnores)
        XCTAssertEqual(ws.manifest.breaking.use, ["FILE"])
        XCTAssertEqual(ws.files, ["acme/v1/a.proto", "acme/v1/b.proto"])
        XCTAssertEqual(ws.rootOfFile["acme/v1/a.proto"], ".")
        XCTAssertEqual(ws.resolver.displayPath(for: "acme/v1/a.proto"), "acme/v1/a.proto")
    }

    func testV1Beta1RootsAndExcludes() throws {
        try write([
            "buf.yaml": "version: v1beta1\nbuild:\n  roots: [proto, vendor]\n  excludes: [proto/acme/skip]\n",
            "proto/acme/v1/a.proto": proto, "proto/acme/skip/s.proto": proto, "vendor/ext/v1/e.proto": proto,
        ])
        let ws = try ModuleWorkspace.load(root)
        XCTAssertEqual(ws.files, ["acme/v1/a.proto", "ext/v1/e.proto"])
        XCTAssertEqual(ws.rootOfFile, ["acme/v1/a.proto": "proto", "ext/v1/e.proto": "vendor"])
        XCTAssertEqual(Set(ws.moduleOfFile.values), [0], "the roots of a v1beta1 file are one module")
        XCTAssertEqual(ws.displayPath(fromManifestDirectory: "vendor/ext/v1/e.proto"), "vendor/ext/v1/e.proto")
    }

    func testV2WorkspaceFromTheRootAndFromAModuleDirectory() throws {
        try write([
            "buf.yaml": """
                version: v2
                modules:
                  - path: proto
                    lint: { use: [MINIMAL] }
                  - path: vendor
                    includes: [vendor/ext]
                """,
            "proto/acme/v1/a.proto": proto, "vendor/ext/v1/e.proto": proto, "vendor/other/o.proto": proto,
        ])
        let whole = try ModuleWorkspace.load(root)
        XCTAssertEqual(whole.files, ["acme/v1/a.proto", "ext/v1/e.proto"], "vendor/other is not in the includes")
        XCTAssertEqual(whole.moduleOfFile, ["acme/v1/a.proto": 0, "ext/v1/e.proto": 1])
        XCTAssertEqual(whole.manifest.modules[0].lint.use, ["MINIMAL"])
        XCTAssertEqual(whole.manifest.modules[1].lint.use, ["STANDARD"])

        // From inside a module directory the workspace is found above it; only that module's
        // files are the targets, and paths print from the directory given.
        let vendor = try ModuleWorkspace.load("\(root)/vendor")
        XCTAssertEqual(vendor.directory, FileSystem.absolute(root))
        XCTAssertEqual(vendor.manifestFile, "buf.yaml")
        XCTAssertEqual(vendor.files, ["ext/v1/e.proto"])
        XCTAssertEqual(vendor.roots.count, 2, "the other module stays an import root")
        XCTAssertEqual(vendor.displayPath(fromManifestDirectory: "vendor/ext/v1/e.proto"), "ext/v1/e.proto")
        XCTAssertEqual(vendor.resolver.displayPath(for: "acme/v1/a.proto"), "../proto/acme/v1/a.proto")

        // A directory inside a module is that module, narrowed to the files under it.
        let acme = try ModuleWorkspace.load("\(root)/proto/acme")
        XCTAssertEqual(acme.files, ["acme/v1/a.proto"])
        XCTAssertEqual(acme.displayPath(fromManifestDirectory: "proto/acme/v1/a.proto"), "v1/a.proto")
    }

    func testBufWorkYAMLWithConfiguredAndUnconfiguredDirectories() throws {
        try write([
            "buf.work.yaml": "version: v1\ndirectories: [proto, plain]\n",
            "proto/buf.yaml": "version: v1\nlint:\n  use: [BASIC]\n  ignore: [acme/v1/a.proto]\n",
            "proto/acme/v1/a.proto": proto, "plain/p/v1/p.proto": proto,
        ])
        let ws = try ModuleWorkspace.load(root)
        XCTAssertEqual(ws.manifestFile, "buf.work.yaml")
        XCTAssertEqual(ws.manifest.source, .bufWork)
        XCTAssertEqual(ws.files, ["acme/v1/a.proto", "p/v1/p.proto"])
        XCTAssertEqual(ws.manifest.modules[0].lint.ignore, ["proto/acme/v1/a.proto"], "v1 paths count from the module")
        XCTAssertEqual(ws.manifest.modules[0].configFile, "proto/buf.yaml")
        XCTAssertEqual(ws.manifest.modules[1].lint, LintConfig.defaults(for: .unconfigured))

        // A module directory with its own buf.yaml v1 is still part of the workspace above it.
        let module = try ModuleWorkspace.load("\(root)/proto")
        XCTAssertEqual(module.manifestFile, "buf.work.yaml")
        XCTAssertEqual(module.files, ["acme/v1/a.proto"])
        XCTAssertEqual(module.roots.count, 2)
    }

    func testABufYAMLV1AboveADirectoryDoesNotClaimIt() throws {
        try write(["buf.yaml": "version: v1\nlint:\n  use: [MINIMAL]\n", "acme/v1/a.proto": proto])
        let ws = try ModuleWorkspace.load("\(root)/acme")
        XCTAssertEqual(ws.manifest.source, .unconfigured, "buf checks a directory below a v1 module as a module of its own")
        XCTAssertEqual(ws.files, ["v1/a.proto"])
    }

    func testADirectoryUnderAProtopkgModuleIsThatModule() throws {
        try write([
            "protopkg.yaml": "name: acme/x\nversion: 1.0.0\nlint: { use: [BASIC] }\n",
            "proto/acme/v1/a.proto": proto, "proto/acme/v2/b.proto": proto,
        ])
        let ws = try ModuleWorkspace.load("\(root)/proto/acme/v2")
        XCTAssertEqual(ws.manifest.lint.use, ["BASIC"])
        XCTAssertEqual(ws.files, ["acme/v2/b.proto"])
        XCTAssertEqual(ws.displayPath(fromManifestDirectory: "proto/acme/v2/b.proto"), "b.proto")
    }

    func testWorkspaceErrorsNameTheFile() throws {
        try write(["buf.work.yaml": "version: v1\ndirectories: [proto, missing]\n", "proto/a.proto": proto])
        XCTAssertThrowsError(try ModuleManifestFile.load(root)) { error in
            let e = error as! ProtopkgError
            XCTAssertTrue(e.message.contains("missing does not exist"), e.message)
            XCTAssertTrue(e.location?.hasSuffix("buf.work.yaml") == true, e.location ?? "no location")
        }
        try write(["buf.work.yaml": "version: v1\ndirectories: [proto]\n", "proto/buf.yaml": "version: v2\n"])
        XCTAssertThrowsError(try ModuleManifestFile.load(root)) { error in
            let e = error as! ProtopkgError
            XCTAssertTrue(e.message.contains("must be version v1 or v1beta1"), e.message)
            XCTAssertTrue(e.location?.hasSuffix("proto/buf.yaml") == true, e.location ?? "no location")
        }
    }
}
