import Foundation
import Hummingbird
import HummingbirdTesting
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
@testable import RegistryServer
import XCTest

/// The Go module proxy's answers through Hummingbird's test client; the real go client runs in
/// Tests/integration/goproxy.sh.
final class GoProxyRouterTests: XCTestCase {
    var dirs: [String] = []

    override func tearDown() { dirs.forEach(FileSystem.remove) }

    func withApp(_ body: (RegistryService, any TestClientProtocol) async throws -> Void) async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        dirs.append(dir)
        let config = RegistryConfiguration(dataDirectory: dir, port: 0, publicRead: true)
        let service = try await RegistryApplication.openService(config)
        let app = try RegistryApplication.buildApplication(config, service: service) { _, _ in }
        try await app.test(.router) { client in try await body(service, client) }
        try await service.store.shutdown()
    }

    /// A bundle of `name` at `version` with a Go target for `goModule`.
    func bundle(_ name: String, _ version: String, goModule: String) throws -> Data {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        dirs.append(dir)
        let package = name.replacingOccurrences(of: "/", with: ".")
        try FileSystem.writeAtomically(Data("name: \(name)\nversion: \(version)\ntargets:\n  go: { module: \(goModule) }\n".utf8),
                                       to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\npackage \(package).v1;\nmessage Order { string id = 1; }\n".utf8),
                                       to: "\(dir)/proto/\(name)/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        let report = try ModuleBuilderForTests.build(dir, env)
        return try FileSystem.read(report.bundlePath)
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
    }

    func testProtocolAnswers() async throws {
        try await withApp { service, client in
            _ = try await service.publish(module: try ModuleName("acme/shop"), version: try SemVer("1.0.0"),
                                          bundle: try bundle("acme/shop", "1.0.0", goModule: "example.com/Acme/shop"))
            _ = try await service.publish(module: try ModuleName("acme/shop"), version: try SemVer("1.1.0-rc.1"),
                                          bundle: try bundle("acme/shop", "1.1.0-rc.1", goModule: "example.com/Acme/shop"))
            // The upper-case letter of the module path travels case-encoded.
            var (status, body) = try await get(client, "/go/example.com/!acme/shop/@v/list")
            XCTAssertEqual(status, .ok)
            XCTAssertEqual(body, "v1.0.0\nv1.1.0-rc.1\n")
            (status, body) = try await get(client, "/go/example.com/!acme/shop/@latest")
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(body.contains("\"Version\":\"v1.0.0\""), "a release beats a newer pre-release: \(body)")
            (status, body) = try await get(client, "/go/example.com/!acme/shop/@v/v1.1.0-rc.1.mod")
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(body.hasPrefix("module example.com/Acme/shop\n"), body)
            (status, _) = try await get(client, "/go/example.com/%21acme/shop/@v/v1.0.0.zip")
            XCTAssertEqual(status, .ok)
            for missing in ["/go/example.com/acme/shop/@v/list", "/go/example.com/!acme/shop/@v/v2.0.0.info",
                            "/go/example.com/!acme/shop/@v/v1.0.0.tar", "/go/example.com/!acme/shop", "/go/example.com/!Acme/shop/@v/list"] {
                (status, body) = try await get(client, missing)
                XCTAssertEqual(status, .notFound, missing)
                XCTAssertTrue(body.hasPrefix("not found: "), body)
            }
        }
    }

    func testAGoModulePathBelongsToOneModule() async throws {
        try await withApp { service, _ in
            _ = try await service.publish(module: try ModuleName("acme/shop"), version: try SemVer("1.0.0"),
                                          bundle: try bundle("acme/shop", "1.0.0", goModule: "example.com/acme/shop"))
            do {
                _ = try await service.publish(module: try ModuleName("acme/other"), version: try SemVer("1.0.0"),
                                              bundle: try bundle("acme/other", "1.0.0", goModule: "example.com/acme/shop"))
                XCTFail("a second module claimed example.com/acme/shop")
            } catch let refusal as PublishRefusal {
                XCTAssertEqual(refusal.status, 422)
                XCTAssertTrue(refusal.message.contains("belongs to acme/shop"), refusal.message)
            }
        }
    }

    func testPathEncoding() {
        XCTAssertEqual(GoModulePathEncoding.decode("github.com/!azure/!a!b"), "github.com/Azure/AB")
        XCTAssertNil(GoModulePathEncoding.decode("github.com/Azure"))
        XCTAssertNil(GoModulePathEncoding.decode("github.com/!1"))
        XCTAssertNil(GoModulePathEncoding.decode("trailing!"))
        XCTAssertEqual(GoModulePathEncoding.encode("github.com/Azure/AB"), "github.com/!azure/!a!b")
    }

    func testTLSFilesAreCheckedBeforeServing() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        dirs.append(dir)
        XCTAssertThrowsError(try RegistryApplication.validate(RegistryConfiguration(dataDirectory: dir, tlsCertificate: "\(dir)/c.pem"))) {
            XCTAssertTrue(($0 as! ProtopkgError).message.contains("both a certificate and its private key"))
        }
        XCTAssertThrowsError(try RegistryApplication.validate(RegistryConfiguration(dataDirectory: dir, tlsCertificate: "\(dir)/c.pem",
                                                                                    tlsKey: "\(dir)/k.pem"))) {
            XCTAssertTrue(($0 as! ProtopkgError).message.contains("cannot read the TLS certificate"))
        }
    }
}
