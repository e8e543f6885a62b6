import ArchiveKit
import CodeGen
import Foundation
import ProtoBundle
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
import XCTest

/// An npm package is its module's own: named `@owner/name-protos`, and its package.json agrees
/// with the bundle, else the packument built from it would not describe the tarball.
final class PackageNameClaimsTests: XCTestCase {
    var dir = ""
    var service: RegistryService!
    let shop = try! ModuleName("acme/shop")

    override func setUp() async throws {
        dir = try FileSystem.makeTemporaryDirectory()
        service = RegistryService(store: try await SQLiteBackend.open(path: "\(dir)/db.sqlite"),
                                  blobs: try FileBlobStore(directory: "\(dir)/blobs"), publicRead: false)
    }

    override func tearDown() async throws {
        try await service.store.shutdown()
        FileSystem.remove(dir)
    }

    /// acme/shop 1.0.0 with a node target, built for real.
    func bundle() throws -> BundleReader {
        let module = "\(dir)/module"
        try FileSystem.writeAtomically(Data("name: acme/shop\nversion: 1.0.0\ntargets:\n  node: {}\n".utf8), to: "\(module)/protopkg.yaml")
        try FileSystem.writeAtomically(Data(BundleFactory.base.utf8), to: "\(module)/proto/acme/shop/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        let report = try ModuleBuilder(toolchain: Toolchain(environment: env)).build(directory: module)
        return try BundleReader(try FileSystem.read(report.bundlePath), name: "bundle")
    }

    /// The bundle packed again (fresh digests) after `change` edits its manifest and artifacts.
    func repacked(_ bundle: BundleReader, _ change: (inout BundleManifest, inout [String: Data]) throws -> Void) throws -> Data {
        var manifest = bundle.manifest
        var artifacts = bundle.artifacts
        try change(&manifest, &artifacts)
        var generated: [String: [String: Data]] = [:]
        for (path, data) in bundle.entries where path.hasPrefix("gen/") {
            let parts = path.split(separator: "/", maxSplits: 2).map(String.init)
            generated[parts[1], default: [:]][parts[2]] = data
        }
        return try BundlePackager.package(.init(manifest: manifest, sources: bundle.sources,
                                                descriptorSet: bundle.entries[BundleManifest.descriptorPath]!,
                                                generated: generated, artifacts: artifacts))
    }

    func refusal(_ data: Data) async throws -> PublishRefusal {
        do {
            _ = try await service.publish(module: shop, version: try SemVer("1.0.0"), bundle: data)
        } catch let refusal as PublishRefusal {
            return refusal
        }
        XCTFail("published")
        throw ProtopkgError("published")
    }

    func testTheNpmPackageMustBeTheModulesOwn() async throws {
        let bundle = try bundle()
        let path = "npm/acme-shop-protos-1.0.0.tgz"
        XCTAssertEqual(bundle.manifest.packages?[path], "@acme/shop-protos")

        let renamed = try await refusal(try repacked(bundle) { manifest, _ in manifest.packages?[path] = "@acme/billing-protos" })
        XCTAssertEqual(renamed.status, 422)
        XCTAssertTrue(renamed.message.contains("acme/shop's package is @acme/shop-protos"), renamed.message)

        let otherVersion = try await refusal(try repacked(bundle) { _, artifacts in
            var entries = try ArchiveReader.read(artifacts[path]!, name: path)
            let index = try XCTUnwrap(entries.firstIndex { $0.path == "package/package.json" })
            entries[index].data = Data(String(decoding: entries[index].data, as: UTF8.self)
                .replacingOccurrences(of: "\"version\": \"1.0.0\"", with: "\"version\": \"1.0.1\"").utf8)
            artifacts[path] = try ArchiveWriter.write(entries, format: .tarGzip)
        })
        XCTAssertEqual(otherVersion.status, 422)
        XCTAssertTrue(otherVersion.message.contains("name @acme/shop-protos and version 1.0.0"), otherVersion.message)

        guard case .created = try await service.publish(module: shop, version: try SemVer("1.0.0"), bundle: try repacked(bundle) { _, _ in })
        else { return XCTFail("the bundle as built is accepted") }
    }
}
