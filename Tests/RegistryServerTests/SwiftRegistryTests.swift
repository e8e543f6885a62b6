import ArchiveKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ProtopkgBasics
import RegistryCore
import RegistryServer
import XCTest

/// The Swift package registry at /swift/ by the Swift Package Registry Service specification,
/// through a real socket (so that cached answers are checked too). Bundles are built with the
/// swift target, with the plugins `make setup` builds into `.build-swift-plugins/bin`.
final class SwiftRegistryTests: XCTestCase {
    var dirs: [String] = []
    override func tearDown() { dirs.forEach(FileSystem.remove) }

    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let v1 = "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; }\n"
    static let v11 = "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; string note = 2; }\n"
    static let v12 = "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; string note = 2; int32 n = 3; }\n"

    func withLiveApp(publicRead: Bool, _ body: (RegistryService, any TestClientProtocol) async throws -> Void) async throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        dirs.append(dir)
        let config = RegistryConfiguration(dataDirectory: dir, port: 0, publicRead: publicRead)
        let service = try await RegistryApplication.openService(config)
        let app = try RegistryApplication.buildApplication(config, service: service) { _, _ in }
        try await app.test(.live) { client in try await body(service, client) }
        try await service.store.shutdown()
    }

    /// (bundle, the swift source archive inside it).
    func build(_ version: String, _ proto: String) throws -> (bundle: ByteBuffer, zip: Data) {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        dirs.append(dir)
        let manifest = "name: acme/shop\nversion: \(version)\ntargets:\n  go: { module: example.com/acme/shop }\n  swift: {}\n"
        try FileSystem.writeAtomically(Data(manifest.utf8), to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data(proto.utf8), to: "\(dir)/proto/acme/shop/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = "\(Self.repositoryRoot)/.build-swift-plugins/bin:" + (env["PATH"] ?? "") + ":/usr/bin"
        _ = try ModuleBuilderForTests.build(dir, env)
        return (ByteBuffer(bytes: try FileSystem.read("\(dir)/dist/acme-shop-\(version).protopkg.tgz")),
                try FileSystem.read("\(dir)/dist/swift/acme.shop-protos-\(version).zip"))
    }

    func publish(_ client: any TestClientProtocol, _ token: String, _ version: String, _ bundle: ByteBuffer) async throws {
        try await client.execute(uri: "/api/v1/modules/acme/shop/versions/\(version)", method: .put,
                                 headers: [.authorization: "Bearer \(token)"], body: bundle) {
            XCTAssertEqual($0.status, .created)
        }
    }

    /// The registry's count of answers given from the caches (`HotReadHandler`).
    func cacheAnswers(_ client: any TestClientProtocol) async throws -> Int {
        try await client.execute(uri: "/metrics", method: .get) { response in
            let line = String(buffer: response.body).split(separator: "\n").first { $0.hasPrefix("protopkg_registry_cache_answers_total ") }
            return Int(line?.split(separator: " ").last ?? "") ?? -1
        }
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    /// A problem details answer (§3.3) with the given status.
    func assertProblem(_ response: TestResponse, _ status: HTTPResponse.Status, _ detail: String,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(response.status, status, file: file, line: line)
        XCTAssertEqual(response.headers[.contentType], "application/problem+json", file: file, line: line)
        XCTAssertEqual(response.headers[HTTPField.Name("Content-Version")!], "1", file: file, line: line)
        let object = try self.json(response)
        XCTAssertEqual(object["status"] as? Int, Int(status.code), file: file, line: line)
        let text = object["detail"] as? String ?? ""
        XCTAssertTrue(text.contains(detail), "detail \"\(text)\" lacks \"\(detail)\"", file: file, line: line)
    }

    func testReleasesMetadataManifestAndTheExactArchive() async throws {
        let (b1, zip1) = try build("1.0.0", Self.v1)
        let (b11, _) = try build("1.1.0", Self.v11)
        let (b12, _) = try build("1.2.0", Self.v12)
        try await withLiveApp(publicRead: true) { service, client in
            let token = try await service.createToken(scopes: [.admin])
            try await self.publish(client, token, "1.0.0", b1)
            try await self.publish(client, token, "1.1.0", b11)
            try await self.publish(client, token, "1.2.0", b12)
            try await service.setYanked(try .init("acme/shop"), try .init("1.2.0"), true)
            let accept: HTTPFields = [.accept: "application/vnd.swift.registry.v1+json"]

            for uri in ["/swift/acme/shop-protos", "/swift/ACME/Shop-Protos", "/swift/acme/shop-protos.json"] {
                try await client.execute(uri: uri, method: .get, headers: accept) { response in
                    XCTAssertEqual(response.status, .ok, uri)
                    XCTAssertEqual(response.headers[.contentType], "application/json")
                    XCTAssertEqual(response.headers[HTTPField.Name("Content-Version")!], "1")
                    let releases = try XCTUnwrap(try self.json(response)["releases"] as? [String: [String: Any]])
                    XCTAssertEqual(releases.keys.sorted(), ["1.0.0", "1.1.0", "1.2.0"])
                    XCTAssertNil(releases["1.1.0"]?["problem"])
                    let problem = try XCTUnwrap(releases["1.2.0"]?["problem"] as? [String: Any], "the yanked release")
                    XCTAssertEqual(problem["status"] as? Int, 410)
                    // Newest first, as the specification asks (JSON objects keep the text's order here).
                    let body = String(buffer: response.body)
                    XCTAssertLessThan(body.range(of: "1.2.0")!.lowerBound, body.range(of: "1.0.0")!.lowerBound)
                    XCTAssertTrue(response.headers[HTTPField.Name("Link")!]?.contains("/1.1.0>; rel=\"latest-version\"") == true)
                }
            }

            try await client.execute(uri: "/swift/acme/shop-protos/1.0.0", method: .get, headers: accept) { response in
                XCTAssertEqual(response.status, .ok)
                let object = try self.json(response)
                XCTAssertEqual(object["id"] as? String, "acme.shop-protos")
                XCTAssertEqual(object["version"] as? String, "1.0.0")
                let resource = try XCTUnwrap((object["resources"] as? [[String: Any]])?.first)
                XCTAssertEqual(resource["name"] as? String, "source-archive")
                XCTAssertEqual(resource["type"] as? String, "application/zip")
                XCTAssertEqual(resource["checksum"] as? String, SHA256Hex.of(zip1))
                XCTAssertEqual((object["metadata"] as? [String: Any])?["repositoryURLs"] as? [String], ["https://example.com/acme/shop"])
                XCTAssertNotNil(object["publishedAt"] as? String)
                let link = response.headers[HTTPField.Name("Link")!] ?? ""
                XCTAssertTrue(link.contains("</swift/acme/shop-protos/1.1.0>; rel=\"latest-version\""), link)
                XCTAssertTrue(link.contains("</swift/acme/shop-protos/1.1.0>; rel=\"successor-version\""), link)
                XCTAssertFalse(link.contains("predecessor-version"), link)
            }

            try await client.execute(uri: "/swift/acme/shop-protos/1.0.0.zip", method: .get,
                                     headers: [.accept: "application/vnd.swift.registry.v1+zip"]) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Data(buffer: response.body), zip1, "the exact bytes that were published")
                XCTAssertEqual(response.headers[.contentType], "application/zip")
                XCTAssertEqual(response.headers[.contentDisposition], "attachment; filename=\"shop-protos-1.0.0.zip\"")
                XCTAssertEqual(response.headers[HTTPField.Name("Content-Version")!], "1")
                XCTAssertEqual(response.headers[HTTPField.Name("Digest")!],
                               "sha-256=" + Data(SHA256Hex.of(zip1).hexBytes).base64EncodedString())
            }

            let manifest = try XCTUnwrap(try ArchiveReader.read(zip1, name: "zip").first { $0.path == "AcmeShopProtos/Package.swift" })
            try await client.execute(uri: "/swift/acme/shop-protos/1.0.0/Package.swift", method: .get,
                                     headers: [.accept: "application/vnd.swift.registry.v1+swift"]) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(Data(buffer: response.body), manifest.data)
                XCTAssertEqual(response.headers[.contentType], "text/x-swift")
                XCTAssertEqual(response.headers[.contentDisposition], "attachment; filename=\"Package.swift\"")
                XCTAssertEqual(response.headers[HTTPField.Name("Content-Version")!], "1")
            }
            try await client.execute(uri: "/swift/acme/shop-protos/1.0.0/Package.swift?swift-version=5.9", method: .get) { response in
                XCTAssertEqual(response.status, .seeOther, "no Package@swift-5.9.swift in the archive")
                XCTAssertEqual(response.headers[.location], "/swift/acme/shop-protos/1.0.0/Package.swift")
            }

            // A yanked release is still served by exact version, to whoever pinned it.
            try await client.execute(uri: "/swift/acme/shop-protos/1.2.0", method: .get, headers: accept) {
                XCTAssertEqual($0.status, .ok)
            }
            try await client.execute(uri: "/swift/acme/shop-protos/1.2.0.zip", method: .get) { XCTAssertEqual($0.status, .ok) }
        }
    }

    func testErrorsAreProblemDetailsWithContentVersion() async throws {
        let (b1, _) = try build("1.0.0", Self.v1)
        try await withLiveApp(publicRead: false) { service, client in
            let token = try await service.createToken(scopes: [.admin])
            let reader = try await service.createToken(scopes: [.read])
            try await self.publish(client, token, "1.0.0", b1)
            let auth: HTTPFields = [.authorization: "Bearer \(reader)"]

            try await client.execute(uri: "/swift/acme/shop-protos", method: .get) {
                try self.assertProblem($0, .unauthorized, "a token is required")
            }
            try await client.execute(uri: "/swift/acme/shop-protos/1.0.0.zip", method: .get, headers: [.authorization: "Bearer nope"]) {
                try self.assertProblem($0, .unauthorized, "unknown token")
            }
            try await client.execute(uri: "/swift/acme/shop-protos", method: .get, headers: auth) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/swift/acme/nothing-protos", method: .get, headers: auth) {
                try self.assertProblem($0, .notFound, "no package acme.nothing-protos")
            }
            try await client.execute(uri: "/swift/acme/shop-protos/9.9.9", method: .get, headers: auth) {
                try self.assertProblem($0, .notFound, "no version acme/shop@9.9.9")
            }
            try await client.execute(uri: "/swift/acme/shop-protos/not-a-version.zip", method: .get, headers: auth) {
                try self.assertProblem($0, .notFound, "no release not-a-version")
            }
            try await client.execute(uri: "/swift/nowhere", method: .get, headers: auth) {
                try self.assertProblem($0, .notFound, "no such endpoint")
            }
            var v2 = auth
            v2[.accept] = "application/vnd.swift.registry.v2+json"
            try await client.execute(uri: "/swift/acme/shop-protos", method: .get, headers: v2) {
                try self.assertProblem($0, .unsupportedMediaType, "unsupported API version")
            }
            var bad = auth
            bad[.accept] = "application/vnd.swift.registry.vx+json"
            try await client.execute(uri: "/swift/acme/shop-protos", method: .get, headers: bad) {
                try self.assertProblem($0, .badRequest, "invalid API version")
            }
            // The answer for version 1 was cached above; a request for version 2 still gets its 415.
            try await client.execute(uri: "/swift/acme/shop-protos", method: .get, headers: v2) {
                XCTAssertEqual($0.status, .unsupportedMediaType)
            }
            try await client.execute(uri: "/swift/acme/shop-protos/1.0.1", method: .put, headers: auth, body: ByteBuffer(string: "x")) {
                try self.assertProblem($0, .methodNotAllowed, "protopkg publish")
            }

            // §4.5: identifiers by URL.
            try await client.execute(uri: "/swift/identifiers?url=https://example.com/acme/shop.git", method: .get, headers: auth) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[HTTPField.Name("Content-Version")!], "1")
                XCTAssertEqual(try self.json(response)["identifiers"] as? [String], ["acme.shop-protos"])
            }
            try await client.execute(uri: "/swift/identifiers?url=https://registry.example/swift/acme/shop-protos/", method: .get,
                                     headers: auth) { response in
                XCTAssertEqual(try self.json(response)["identifiers"] as? [String], ["acme.shop-protos"])
            }
            try await client.execute(uri: "/swift/identifiers?url=https://example.com/acme/other", method: .get, headers: auth) {
                try self.assertProblem($0, .notFound, "no package is registered for https://example.com/acme/other")
            }
            try await client.execute(uri: "/swift/identifiers", method: .get, headers: auth) {
                try self.assertProblem($0, .badRequest, "?url=")
            }

            // SE-0378's login check.
            try await client.execute(uri: "/swift/login", method: .post, headers: auth) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[HTTPField.Name("Content-Version")!], "1")
            }
            try await client.execute(uri: "/swift/login", method: .post) { try self.assertProblem($0, .unauthorized, "send a registry token") }
        }
    }

    func testSecondReadsComeFromTheCachesWithTheSameHeaders() async throws {
        let (b1, _) = try build("1.0.0", Self.v1)
        try await withLiveApp(publicRead: true) { service, client in
            let token = try await service.createToken(scopes: [.admin])
            try await self.publish(client, token, "1.0.0", b1)
            let accept = "application/vnd.swift.registry.v1+json"
            let before = try await self.cacheAnswers(client)
            let uris = ["/swift/acme/shop-protos", "/swift/acme/shop-protos/1.0.0", "/swift/acme/shop-protos/1.0.0/Package.swift",
                        "/swift/acme/shop-protos/1.0.0.zip"]
            for uri in uris {
                let first = try await client.execute(uri: uri, method: .get, headers: [.accept: accept]) { $0 }
                let second = try await client.execute(uri: uri, method: .get, headers: [.accept: accept]) { $0 }
                XCTAssertEqual(first.status, .ok, uri)
                XCTAssertEqual(Data(buffer: second.body), Data(buffer: first.body), uri)
                var a = first.headers, b = second.headers
                a[.date] = nil
                b[.date] = nil
                XCTAssertEqual(Array(b), Array(a), uri)
                XCTAssertEqual(b[HTTPField.Name("Content-Version")!], "1", uri)
            }
            let after = try await self.cacheAnswers(client)
            XCTAssertEqual(after - before, uris.count, "every second read came from the caches")
        }
    }
}

extension String {
    /// The bytes a hex string spells.
    var hexBytes: [UInt8] {
        var bytes: [UInt8] = []
        var index = startIndex
        while index < endIndex, let next = self.index(index, offsetBy: 2, limitedBy: endIndex) {
            bytes.append(UInt8(self[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}
