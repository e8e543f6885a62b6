import ArchiveKit
import Foundation
import ProtoBundle
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
import XCTest

final class SourceCompilationTests: XCTestCase {
    var dir = ""
    var service: RegistryService!

    override func setUp() async throws {
        dir = try FileSystem.makeTemporaryDirectory()
        service = RegistryService(store: try await SQLiteBackend.open(path: "\(dir)/db.sqlite"),
                                  blobs: try FileBlobStore(directory: "\(dir)/blobs"), publicRead: false)
    }

    override func tearDown() async throws {
        try await service.store.shutdown()
        FileSystem.remove(dir)
    }

    /// A bundle whose digests all verify but whose source no longer compiles: only the compile
    /// check can catch it.
    func testABundleWhoseSourcesDoNotCompileIsRefused() async throws {
        let good = try ArchiveReader.read(try BundleFactory.bundle(version: "1.0.0"))
        var entries = good
        let source = entries.firstIndex { $0.path.hasPrefix("proto/") }!
        entries[source].data = Data("syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { NoSuchType id = 1; }\n".utf8)
        var manifest = try JSONDecoder().decode(BundleManifest.self, from: entries[0].data)
        manifest.digests[entries[source].path] = SHA256Hex.of(entries[source].data)
        entries[0].data = try manifest.encoded()
        let tampered = try ArchiveWriter.write(entries, format: .tarGzip)
        do {
            _ = try await service.publish(module: try ModuleName("acme/shop"), version: try SemVer("1.0.0"), bundle: tampered)
            XCTFail("sources that do not compile were accepted")
        } catch let r as PublishRefusal {
            XCTAssertEqual(r.status, 422)
            XCTAssertTrue(r.message.contains("do not compile"), r.message)
            XCTAssertEqual(r.findings.first?.startLine, 3)
        }
        try await assertEqual(try await service.store.modules().count, 0)
    }

    func testADependencyThatIsNotPublishedHereIsRefused() async throws {
        let entries = try ArchiveReader.read(try BundleFactory.bundle(version: "1.0.0"))
        var copy = entries
        var manifest = try JSONDecoder().decode(BundleManifest.self, from: copy[0].data)
        manifest.deps = ["acme/missing": "^1.0"]
        copy[0].data = try manifest.encoded()
        let bundle = try ArchiveWriter.write(copy, format: .tarGzip)
        do {
            _ = try await service.publish(module: try ModuleName("acme/shop"), version: try SemVer("1.0.0"), bundle: bundle)
            XCTFail("a bundle with an unpublished dependency was accepted")
        } catch let r as PublishRefusal {
            XCTAssertEqual(r.status, 422)
            XCTAssertTrue(r.message.contains("acme/missing"), r.message)
        }
    }
}
