import Foundation
import Hummingbird
import HummingbirdTesting
import ProtoPackaging
import ProtopkgBasics
import RegistryCore
@testable import RegistryServer
import XCTest

/// The registry's pages through Hummingbird's test client: what each page shows, the
/// changelogs a publish stores, sign-in on a private registry, and paths shared with protocols.
final class WebPagesTests: XCTestCase {
    var dir = ""

    override func tearDown() { FileSystem.remove(dir) }

    func withApp(publicRead: Bool, _ body: (RegistryService, any TestClientProtocol) async throws -> Void) async throws {
        dir = try FileSystem.makeTemporaryDirectory()
        let config = RegistryConfiguration(dataDirectory: dir, port: 0, publicRead: publicRead)
        try await TestRegistry.run(config, .router, body)
    }

    static let v1 = """
        syntax = "proto3";
        package acme.shop.v1;

        // An order placed in the shop.
        message Order {
          // The order's ID.
          string id = 1;
          // Who ordered.
          string customer_id = 2;
        }
        """
    static let v11 = v1.replacingOccurrences(of: "  string customer_id = 2;\n", with: "  string customer_id = 2;\n  // A note for the packer.\n  string note = 3;\n")
    static let v2 = v11.replacingOccurrences(of: "  // Who ordered.\n  string customer_id = 2;\n", with: "")

    func bundle(_ module: String, _ version: String, _ proto: String) throws -> ByteBuffer {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-bundle")
        defer { FileSystem.remove(dir) }
        let manifest = "name: \(module)\nversion: \(version)\ntargets:\n  descriptor: {}\n  python: {}\n  node: {}\n"
        try FileSystem.writeAtomically(Data(manifest.utf8), to: "\(dir)/protopkg.yaml")
        try FileSystem.writeAtomically(Data(proto.utf8), to: "\(dir)/proto/acme/shop/v1/order.proto")
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = (env["PATH"] ?? "") + ":/usr/bin"
        _ = try ModuleBuilderForTests.build(dir, env)
        let stem = module.replacingOccurrences(of: "/", with: "-")
        return ByteBuffer(bytes: try FileSystem.read("\(dir)/dist/\(stem)-\(version).protopkg.tgz"))
    }

    func publish(_ client: any TestClientProtocol, _ token: String, _ version: String, _ proto: String,
                 module: String = "acme/shop") async throws {
        let body = try bundle(module, version, proto)
        try await client.execute(uri: "/api/v1/modules/\(module)/versions/\(version)", method: .put,
                                 headers: [.authorization: "Bearer \(token)"], body: body) { response in
            XCTAssertEqual(response.status, .created, String(buffer: response.body))
        }
    }

    func get(_ client: any TestClientProtocol, _ uri: String, headers: HTTPFields = [:],
             status: HTTPResponse.Status = .ok) async throws -> (String, HTTPFields) {
        try await client.execute(uri: uri, method: .get, headers: headers) { response in
            XCTAssertEqual(response.status, status, "GET \(uri): \(String(buffer: response.body).prefix(300))")
            return (String(buffer: response.body), response.headers)
        }
    }

