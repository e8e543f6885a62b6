import ArchiveKit
import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import RegistryClient
import XCTest

final class SyncerTests: XCTestCase {
    var dir = ""
    var cacheRoot = ""
    let registry = FakeRegistry()

    override func setUpWithError() throws {
        dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-sync-test")
        cacheRoot = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-sync-cache")
        registry.publish("acme/common", "1.2.0", bundle: try FakeRegistry.bundle("acme/common", "1.2.0"))
        registry.publish("acme/billing", "1.0.0", bundle: try FakeRegistry.bundle("acme/billing", "1.0.0", deps: ["acme/common": "^1.2"]))
        try manifest("name: acme/shop\n# from the registry\ndeps:\n  acme/billing: ^1.0\n")
    }

    override func tearDown() {
        FileSystem.remove(dir)
        FileSystem.remove(cacheRoot)
    }

    func manifest(_ text: String) throws { try FileSystem.writeAtomically(Data(text.utf8), to: "\(dir)/protopkg.yaml") }
    var syncer: Syncer { Syncer(api: registry.api, cache: DownloadCache(root: cacheRoot)) }
    var lockText: String? { try? String(contentsOfFile: "\(dir)/protopkg.lock", encoding: .utf8) }
    func lockfile() throws -> Lockfile { try Lockfile.parse(yaml: lockText ?? "", file: "protopkg.lock") }
    func digest(_ module: String, _ version: String) throws -> String {
        SHA256Hex.of(try FakeRegistry.bundle(module, version, deps: module == "acme/billing" ? ["acme/common": "^1.2"] : [:]))
    }

    func testResolvesTransitivelyWritesTheLockfileExtractsAndCaches() throws {
        let report = try syncer.sync(directory: dir)
        XCTAssertTrue(report.lockfileChanged)
        let lock = try lockfile()
        XCTAssertEqual(lock.registry, FakeRegistry.url)
        XCTAssertEqual(lock.deps.map { "\($0.name)@\($0.version)" }, ["acme/billing@1.0.0", "acme/common@1.2.0"])
        XCTAssertEqual(lock.deps[0].sha256, try digest("acme/billing", "1.0.0"))
        XCTAssertTrue(lockText!.contains("digest: sha256:\(lock.deps[0].sha256)"))

        let billing = "\(dir)/.protopkg/deps/acme/billing"
        XCTAssertTrue(FileSystem.exists("\(billing)/proto/acme/billing/v1/billing.proto"))
        XCTAssertTrue(FileSystem.exists("\(billing)/gen/go/acme/billing/v1/billing.pb.go"))
        XCTAssertEqual(try String(contentsOfFile: "\(billing)/gen/go/go.mod", encoding: .utf8), "module example.com/acme/billing\n\ngo 1.19\n")
        XCTAssertEqual(try String(contentsOfFile: "\(billing)/.digest", encoding: .utf8), "sha256:\(lock.deps[0].sha256)\n")
        XCTAssertTrue(FileSystem.exists("\(dir)/.protopkg/deps/acme/common/proto/acme/common/v1/common.proto"))
        for dep in lock.deps {
            XCTAssertTrue(FileSystem.exists("\(cacheRoot)/\(dep.sha256.prefix(2))/\(dep.sha256)"), "cached \(dep.name)")
        }

        // The build reads them as import roots, with the Go module from go.mod.
        try FileSystem.createDirectory("\(dir)/proto")
        let ws = try ModuleWorkspace.load(dir)
        XCTAssertEqual(ws.dependencies.map(\.manifest.name.description), ["acme/billing", "acme/common"])
        XCTAssertEqual(ws.dependencies[0].files, ["acme/billing/v1/billing.proto"])
        XCTAssertEqual(ws.dependencies[0].manifest.targets.go?.module, "example.com/acme/billing")
        XCTAssertEqual(ws.files, [])

        // A second sync downloads nothing: the cache and the extracted directories are current.
        let before = registry.downloads.count
        XCTAssertFalse(try syncer.sync(directory: dir).lockfileChanged)
        XCTAssertEqual(registry.downloads.count, before)
    }

