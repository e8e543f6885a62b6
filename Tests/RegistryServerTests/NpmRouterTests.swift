import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
@testable import RegistryServer
import XCTest

/// The npm registry's answers through Hummingbird's test client; npm itself installs from it in
/// Tests/integration/npm.sh.
final class NpmRouterTests: XCTestCase {
    var dirs: [String] = []

    override func tearDown() { dirs.forEach(FileSystem.remove) }

    static let install = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"

    func withApp(publicRead: Bool = true, _ body: (RegistryService, any TestClientProtocol) async throws -> Void) async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        dirs.append(dir)
        let config = RegistryConfiguration(dataDirectory: dir, port: 0, publicRead: publicRead)
        try await TestRegistry.run(config, .router, body)
    }

    /// The bundle and the npm tarball of acme/NAME at `version`, built with `targets`.
    func build(_ version: String, name: String = "shop", targets: String = "  node: {}\n", note: Bool = false) throws
        -> (bundle: Data, tarball: Data?) {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        dirs.append(dir)
        try FileSystem.writeAtomically(Data("name: acme/\(name)\nversion: \(version)\ntargets:\n\(targets)".utf8), to: "\(dir)/protopkg.yaml")
        let fields = note ? "string id = 1; string note = 2;" : "string id = 1;"
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\npackage acme.\(name).v1;\nmessage Order { \(fields) }\n".utf8),
                                       to: "\(dir)/proto/acme/\(name)/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        let report = try ModuleBuilderForTests.build(dir, env)
        var plain = try SemVer(version)
        plain.build = []
        return (try FileSystem.read(report.bundlePath), try? FileSystem.read("\(dir)/dist/npm/acme-\(name)-protos-\(plain).tgz"))
    }

    func publish(_ service: RegistryService, _ version: String, note: Bool = false) async throws -> Data {
        let built = try build(version, note: note)
        _ = try await service.publish(module: try ModuleName("acme/shop"), version: try SemVer(version), bundle: built.bundle)
        return try XCTUnwrap(built.tarball)
    }

    func get(_ client: any TestClientProtocol, _ uri: String, _ headers: HTTPFields = [:]) async throws
        -> (status: HTTPResponse.Status, headers: HTTPFields, body: Data) {
        try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, $0.headers, Data(buffer: $0.body)) }
    }

    func json(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testFullPackument() async throws {
        try await withApp { service, client in
            let v1 = try await publish(service, "1.0.0")
            let v11 = try await publish(service, "1.1.0", note: true)
            for uri in ["/npm/@acme%2fshop-protos", "/npm/@acme%2Fshop-protos", "/npm/@acme/shop-protos"] {
                let answer = try await get(client, uri, [.accept: "application/json"])
                XCTAssertEqual(answer.status, .ok, uri)
                XCTAssertEqual(answer.headers[.contentType], "application/json", uri)
                let doc = try json(answer.body)
                XCTAssertEqual(doc["name"] as? String, "@acme/shop-protos")
                XCTAssertEqual(doc["_id"] as? String, "@acme/shop-protos")
                XCTAssertEqual(doc["dist-tags"] as? [String: String], ["latest": "1.1.0"])
                let time = try XCTUnwrap(doc["time"] as? [String: String])
                XCTAssertEqual(Set(time.keys), ["created", "modified", "1.0.0", "1.1.0"])
                let versions = try XCTUnwrap(doc["versions"] as? [String: [String: Any]])
                XCTAssertEqual(Set(versions.keys), ["1.0.0", "1.1.0"])
                for (version, tarball) in [("1.0.0", v1), ("1.1.0", v11)] {
                    let object = try XCTUnwrap(versions[version])
                    XCTAssertEqual(object["_id"] as? String, "@acme/shop-protos@\(version)")
                    XCTAssertEqual(object["main"] as? String, "./index.js", "the version object is the tarball's package.json")
                    XCTAssertNotNil(object["exports"])
                    XCTAssertNil(object["deprecated"])
                    let dist = try XCTUnwrap(object["dist"] as? [String: Any])
                    XCTAssertEqual(dist["tarball"] as? String, "http://localhost/npm/@acme/shop-protos/-/shop-protos-\(version).tgz")
                    XCTAssertEqual(dist["integrity"] as? String, "sha512-" + Data(SHA512.hash(data: tarball)).base64EncodedString())
                    XCTAssertEqual(dist["shasum"] as? String, Insecure.SHA1.hash(data: tarball).map { String(format: "%02x", $0) }.joined())
                    // The tarball URL serves the exact bytes published.
                    let download = try await get(client, String((dist["tarball"] as! String).dropFirst("http://localhost".count)))
                    XCTAssertEqual(download.status, .ok)
                    XCTAssertEqual(download.body, tarball)
                }
            }
        }
    }

    func testAbbreviatedPackument() async throws {
        try await withApp { service, client in
            _ = try await publish(service, "1.0.0")
            let answer = try await get(client, "/npm/@acme%2fshop-protos", [.accept: Self.install])
            XCTAssertEqual(answer.status, .ok)
            XCTAssertEqual(answer.headers[.contentType], "application/vnd.npm.install-v1+json")
            let doc = try json(answer.body)
            XCTAssertEqual(Set(doc.keys), ["name", "modified", "dist-tags", "versions"])
            let version = try XCTUnwrap((doc["versions"] as? [String: [String: Any]])?["1.0.0"])
            XCTAssertEqual(Set(version.keys), ["name", "version", "peerDependencies", "peerDependenciesMeta", "engines", "dist",
                                               "_hasShrinkwrap"])
            XCTAssertEqual(version["_hasShrinkwrap"] as? Bool, false)
            // The same path with the full document's Accept is another answer, not the cached one.
            let full = try await get(client, "/npm/@acme%2fshop-protos", [.accept: "application/json"])
            XCTAssertNotNil(try json(full.body)["time"])
            // q=0 declines the abbreviated form.
            let declined = try await get(client, "/npm/@acme%2fshop-protos", [.accept: "application/vnd.npm.install-v1+json;q=0, application/json"])
            XCTAssertNotNil(try json(declined.body)["time"])
        }
    }

    func testTarballURLsFollowTheOriginTheClientUsed() async throws {
        try await withApp { service, client in
            _ = try await publish(service, "1.0.0")
            func tarball(_ headers: HTTPFields) async throws -> String? {
                let doc = try json(try await get(client, "/npm/@acme%2fshop-protos", headers).body)
                return ((doc["versions"] as? [String: [String: Any]])?["1.0.0"]?["dist"] as? [String: Any])?["tarball"] as? String
            }
            let forwarded: HTTPFields = [NpmRequest.forwardedHost: "npm.example.com", NpmRequest.forwardedProto: "https"]
            let viaProxy = try await tarball(forwarded)
            XCTAssertEqual(viaProxy, "https://npm.example.com/npm/@acme/shop-protos/-/shop-protos-1.0.0.tgz")
            let direct = try await tarball([:])
            XCTAssertEqual(direct, "http://localhost/npm/@acme/shop-protos/-/shop-protos-1.0.0.tgz", "not the proxied answer from the cache")
        }
    }

    func testYankedVersionsAreDeprecatedAndLeaveLatest() async throws {
        try await withApp { service, client in
            _ = try await publish(service, "1.0.0")
            let yanked = try await publish(service, "1.1.0", note: true)
            try await service.setYanked(try ModuleName("acme/shop"), try SemVer("1.1.0"), true)
            let doc = try json(try await get(client, "/npm/@acme%2fshop-protos", [.accept: Self.install]).body)
            XCTAssertEqual(doc["dist-tags"] as? [String: String], ["latest": "1.0.0"])
            let versions = try XCTUnwrap(doc["versions"] as? [String: [String: Any]])
            XCTAssertTrue((versions["1.1.0"]?["deprecated"] as? String)?.contains("yanked") == true)
            XCTAssertNil(versions["1.0.0"]?["deprecated"])
            // Still served, for lockfiles that pinned it.
            let download = try await get(client, "/npm/@acme/shop-protos/-/shop-protos-1.1.0.tgz")
            XCTAssertEqual(download.body, yanked)
        }
    }

    func testUnknownNamesAre404() async throws {
        try await withApp { service, client in
            _ = try await publish(service, "1.0.0")
            let other = try build("1.0.0", name: "plain", targets: "  descriptor: {}\n")
            _ = try await service.publish(module: try ModuleName("acme/plain"), version: try SemVer("1.0.0"), bundle: other.bundle)
            for uri in ["/npm/@acme%2fnope-protos", "/npm/@acme%2fshop", "/npm/lodash", "/npm/@grpc%2fgrpc-js",
                        "/npm/@acme%2fplain-protos", "/npm/@acme/shop-protos/-/shop-protos-9.9.9.tgz",
                        "/npm/@acme/shop-protos/-/other-1.0.0.tgz", "/npm/@acme/shop-protos/1.0.0", "/npm/"] {
                let answer = try await get(client, uri, [.accept: Self.install])
                XCTAssertEqual(answer.status, .notFound, uri)
                XCTAssertNotNil(try json(answer.body)["error"], uri)
            }
        }
    }

    func testTokensAsNpmSendsThem() async throws {
        try await withApp(publicRead: false) { service, client in
            _ = try await publish(service, "1.0.0")
            let reader = try await service.createToken(scopes: [.read])
            let uris = ["/npm/@acme%2fshop-protos", "/npm/@acme/shop-protos/-/shop-protos-1.0.0.tgz"]
            for uri in uris {
                let anonymous = try await get(client, uri, [.accept: Self.install])
                XCTAssertEqual(anonymous.status, .unauthorized, uri)
                let wrong = try await get(client, uri, [.accept: Self.install, .authorization: "Bearer nope"])
                XCTAssertEqual(wrong.status, .unauthorized, uri)
                let bearer = try await get(client, uri, [.accept: Self.install, .authorization: "Bearer \(reader)"])
                XCTAssertEqual(bearer.status, .ok, uri)
            }
        }
    }

    func testNpmPublishIsRefusedWithTheWayThatWorks() async throws {
        try await withApp { _, client in
            try await client.execute(uri: "/npm/@acme%2fshop-protos", method: .put, body: ByteBuffer(string: "{}")) {
                XCTAssertEqual($0.status, .methodNotAllowed)
                XCTAssertTrue(String(buffer: $0.body).contains("protopkg publish"))
            }
        }
    }

    func testAcceptAndPathParsing() {
        XCTAssertTrue(NpmRequest.wantsAbbreviated(Self.install))
        XCTAssertTrue(NpmRequest.wantsAbbreviated("application/vnd.npm.install-v1+json"))
        XCTAssertFalse(NpmRequest.wantsAbbreviated("application/json"))
        XCTAssertFalse(NpmRequest.wantsAbbreviated("application/vnd.npm.install-v1+json; q=0"))
        XCTAssertFalse(NpmRequest.wantsAbbreviated(nil))
        XCTAssertEqual(NpmRequest.target("@acme/shop-protos"), .packument("@acme/shop-protos"))
        XCTAssertEqual(NpmRequest.target("@acme/shop-protos/-/shop-protos-1.0.0.tgz"),
                       .tarball(package: "@acme/shop-protos", file: "shop-protos-1.0.0.tgz"))
        XCTAssertNil(NpmRequest.target("shop-protos"))
        XCTAssertNil(NpmRequest.target("@acme/shop-protos/1.0.0"))
        XCTAssertNil(NpmRequest.target("@/x"))
        XCTAssertEqual(ModuleName.owning(npmPackage: "@acme/shop-protos"), try ModuleName("acme/shop"))
        XCTAssertNil(ModuleName.owning(npmPackage: "@acme/shop"))
        XCTAssertNil(ModuleName.owning(npmPackage: "@Acme/shop-protos"))
    }

    /// The page cache tells npm's two representations and two origins apart.
    func testCacheKeys() {
        func head(_ fields: HTTPFields, authority: String = "reg:8080") -> HTTPRequest {
            HTTPRequest(method: .get, scheme: nil, authority: authority, path: "/npm/@acme%2fshop-protos", headerFields: fields)
        }
        let path = "/npm/@acme%2fshop-protos"
        let keys = [HotReads.key(path: path, head: head([.accept: Self.install])),
                    HotReads.key(path: path, head: head([.accept: "application/json"])),
                    HotReads.key(path: path, head: head([.accept: Self.install], authority: "other:8080")),
                    HotReads.key(path: path, head: head([.accept: Self.install, NpmRequest.forwardedProto: "https"]))]
        XCTAssertEqual(Set(keys).count, keys.count, "\(keys)")
        XCTAssertEqual(HotReads.key(path: path, head: head([.accept: "application/vnd.npm.install-v1+json"])), keys[0])
    }
}