    func testPublicPages() async throws {
        try await withApp(publicRead: true) { service, client in
            let publisher = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
            try await publish(client, publisher, "1.0.0", Self.v1)
            try await publish(client, publisher, "1.1.0", Self.v11)
            try await publish(client, publisher, "2.0.0", Self.v2)

            // Each release's changelog was stored at publish, against the version below.
            let stored = try await service.store.changelogs(of: try ModuleName("acme/shop")).sorted { $0.version < $1.version }
            XCTAssertEqual(stored.map(\.version.description), ["1.0.0", "1.1.0", "2.0.0"])
            XCTAssertEqual(stored.map { $0.against?.description }, [nil, "1.0.0", "1.1.0"])

            let (home, headers) = try await get(client, "/")
            XCTAssertTrue(home.contains("<a href=\"/acme/shop\">acme/shop</a>"), home)
            XCTAssertTrue(headers[.contentSecurityPolicy]?.contains("script-src 'sha256-") == true)
            let (search, _) = try await get(client, "/?q=order")
            XCTAssertTrue(search.contains("<a href=\"/acme/shop/2.0.0#acme.shop.v1.Order\">acme.shop.v1.Order</a>"), search)

            let (module, _) = try await get(client, "/acme/shop")
            for version in ["2.0.0", "1.1.0", "1.0.0"] { XCTAssertTrue(module.contains("href=\"/acme/shop/\(version)\""), version) }
            XCTAssertTrue(module.contains("href=\"/acme/shop/diff/1.1.0...2.0.0\""), module)
            XCTAssertTrue(module.contains("1 breaking change</a>"), module)
            XCTAssertTrue(module.contains("1 addition</a>"), module)
            XCTAssertTrue(module.contains("bump-major"), module)
            let pip = "pip install --index-url http://localhost/pypi/simple/ &#39;acme-shop-protos==2.0.*&#39;"
            XCTAssertTrue(module.contains("data-copy=\"\(pip)\""), module)
            XCTAssertTrue(module.contains("protopkg add acme/shop@^2.0 --registry http://localhost"), module)
            // The module has a node target: npm's line, for the owner's scope only.
            let npm = "npm install --@acme:registry=http://localhost/npm/ &#39;@acme/shop-protos@^2.0.0&#39;"
            XCTAssertTrue(module.contains("data-copy=\"\(npm)\""), module)
            XCTAssertTrue(module.contains("Node (npm)"), module)

            let (docs, _) = try await get(client, "/acme/shop/1.1.0")
            XCTAssertTrue(docs.contains("id=\"acme.shop.v1.Order\""), docs)
            XCTAssertTrue(docs.contains("<tr id=\"acme.shop.v1.Order.note\">"), docs)
            XCTAssertTrue(docs.contains("<p>A note for the packer.</p>"), docs)
            XCTAssertTrue(docs.contains("href=\"/acme/shop/1.1.0/files/acme/shop/v1/order.proto#L5\""), docs)

            let (source, _) = try await get(client, "/acme/shop/1.1.0/files/acme/shop/v1/order.proto")
            XCTAssertTrue(source.contains("<span class=\"line\" id=\"L9\"><a class=\"ln\" href=\"#L9\" aria-label=\"Line 9\">9</a>  string customer_id = 2;</span>"), source)

            let (diff, _) = try await get(client, "/acme/shop/diff/1.1.0...2.0.0")
            XCTAssertTrue(diff.contains("<code class=\"rule\">FIELD_NO_DELETE</code>"), diff)
            XCTAssertTrue(diff.contains("href=\"/acme/shop/1.1.0/files/acme/shop/v1/order.proto#L9\""), diff)
            XCTAssertTrue(diff.contains("href=\"/acme/shop/2.0.0/files/acme/shop/v1/order.proto#L5\""), diff)
            XCTAssertTrue(diff.contains("<dd id=\"honoured\">yes"), diff)
            let (reverse, _) = try await get(client, "/acme/shop/diff/1.0.0...1.1.0")
            XCTAssertTrue(reverse.contains("Added field"), reverse)
            XCTAssertFalse(reverse.contains("FIELD_NO_DELETE"), reverse)

            try await client.execute(uri: "/acme/shop/latest?package=acme.shop.v1", method: .get) { response in
                XCTAssertEqual(response.status, .found)
                XCTAssertEqual(response.headers[.location], "/acme/shop/2.0.0?package=acme.shop.v1")
            }
            _ = try await get(client, "/acme/shop/9.9.9", status: .notFound)
            _ = try await get(client, "/acme/nothing", status: .notFound)
            _ = try await get(client, "/acme/shop/1.0.0/files/acme/missing.proto", status: .notFound)
            _ = try await get(client, "/acme/shop/1.0.0?package=no.such", status: .notFound)

            // A yank shows at once.
            try await client.execute(uri: "/api/v1/modules/acme/shop/versions/2.0.0/yank", method: .post,
                                     headers: [.authorization: "Bearer \(publisher)"]) { XCTAssertEqual($0.status, .ok) }
            let (yanked, _) = try await get(client, "/acme/shop")
            XCTAssertTrue(yanked.contains("<tr class=\"yanked\">"), yanked)
            XCTAssertTrue(yanked.contains("acme-shop-protos==1.1.*"), "install lines follow the newest unyanked version")
        }
    }

    /// Above `DocsPage.singlePageLimit` elements the version page is an index of packages (made at
    /// publish and kept), and each package has a page of its own.
    func testLargeModuleHasAPackageIndex() async throws {
        let extra = (0..<DocsPage.singlePageLimit).map { "// Part \($0).\nmessage Part\($0) {}\n" }.joined()
        try await withApp(publicRead: true) { service, client in
            let publisher = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
            try await publish(client, publisher, "1.0.0", Self.v1 + "\n" + extra)
            for _ in 0..<2 {   // rendered, then from the page cache
                let (index, _) = try await get(client, "/acme/shop/1.0.0")
                XCTAssertTrue(index.contains("<caption class=\"visually-hidden\">Packages of acme/shop 1.0.0</caption>"), index)
                XCTAssertTrue(index.contains("<tr><th scope=\"row\"><a href=\"/acme/shop/1.0.0?package=acme.shop.v1\">acme.shop.v1</a></th>"
                                             + "<td>1</td><td>0</td><td>\(DocsPage.singlePageLimit + 1)</td><td>0</td></tr>"), index)
                XCTAssertFalse(index.contains("id=\"acme.shop.v1.Order\""), "the index lists packages, not their elements")
            }
            let (package, _) = try await get(client, "/acme/shop/1.0.0?package=acme.shop.v1")
            XCTAssertTrue(package.contains("id=\"acme.shop.v1.Order\""), package)
            XCTAssertTrue(package.contains("<p>Part 299.</p>"), package)
            XCTAssertTrue(package.contains("href=\"/acme/shop/1.0.0\">all packages</a>"), package)
            XCTAssertFalse(package.contains("class=\"parts\""), "a package of 303 elements and fields fits on one page")
        }
    }

