import Foundation
import Hummingbird
import HummingbirdTesting
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
import RegistryServer
import XCTest

/// The HTTP surface, through Hummingbird's test client (no socket): statuses a client can act on.
final class RegistryRouterTests: XCTestCase {
    var dir = ""

    override func tearDown() { FileSystem.remove(dir) }

    func withApp(maxUpload: Int = 64 << 20, _ body: (RegistryService, any TestClientProtocol) async throws -> Void) async throws {
        dir = try FileSystem.makeTemporaryDirectory()
        let config = RegistryConfiguration(dataDirectory: dir, port: 0, maxUploadBytes: maxUpload)
        let service = try await RegistryApplication.openService(config)
        let app = try RegistryApplication.buildApplication(config, service: service) { _, _ in }
        try await app.test(.router) { client in try await body(service, client) }
        try await service.store.shutdown()
    }

    func bundle(_ version: String, _ proto: String? = nil) throws -> ByteBuffer {
        let text = proto ?? "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; }\n"
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data("name: acme/shop\nversion: \(version)\ntargets:\n  descriptor: {}\n".utf8), to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data(text.utf8), to: "\(dir)/proto/acme/shop/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        _ = try ModuleBuilderForTests.build(dir, env)
        return ByteBuffer(bytes: try FileSystem.read("\(dir)/dist/acme-shop-\(version).protopkg.tgz"))
    }

