import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import XCTest

final class ModuleWorkspaceSyncedTests: XCTestCase {
    func testRegistryDependenciesComeFromTheSyncedDirectoryOrAskForASync() throws {
        let module = try TestModule(manifest: "name: acme/shop\ndeps:\n  acme/billing: ^1.0\n",
                                    files: ["acme/shop/v1/shop.proto": "syntax = \"proto3\";\n"])
        defer { module.remove() }
        func loadError() -> String {
            do {
                _ = try ModuleWorkspace.load(module.directory)
                return ""
            } catch { return "\(error)" }
        }
        XCTAssertTrue(loadError().contains("not synced (no protopkg.lock): run `protopkg sync`"), loadError())

        let hex = String(repeating: "b", count: 64)
        let lock = Lockfile(registry: "http://r.test", deps: [
            LockedDependency(name: try ModuleName("acme/billing"), version: try SemVer("1.1.0"), sha256: hex)])
        try module.write("protopkg.lock", try lock.yaml())
        XCTAssertTrue(loadError().contains("the sources of acme/billing@1.1.0 are missing: run `protopkg sync`"), loadError())

        let dep = ModuleWorkspace.syncedDirectory(of: try ModuleName("acme/billing"), in: module.directory)
        try module.write(".protopkg/deps/acme/billing/.digest", "sha256:\(hex)\n")
        try module.write(".protopkg/deps/acme/billing/protopkg.json",
                         #"{"format":1,"name":"acme/billing","version":"1.1.0","deps":{"acme/common":"^1.2"},"targets":[],"toolchain":{},"digests":{}}"#)
        try module.write(".protopkg/deps/acme/billing/proto/acme/billing/v1/invoice.proto", "syntax = \"proto3\";\n")
        try module.write(".protopkg/deps/acme/billing/gen/go/go.mod", "module example.com/acme/billing/v3\n\ngo 1.19\n")
        let ws = try ModuleWorkspace.load(module.directory)
        XCTAssertEqual(ws.files, ["acme/shop/v1/shop.proto"], "synced sources are imports, not the module's files")
        XCTAssertEqual(ws.dependencies.count, 1)
        XCTAssertEqual(ws.dependencies[0].directory, dep)
        XCTAssertEqual(ws.dependencies[0].roots, ["\(dep)/proto"])
        XCTAssertEqual(ws.dependencies[0].files, ["acme/billing/v1/invoice.proto"])
        XCTAssertEqual(ws.dependencies[0].manifest.version?.description, "1.1.0")
        XCTAssertEqual(ws.dependencies[0].manifest.deps.map(\.name.description), ["acme/common"])
        XCTAssertEqual(ws.dependencies[0].manifest.targets.go?.module, "example.com/acme/billing")
        XCTAssertEqual(try ws.importResolvers().count, 2)

        try module.write("protopkg.yaml", "name: acme/shop\ndeps:\n  acme/billing: ^2.0\n")
        XCTAssertTrue(loadError().contains("pins acme/billing at 1.1.0, outside the range ^2.0: run `protopkg sync`"), loadError())
    }
}