    /// A package heavier than twice `PackageParts.weight` is cut into parts, each its own page,
    /// and links to an element (from another part, the search, a field's type) go to its part.
    func testLargePackageIsSplitIntoParts() async throws {
        let extra = (0..<DocsPage.singlePageLimit).map { "// Part \($0).\nmessage Part\($0) { string id = 1; Order order = 2; }\n" }.joined()
        try await withApp(publicRead: true) { service, client in
            let publisher = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
            try await publish(client, publisher, "1.0.0", Self.v1 + "\n" + extra)
            let (first, _) = try await get(client, "/acme/shop/1.0.0?package=acme.shop.v1")
            // 1 + 300 messages of weight 3, 2 fields each: 4 parts of at most 300.
            XCTAssertTrue(first.contains("package acme.shop.v1 <span class=\"version\">part 1 of 4</span>"), first)
            XCTAssertTrue(first.contains("<title>acme.shop.v1 (part 1 of 4) · acme/shop 1.0.0"), first)
            XCTAssertTrue(first.contains("<li><span aria-current=\"page\">Order … Part98</span></li>"), first)
            XCTAssertTrue(first.contains("<li><a href=\"/acme/shop/1.0.0?package=acme.shop.v1&amp;part=4\">Part299 … Part299</a></li>")
                          || first.contains("<li><a href=\"/acme/shop/1.0.0?package=acme.shop.v1&part=4\">"), first)
            XCTAssertTrue(first.contains("id=\"acme.shop.v1.Order\""))
            XCTAssertFalse(first.contains("<p>Part 299.</p>"), "part 1 holds the first elements only")

            let (last, _) = try await get(client, "/acme/shop/1.0.0?package=acme.shop.v1&part=4")
            XCTAssertTrue(last.contains("<p>Part 299.</p>"), last)
            XCTAssertFalse(last.contains("id=\"acme.shop.v1.Order\""))
            XCTAssertTrue(last.contains("href=\"/acme/shop/1.0.0?package=acme.shop.v1#acme.shop.v1.Order\""),
                          "a field's type in another part links to that part")
            let (search, _) = try await get(client, "/?q=Part299")
            XCTAssertTrue(search.contains("/acme/shop/1.0.0?package=acme.shop.v1&amp;part=4#acme.shop.v1.Part299")
                          || search.contains("/acme/shop/1.0.0?package=acme.shop.v1&part=4#acme.shop.v1.Part299"), search)

            for bad in ["5", "0", "x"] {
                _ = try await get(client, "/acme/shop/1.0.0?package=acme.shop.v1&part=\(bad)", status: .notFound)
            }
            _ = try await get(client, "/acme/shop/1.0.0?part=2", status: .notFound)
        }
    }