    func testStatuses() async throws {
        try await withApp { service, client in
            let publisher = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
            let stranger = try await service.createToken(scopes: [try TokenScope("publish:other/*")])
            let reader = try await service.createToken(scopes: [.read])
            let path = "/api/v1/modules/acme/shop/versions/1.0.0"
            let body = try bundle("1.0.0")
            try await client.execute(uri: "/healthz", method: .get) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: path, method: .put, body: body) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: path, method: .put, headers: [.authorization: "Bearer wrong"], body: body) {
                XCTAssertEqual($0.status, .unauthorized)
            }
            try await client.execute(uri: path, method: .put, headers: [.authorization: "Bearer \(stranger)"], body: body) {
                XCTAssertEqual($0.status, .forbidden)
            }
            try await client.execute(uri: path + "/check", method: .post, headers: [.authorization: "Bearer \(publisher)"], body: body) {
                XCTAssertEqual($0.status, .ok)
            }
            try await client.execute(uri: path, method: .put, headers: [.authorization: "Bearer \(publisher)"], body: body) {
                XCTAssertEqual($0.status, .created)
            }
            try await client.execute(uri: path, method: .put, headers: [.authorization: "Bearer \(publisher)"], body: body) {
                XCTAssertEqual($0.status, .ok, "identical republish is a no-op")
            }
            let other = try bundle("1.0.0", "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; string n = 2; }\n")
            try await client.execute(uri: path, method: .put, headers: [.authorization: "Bearer \(publisher)"], body: other) {
                XCTAssertEqual($0.status, .conflict)
            }
            let breaking = try bundle("1.1.0", "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { reserved 1; }\n")
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.1.0", method: .put,
                                     headers: [.authorization: "Bearer \(publisher)"], body: breaking) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                XCTAssertEqual(json["acceptable_version"] as? String, "2.0.0")
                XCTAssertEqual((json["changes"] as? [[String: Any]])?.first?["type"] as? String, "FIELD_NO_DELETE")
            }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions", method: .get) { XCTAssertEqual($0.status, .unauthorized) }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions", method: .get, headers: [.authorization: "Bearer \(reader)"]) { response in
                XCTAssertEqual(response.status, .ok)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                XCTAssertEqual((json["versions"] as? [[String: Any]])?.map { $0["version"] as? String }, ["1.0.0"])
            }
            try await client.execute(uri: "/api/v1/modules/acme/nothing/versions", method: .get, headers: [.authorization: "Bearer \(reader)"]) {
                XCTAssertEqual($0.status, .notFound)
            }
            try await client.execute(uri: path + "/bundle", method: .get, headers: [.authorization: "Bearer \(reader)"]) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Data(buffer: response.body), Data(buffer: body))
            }
            try await client.execute(uri: "/api/v1/modules/acme/shop/resolve?range=%5E1.0", method: .get,
                                     headers: [.authorization: "Bearer \(reader)"]) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                XCTAssertEqual(json["version"] as? String, "1.0.0")
            }
        }
    }

    func testOversizedUploadsAreCutOffWith413() async throws {
        try await withApp(maxUpload: 1024) { service, client in
            let token = try await service.createToken(scopes: [.admin])
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0", method: .put,
                                     headers: [.authorization: "Bearer \(token)"],
                                     body: ByteBuffer(bytes: [UInt8](repeating: 7, count: 100_000))) {
                XCTAssertEqual($0.status, .contentTooLarge)
            }
        }
    }

    func testMetricsCountRequestsAndPublishes() async throws {
        try await withApp { service, client in
            let token = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
            try await client.execute(uri: "/healthz", method: .get) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0", method: .put, body: try bundle("1.0.0")) {
                XCTAssertEqual($0.status, .unauthorized)
            }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0", method: .put,
                                     headers: [.authorization: "Bearer \(token)"], body: try bundle("1.0.0")) {
                XCTAssertEqual($0.status, .created)
            }
            try await client.execute(uri: "/no/such/path", method: .get) { XCTAssertEqual($0.status, .notFound) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/plain; version=0.0.4; charset=utf-8")
                let text = String(buffer: response.body)
                let lines = Set(text.split(separator: "\n").map(String.init))
                XCTAssert(lines.contains(#"protopkg_registry_http_requests_total{method="GET",route="/healthz",status="200"} 1"#), text)
                XCTAssert(lines.contains(#"protopkg_registry_http_requests_total{method="GET",route="NotFound",status="404"} 1"#), text)
                XCTAssert(lines.contains(#"protopkg_registry_http_request_duration_seconds_count{method="GET",route="/healthz"} 1"#), text)
                XCTAssert(lines.contains(#"protopkg_registry_publishes_total{outcome="unauthorized"} 1"#), text)
                XCTAssert(lines.contains(#"protopkg_registry_publishes_total{outcome="created"} 1"#), text)
                XCTAssert(text.contains("# TYPE protopkg_registry_http_request_duration_seconds histogram"), text)
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                XCTAssert(String(buffer: response.body).contains(#"route="/metrics",status="200"} 1"#), "the first scrape is counted")
            }
        }
    }

    /// Reads are cached, but a publish or a yank through this server shows at once.
    func testReadsSeePublishesAndYanksAtOnce() async throws {
        try await withApp { service, client in
            let token = try await service.createToken(scopes: [.admin])
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            func versions() async throws -> [String] {
                try await client.execute(uri: "/api/v1/modules/acme/shop/versions", method: .get, headers: auth) { response in
                    let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                    return ((json["versions"] as? [[String: Any]]) ?? []).map { "\($0["version"]!)\($0["yanked"] as? Bool == true ? "-" : "")" }
                }
            }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0", method: .put, headers: auth, body: try bundle("1.0.0")) {
                XCTAssertEqual($0.status, .created)
            }
            let first = try await versions()
            XCTAssertEqual(first, ["1.0.0"])
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0/bundle", method: .get, headers: auth) {
                XCTAssertEqual($0.status, .ok)
            }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.1.0", method: .get, headers: auth) {
                XCTAssertEqual($0.status, .notFound)
            }
            let minor = "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; string note = 2; }\n"
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.1.0", method: .put, headers: auth, body: try bundle("1.1.0", minor)) {
                XCTAssertEqual($0.status, .created)
            }
            let second = try await versions()
            XCTAssertEqual(second, ["1.0.0", "1.1.0"])
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.1.0", method: .get, headers: auth) {
                XCTAssertEqual($0.status, .ok)
            }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.1.0/yank", method: .post, headers: auth) {
                XCTAssertEqual($0.status, .ok)
            }
            let third = try await versions()
            XCTAssertEqual(third, ["1.0.0", "1.1.0-"])
            try await client.execute(uri: "/api/v1/modules/acme/shop/resolve?range=%5E1.0", method: .get, headers: auth) { response in
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                XCTAssertEqual(json["version"] as? String, "1.0.0")
            }
            try await client.execute(uri: "/api/v1/modules", method: .get, headers: auth) { response in
                XCTAssertEqual(String(buffer: response.body), "{\"modules\":[\"acme/shop\"]}\n")
            }
        }
    }
}