    func testKeepsLockedVersionsUntilUpdate() throws {
        _ = try syncer.sync(directory: dir)
        registry.publish("acme/billing", "1.1.0", bundle: try FakeRegistry.bundle("acme/billing", "1.1.0", deps: ["acme/common": "^1.2"]))
        let report = try syncer.sync(directory: dir)
        XCTAssertEqual(report.entries.map(\.version.description), ["1.0.0", "1.2.0"])
        XCTAssertEqual(try lockfile().entry(named: try ModuleName("acme/billing"))?.version.description, "1.0.0")
        let updated = try syncer.sync(directory: dir, update: true)
        XCTAssertEqual(updated.entries[0].version.description, "1.1.0")
        XCTAssertEqual(updated.entries[0].previous?.description, "1.0.0")
        XCTAssertTrue(FileSystem.exists("\(dir)/.protopkg/deps/acme/billing/proto/acme/billing/v1/billing.proto"))
    }

    func testAManifestRangeThatNoLongerAdmitsTheLockedVersionReResolvesIt() throws {
        _ = try syncer.sync(directory: dir)
        registry.publish("acme/billing", "2.0.0", bundle: try FakeRegistry.bundle("acme/billing", "2.0.0"))
        try manifest("name: acme/shop\ndeps:\n  acme/billing: ^2\n")
        let report = try syncer.sync(directory: dir)
        XCTAssertEqual(report.entries.map { "\($0.name)@\($0.version)" }, ["acme/billing@2.0.0"])
        XCTAssertEqual(report.removed.map(\.name.description), ["acme/common"])
        XCTAssertFalse(FileSystem.exists("\(dir)/.protopkg/deps/acme/common"), "no longer pinned: removed")
    }

    func testYankedVersionsAreSkippedButALockedOneStillDownloads() throws {
        registry.publish("acme/common", "1.3.0", bundle: try FakeRegistry.bundle("acme/common", "1.3.0"))
        _ = try syncer.sync(directory: dir)
        XCTAssertEqual(try lockfile().entry(named: try ModuleName("acme/common"))?.version.description, "1.3.0")
        registry.update("acme/common", "1.3.0") { $0.yanked = true }
        FileSystem.remove("\(dir)/.protopkg")
        FileSystem.remove(cacheRoot)
        let kept = try syncer.sync(directory: dir)
        XCTAssertEqual(kept.entries.filter(\.yanked).map(\.name.description), ["acme/common"])
        XCTAssertEqual(try lockfile().entry(named: try ModuleName("acme/common"))?.version.description, "1.3.0")
        XCTAssertTrue(FileSystem.exists("\(dir)/.protopkg/deps/acme/common/proto/acme/common/v1/common.proto"))
        _ = try syncer.sync(directory: dir, update: true)
        XCTAssertEqual(try lockfile().entry(named: try ModuleName("acme/common"))?.version.description, "1.2.0")
    }

    func testRefusesADownloadThatDoesNotMatchTheRegistrysDigest() throws {
        registry.update("acme/common", "1.2.0") { $0.served = try! FakeRegistry.bundle("acme/common", "1.2.0", message: "Evil") }
        XCTAssertThrowsError(try syncer.sync(directory: dir)) {
            XCTAssertTrue("\($0)".contains("does not match its digest"), "\($0)")
        }
        XCTAssertNil(lockText, "nothing is written")
        XCTAssertFalse(FileSystem.exists("\(dir)/.protopkg/deps"))
        XCTAssertEqual(FileSystem.files(under: cacheRoot).count, 1, "only billing's verified bundle is cached")
    }

    func testALockedDigestTheRegistryNoLongerRecordsIsAnErrorNotAReplacement() throws {
        _ = try syncer.sync(directory: dir)
        let locked = lockText
        let other = try FakeRegistry.bundle("acme/common", "1.2.0", message: "Changed")
        registry.update("acme/common", "1.2.0") { $0.bundle = other }
        XCTAssertThrowsError(try syncer.sync(directory: dir)) {
            let message = "\($0)"
            XCTAssertTrue(message.contains("acme/common@1.2.0: protopkg.lock pins sha256:"), message)
            XCTAssertTrue(message.contains("now records sha256:\(SHA256Hex.of(other))"), message)
        }
        XCTAssertThrowsError(try syncer.sync(directory: dir, update: true), "--update does not replace it either")
        XCTAssertEqual(lockText, locked)
    }

