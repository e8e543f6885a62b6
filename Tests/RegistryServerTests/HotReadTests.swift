import Foundation
import Hummingbird
import HummingbirdTesting
import ProtopkgBasics
import RegistryCore
import RegistryServer
import XCTest

/// Reads answered from the caches on the event loop (`HotReadHandler`), through a real socket:
/// they must be the router's answers, in request order, and never outlive a publish or a yank.
final class HotReadTests: XCTestCase {
    var dir = ""

    override func tearDown() { FileSystem.remove(dir) }

    func withLiveApp(_ body: (RegistryService, any TestClientProtocol) async throws -> Void) async throws {
        dir = try FileSystem.makeTemporaryDirectory()
        let config = RegistryConfiguration(dataDirectory: dir, port: 0, publicRead: true)
        try await TestRegistry.run(config, .live, body)
    }

    func bundle(_ version: String, _ proto: String) throws -> ByteBuffer {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        defer { FileSystem.remove(dir) }
        let manifest = "name: acme/shop\nversion: \(version)\ntargets:\n  descriptor: {}\n  python: {}\n  node: {}\n"
        try FileSystem.writeAtomically(Data(manifest.utf8), to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data(proto.utf8), to: "\(dir)/proto/acme/shop/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        _ = try ModuleBuilderForTests.build(dir, env)
        return ByteBuffer(bytes: try FileSystem.read("\(dir)/dist/acme-shop-\(version).protopkg.tgz"))
    }

    static let npmInstall = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"
    static let v1 = "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; }\n"
    static let v11 = "syntax = \"proto3\";\npackage acme.shop.v1;\nmessage Order { string id = 1; string note = 2; }\n"

    func cacheAnswers(_ client: any TestClientProtocol) async throws -> Int {
        try await client.execute(uri: "/metrics", method: .get) { response in
            let line = String(buffer: response.body).split(separator: "\n").first { $0.hasPrefix("protopkg_registry_cache_answers_total ") }
            return Int(line?.split(separator: " ").last ?? "") ?? -1
        }
    }

    func testCachedAnswersAreTheRoutersAnswers() async throws {
        try await withLiveApp { service, client in
            let token = try await service.createToken(scopes: [.admin])
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0", method: .put,
                                     headers: [.authorization: "Bearer \(token)"], body: try bundle("1.0.0", Self.v1)) {
                XCTAssertEqual($0.status, .created)
            }
            let reads: [(String, HTTPFields)] = [
                ("/api/v1/modules", [:]),
                ("/api/v1/modules/acme/shop/versions", [:]),
                ("/api/v1/modules/acme/shop/versions/1.0.0", [:]),
                ("/api/v1/modules/acme/shop/versions/1.0.0/bundle", [:]),
                ("/api/v1/modules/acme/shop/versions/1.0.0/python", [:]),
                ("/pypi/simple/", [:]),
                ("/pypi/simple/acme-shop-protos/", [:]),
                ("/pypi/simple/acme-shop-protos/", [.accept: "application/vnd.pypi.simple.v1+json"]),
                ("/api/v1/modules/acme/shop/versions/1.0.0/descriptor", [.authorization: "Bearer \(token)"]),
                // npm's two representations of one path are two answers.
                ("/npm/@acme%2fshop-protos", [.accept: Self.npmInstall]),
                ("/npm/@acme%2fshop-protos", [.accept: "application/json"]),
                ("/npm/@acme/shop-protos", [.accept: Self.npmInstall, .authorization: "Bearer \(token)"]),
                ("/npm/@acme/shop-protos/-/shop-protos-1.0.0.tgz", [:]),
                // The HTML pages, a query included.
                ("/acme/shop", [:]),
                ("/acme/shop/1.0.0", [:]),
                ("/acme/shop/1.0.0?package=acme.shop.v1", [:]),
                ("/acme/shop/1.0.0/files/acme/shop/v1/order.proto", [:]),
            ]
            let before = try await cacheAnswers(client)
            for (uri, headers) in reads {
                let first = try await client.execute(uri: uri, method: .get, headers: headers) { $0 }
                let second = try await client.execute(uri: uri, method: .get, headers: headers) { $0 }
                XCTAssertEqual(first.status, .ok, uri)
                XCTAssertEqual(second.status, first.status, uri)
                XCTAssertEqual(Data(buffer: second.body), Data(buffer: first.body), uri)
                var a = first.headers, b = second.headers
                a[.date] = nil
                b[.date] = nil
                XCTAssertEqual(Array(b), Array(a), uri)
            }
            let after = try await cacheAnswers(client)
            XCTAssertEqual(after - before, reads.count, "every second read came from the caches")

            // The JSON variant is not the HTML page.
            try await client.execute(uri: "/pypi/simple/acme-shop-protos/", method: .get,
                                     headers: [.accept: "application/vnd.pypi.simple.v1+json"]) { response in
                XCTAssertEqual(response.headers[.contentType], "application/vnd.pypi.simple.v1+json")
            }
            for (accept, type) in [(Self.npmInstall, "application/vnd.npm.install-v1+json"), ("application/json", "application/json")] {
                try await client.execute(uri: "/npm/@acme%2fshop-protos", method: .get, headers: [.accept: accept]) { response in
                    XCTAssertEqual(response.headers[.contentType], type)
                }
            }
            // A bad token is refused, cached page or not.
            try await client.execute(uri: "/pypi/simple/acme-shop-protos/", method: .get, headers: [.authorization: "Bearer nope"]) {
                XCTAssertEqual($0.status, .unauthorized)
            }

            // A publish and a yank show at once.
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.1.0", method: .put,
                                     headers: [.authorization: "Bearer \(token)"], body: try bundle("1.1.0", Self.v11)) {
                XCTAssertEqual($0.status, .created)
            }
            try await client.execute(uri: "/pypi/simple/acme-shop-protos/", method: .get) { response in
                XCTAssert(String(buffer: response.body).contains("acme_shop_protos-1.1.0"))
            }
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.1.0/yank", method: .post,
                                     headers: [.authorization: "Bearer \(token)"]) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/pypi/simple/acme-shop-protos/", method: .get) { response in
                XCTAssert(String(buffer: response.body).contains("data-yanked"))
            }
            try await client.execute(uri: "/npm/@acme%2fshop-protos", method: .get, headers: [.accept: Self.npmInstall]) { response in
                XCTAssert(String(buffer: response.body).contains("\"deprecated\""))
            }
            try await client.execute(uri: "/acme/shop", method: .get) { response in
                XCTAssert(String(buffer: response.body).contains("<tr class=\"yanked\">"), String(buffer: response.body))
            }
        }
    }

    /// Publishes acme/shop 1.0.0 and reads its simple index page once, which caches it: the
    /// page, and the port to open raw connections to.
    func publishShop(_ service: RegistryService, _ client: any TestClientProtocol) async throws -> (page: String, port: Int) {
        let token = try await service.createToken(scopes: [.admin])
        try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0", method: .put,
                                 headers: [.authorization: "Bearer \(token)"], body: try bundle("1.0.0", Self.v1)) {
            XCTAssertEqual($0.status, .created)
        }
        let page = try await client.execute(uri: "/pypi/simple/acme-shop-protos/", method: .get) { String(buffer: $0.body) }
        return (page, try XCTUnwrap(client.port))
    }

    /// Two requests in one write: the router's answer to the first leaves before the cached
    /// answer to the second.
    func testPipelinedAnswersKeepRequestOrder() async throws {
        try await withLiveApp { service, client in
            let (page, port) = try await publishShop(service, client)
            let text = try Self.exchange(port: port, """
                GET /api/v1/modules/acme/shop/versions HTTP/1.1\r\nHost: x\r\n\r\n\
                GET /pypi/simple/acme-shop-protos/ HTTP/1.1\r\nHost: x\r\n\r\n
                """, until: "</html>\n")
            let versions = try XCTUnwrap(text.range(of: "\"module\":\"acme/shop\""))
            let html = try XCTUnwrap(text.range(of: page))
            XCTAssert(versions.upperBound <= html.lowerBound, text)
        }
    }

    /// Cached downloads and cached pages pipelined on one connection: every answer keeps its
    /// place and its bytes.
    func testDownloadsAndPagesPipelinedKeepOrder() async throws {
        try await withLiveApp { service, client in
            let token = try await service.createToken(scopes: [.admin])
            let published = try bundle("1.0.0", Self.v1)
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/1.0.0", method: .put,
                                     headers: [.authorization: "Bearer \(token)"], body: published) {
                XCTAssertEqual($0.status, .created)
            }
            let path = "/api/v1/modules/acme/shop/versions/1.0.0/bundle"
            let routed = try await client.execute(uri: path, method: .get) { Data(buffer: $0.body) }
            XCTAssertEqual(routed, Data(buffer: published))
            let page = try await client.execute(uri: "/pypi/simple/acme-shop-protos/", method: .get) { String(buffer: $0.body) }
            let before = try await cacheAnswers(client)
            let port = try XCTUnwrap(client.port)
            let text = try Self.exchange(port: port, """
                GET \(path) HTTP/1.1\r\nHost: x\r\n\r\n\
                GET /pypi/simple/acme-shop-protos/ HTTP/1.1\r\nHost: x\r\n\r\n\
                GET \(path) HTTP/1.1\r\nHost: x\r\n\r\n\
                GET /pypi/simple/acme-shop-protos/ HTTP/1.1\r\nHost: x\r\n\r\n
                """, until: "</html>\n")
            let after = try await cacheAnswers(client)
            XCTAssertEqual(after - before, 4, "all four answered from the caches")
            let heads = text.components(separatedBy: "HTTP/1.1 200 OK\r\n")
            XCTAssertEqual(heads.count, 5, text.prefix(2000).description)
            for (index, part) in heads.dropFirst().enumerated() {
                let lower = part.lowercased()
                if index % 2 == 0 {
                    XCTAssertTrue(lower.contains("content-length: \(routed.count)\r\n"), part.prefix(400).description)
                    XCTAssertTrue(lower.contains("content-type: application/gzip") || lower.contains("content-type: application/octet-stream"),
                                  part.prefix(400).description)
                } else {
                    XCTAssertTrue(part.hasSuffix(page), "the page follows the bundle whole")
                }
            }
        }
    }

    /// A cached answer read from the raw bytes (`RawHotReadHandler`) is byte for byte the one
    /// given after HTTP decoding (`HotReadHandler`, here because the head arrives in two
    /// writes), Date aside; and a request the router answers, between two cached ones, keeps its place.
    func testRawAnswersAreTheDecodedAnswersAndKeepOrderAroundTheRouter() async throws {
        try await withLiveApp { service, client in
            let (page, port) = try await publishShop(service, client)
            func withoutDate(_ text: String) -> String {
                text.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Date: ") }.joined(separator: "\r\n")
            }
            let request = "GET /pypi/simple/acme-shop-protos/ HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n"
            let raw = try Self.exchange(port: port, request, until: "</html>\n")
            let split = request.index(request.startIndex, offsetBy: 30)
            let decoded = try Self.exchange(port: port, [String(request[..<split]), String(request[split...])], until: "</html>\n")
            XCTAssertTrue(raw.hasPrefix("HTTP/1.1 200 OK\r\n") && raw.hasSuffix(page), raw)
            XCTAssertEqual(withoutDate(raw), withoutDate(decoded))

            let before = try await cacheAnswers(client)
            // The third request comes 100 ms later, once the router has answered the second: the
            // cache answers it again (with all three in one write, the router would, to keep order).
            let text = try Self.exchange(port: port, ["""
                GET /pypi/simple/acme-shop-protos/ HTTP/1.1\r\nHost: x\r\n\r\n\
                GET /api/v1/modules/acme/shop/versions HTTP/1.1\r\nHost: x\r\n\r\n
                """, "GET /pypi/simple/acme-shop-protos/ HTTP/1.1\r\nHost: x\r\n\r\n"], until: "</html>\n", times: 2)
            let heads = text.components(separatedBy: "HTTP/1.1 200 OK\r\n")
            guard heads.count == 4 else { return XCTFail("three answers, got: \(text)") }
            XCTAssertTrue(heads[1].hasSuffix(page))
            XCTAssertTrue(heads[2].contains("\"module\":\"acme/shop\""), heads[2])
            XCTAssertTrue(heads[3].hasSuffix(page))
            let after = try await cacheAnswers(client)
            XCTAssertEqual(after - before, 2, "the two page reads from the caches, the versions from the router")
        }
    }

    /// Sends the bytes on a new connection and reads until the text ends with `until` (5 s at most).
    static func exchange(port: Int, _ request: String, until: String, times: Int = 1) throws -> String {
        try exchange(port: port, [request], until: until, times: times)
    }

    /// The same, with the parts written 100 ms apart, until `until` was read `times` times.
    static func exchange(port: Int, _ parts: [String], until: String, times: Int = 1) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ProtopkgError("socket failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ProtopkgError("connect failed") }
        for (index, part) in parts.enumerated() {
            if index > 0 { usleep(100_000) }
            let bytes = Array(part.utf8)
            guard write(fd, bytes, bytes.count) == bytes.count else { throw ProtopkgError("write failed") }
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        for _ in 0..<1000 {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            received += chunk[0..<n]
            let text = String(decoding: received, as: UTF8.self)
            if text.hasSuffix(until) && text.components(separatedBy: until).count > times { break }
        }
        return String(decoding: received, as: UTF8.self)
    }
}