    func testPrivatePagesNeedATokenOrASession() async throws {
        try await withApp(publicRead: false) { service, client in
            let publisher = try await service.createToken(scopes: [try TokenScope("publish:acme/*")])
            let reader = try await service.createToken(scopes: [.read])
            try await publish(client, publisher, "1.0.0", Self.v1)

            try await client.execute(uri: "/acme/shop", method: .get) { response in
                XCTAssertEqual(response.status, .seeOther)
                XCTAssertEqual(response.headers[.location], "/-/login?next=%2Facme%2Fshop")
            }
            let basic = "Basic " + Data("token:\(reader)".utf8).base64EncodedString()
            _ = try await get(client, "/acme/shop", headers: [.authorization: basic])
            _ = try await get(client, "/acme/shop", headers: [.authorization: "Bearer nope"], status: .unauthorized)

            // The form and its one-time value.
            let (form, formHeaders) = try await get(client, "/-/login?next=/acme/shop")
            let csrfCookie = try XCTUnwrap(formHeaders[values: .setCookie].first { $0.hasPrefix("protopkg_csrf=") })
            XCTAssertTrue(csrfCookie.contains("HttpOnly") && csrfCookie.contains("SameSite=Strict"), csrfCookie)
            let csrf = String(csrfCookie.dropFirst("protopkg_csrf=".count).prefix { $0 != ";" })
            XCTAssertTrue(form.contains("name=\"csrf\" value=\"\(csrf)\""), form)

            func post(_ fields: String, cookie: String?, origin: String? = nil) async throws -> (HTTPResponse.Status, HTTPFields) {
                var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
                if let cookie { headers[.cookie] = cookie }
                if let origin { headers[.origin] = origin }
                return try await client.execute(uri: "/-/login", method: .post, headers: headers, body: ByteBuffer(string: fields)) {
                    ($0.status, $0.headers)
                }
            }
            let fields = "csrf=\(csrf)&next=%2Facme%2Fshop&token=\(reader)"
            let noCookie = try await post(fields, cookie: nil).0
            XCTAssertEqual(noCookie, .forbidden, "no CSRF cookie")
            let mismatch = try await post(fields, cookie: "protopkg_csrf=other").0
            XCTAssertEqual(mismatch, .forbidden, "CSRF mismatch")
            let crossSite = try await post(fields, cookie: "protopkg_csrf=\(csrf)", origin: "http://evil.example").0
            XCTAssertEqual(crossSite, .forbidden, "another site's form")
            let unknown = try await post("csrf=\(csrf)&token=ppk_wrong", cookie: "protopkg_csrf=\(csrf)").0
            XCTAssertEqual(unknown, .unauthorized, "an unknown token")

            let (status, headers) = try await post(fields, cookie: "protopkg_csrf=\(csrf)")
            XCTAssertEqual(status, .seeOther)
            XCTAssertEqual(headers[.location], "/acme/shop")
            let session = try XCTUnwrap(headers[values: .setCookie].first { $0.hasPrefix("protopkg_session=") })
            for attribute in ["Path=/", "HttpOnly", "SameSite=Strict", "Max-Age="] { XCTAssertTrue(session.contains(attribute), session) }
            XCTAssertFalse(session.contains("Secure"), "plain HTTP here")
            let secret = String(session.dropFirst("protopkg_session=".count).prefix { $0 != ";" })
            // Stored hashed, like tokens.
            let record = try await service.store.session(secretHash: SHA256Hex.of(secret))
            XCTAssertNotNil(record)
            let raw = try await service.store.session(secretHash: secret)
            XCTAssertNil(raw)

            let (page, _) = try await get(client, "/acme/shop", headers: [.cookie: "protopkg_session=\(secret)"])
            XCTAssertTrue(page.contains("Sign out"), page)
            _ = try await get(client, "/acme/shop/1.0.0", headers: [.cookie: "protopkg_session=\(secret)"])

            try await client.execute(uri: "/-/logout", method: .post, headers: [.cookie: "protopkg_session=\(secret)"]) { response in
                XCTAssertEqual(response.status, .seeOther)
                XCTAssertTrue(response.headers[values: .setCookie].contains { $0.hasPrefix("protopkg_session=;") && $0.contains("Max-Age=0") })
            }
            try await client.execute(uri: "/acme/shop", method: .get, headers: [.cookie: "protopkg_session=\(secret)"]) { response in
                XCTAssertEqual(response.status, .seeOther, "the session ended")
            }
            // An expired session signs no one in.
            let readerRecord = try await service.authenticate("Bearer \(reader)")!
            let expired = try await service.createSession(token: readerRecord, lifetime: -1)
            let none = try await service.sessionToken(expired)
            XCTAssertNil(none)
        }
    }

    func testModulesNamedLikeProtocolPrefixes() async throws {
        try await withApp(publicRead: true) { service, client in
            let publisher = try await service.createToken(scopes: [.admin])
            try await publish(client, publisher, "1.0.0", Self.v1, module: "go/shop")
            let (page, _) = try await get(client, "/go/shop")
            XCTAssertTrue(page.contains("<h1>go/shop</h1>"), page)
            _ = try await get(client, "/go/shop/1.0.0")
            // The Go proxy still answers its own paths, in its own words.
            let (proxy, _) = try await get(client, "/go/example.com/acme/shop/@v/list", status: .notFound)
            XCTAssertTrue(proxy.hasPrefix("not found:"), proxy)
            let (simple, _) = try await get(client, "/pypi/simple/")
            XCTAssertTrue(simple.contains("go-shop-protos"), simple)
            // No module api/v1 here: the path is no page.
            let (api, _) = try await get(client, "/api/v1", status: .notFound)
            XCTAssertFalse(api.contains("<main"), api)
        }
    }
}