    func testACorruptCacheEntryIsFetchedAgain() throws {
        _ = try syncer.sync(directory: dir)
        let hex = try digest("acme/common", "1.2.0")
        try FileSystem.writeAtomically(Data("garbage".utf8), to: "\(cacheRoot)/\(hex.prefix(2))/\(hex)")
        FileSystem.remove("\(dir)/.protopkg")
        _ = try syncer.sync(directory: dir)
        XCTAssertEqual(try SHA256Hex.ofFile("\(cacheRoot)/\(hex.prefix(2))/\(hex)"), hex)
    }

    func testRefusesABundleWithAnUnsafePath() throws {
        // A tar.gz whose protopkg.json vouches for an entry that climbs out of the directory.
        let tgz = "\(cacheRoot)/evil.tgz"
        let script = """
            import io, json, sys, tarfile
            evil = b"syntax = 'proto3';\\n"
            import hashlib
            manifest = {"format": 1, "name": "acme/common", "version": "1.2.0", "deps": {}, "targets": [], "toolchain": {},
                        "digests": {"proto/../../../escaped.proto": hashlib.sha256(evil).hexdigest(),
                                    "descriptor.binpb": hashlib.sha256(b"").hexdigest()}}
            with tarfile.open(sys.argv[1], "w:gz") as tar:
                for name, data in [("protopkg.json", json.dumps(manifest).encode()), ("descriptor.binpb", b""),
                                   ("proto/../../../escaped.proto", evil)]:
                    info = tarfile.TarInfo(name); info.size = len(data); tar.addfile(info, io.BytesIO(data))
            """
        let run = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, tgz], directory: cacheRoot)
        XCTAssertEqual(run.status, 0, run.stderrText)
        registry.update("acme/common", "1.2.0") { $0.bundle = try! FileSystem.read(tgz) }
        XCTAssertThrowsError(try syncer.sync(directory: dir)) {
            XCTAssertTrue("\($0)".contains("unsafe path"), "\($0)")
        }
        XCTAssertFalse(FileSystem.exists("\(dir)/../escaped.proto"))
        XCTAssertFalse(FileSystem.exists("\(dir)/.protopkg/escaped.proto"))
        XCTAssertNil(lockText)
    }

    func testAConflictIsExplainedAndNothingIsWritten() throws {
        registry.publish("acme/common", "2.0.0", bundle: try FakeRegistry.bundle("acme/common", "2.0.0"))
        registry.publish("acme/orders", "1.0.0", bundle: try FakeRegistry.bundle("acme/orders", "1.0.0", deps: ["acme/common": "^2.0"]))
        try manifest("name: acme/shop\ndeps:\n  acme/billing: ^1.0\n  acme/orders: ^1.0\n")
        XCTAssertThrowsError(try syncer.sync(directory: dir)) {
            XCTAssertEqual(($0 as! ProtopkgError).message,
                           "acme/common: acme/billing@1.0.0 wants ^1.2, acme/orders@1.0.0 wants ^2.0; no version satisfies both (published: 1.2.0, 2.0.0)")
        }
        XCTAssertNil(lockText)
    }

    func testPathDependenciesAreNotResolvedAndNoRegistryIsNeededWithoutRegistryDeps() throws {
        try manifest("name: acme/shop\ndeps:\n  acme/local: { version: ^1, path: ../local }\n")
        let report = try Syncer(api: nil, cache: DownloadCache(root: cacheRoot)).sync(directory: dir)
        XCTAssertEqual(report.lockfile.deps, [])
        XCTAssertTrue(registry.requests.isEmpty)
        try manifest("name: acme/shop\ndeps:\n  acme/billing: ^1.0\n")
        XCTAssertThrowsError(try Syncer(api: nil, cache: DownloadCache(root: cacheRoot)).sync(directory: dir)) {
            XCTAssertTrue(($0 as! ProtopkgError).hint!.contains("--registry"))
        }
    }
}
