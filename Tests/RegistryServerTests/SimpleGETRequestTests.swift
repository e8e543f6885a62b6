import HTTPTypes
@testable import RegistryServer
import XCTest

/// `SimpleGETRequest` reads only plain GETs and leaves everything else to NIO's decoder.
final class SimpleGETRequestTests: XCTestCase {
    func parse(_ text: String) -> SimpleGETRequest? {
        Array(text.utf8).withUnsafeBytes { SimpleGETRequest.parse($0) }
    }

    func testReadsWhatClientsSend() throws {
        let wrk = "GET /go/example.com/acme/billing/@v/v1.0.0.info HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n"
        let request = try XCTUnwrap(parse(wrk + "GET /next HTTP/1.1\r\n"))
        XCTAssertEqual(request.length, wrk.utf8.count, "the length ends at the blank line")
        XCTAssertEqual(request.head.method, .get)
        XCTAssertEqual(request.head.path, "/go/example.com/acme/billing/@v/v1.0.0.info")
        XCTAssertEqual(request.head.authority, "127.0.0.1:8080")
        XCTAssertTrue(request.head.headerFields.isEmpty)

        let pip = "GET /pypi/simple/acme-billing-protos/ HTTP/1.1\r\nhost: r.example\r\nUser-Agent: pip/24.0\r\n"
            + "Accept-Encoding: gzip, deflate\r\nAccept:   application/vnd.pypi.simple.v1+json \r\nConnection: keep-alive\r\n"
            + "Authorization: Basic X19fdG9rZW5fXzpzZWNyZXQ=\r\nX-Forwarded-Proto: https\r\n\r\n"
        let p = try XCTUnwrap(parse(pip))
        XCTAssertEqual(p.head.authority, "r.example")
        XCTAssertEqual(p.head.headerFields[.accept], "application/vnd.pypi.simple.v1+json", "whitespace around a value is not part of it")
        XCTAssertEqual(p.head.headerFields[.connection], "keep-alive")
        XCTAssertEqual(p.head.headerFields[.authorization], "Basic X19fdG9rZW5fXzpzZWNyZXQ=")
        XCTAssertEqual(p.head.headerFields[NpmRequest.forwardedProto], "https")
        XCTAssertNil(p.head.headerFields[.userAgent], "fields answers do not depend on are not kept")
        XCTAssertEqual(p.length, pip.utf8.count)
    }

    func testLeavesEverythingElseToTheDecoder() {
        let cases = [
            "POST /api HTTP/1.1\r\nHost: x\r\n\r\n",
            "HEAD /a HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /a HTTP/1.0\r\nHost: x\r\n\r\n",
            "GET http://x/a HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
            "GET /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n",
            "GET /a HTTP/1.1\nHost: x\n\n",
            "GET /a HTTP/1.1\r\nHost: x\r\nAccept: a\r\nAccept: b\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost : x\r\n\r\n",
            "GET /a HTTP/1.1\r\nNoColon\r\n\r\n",
            "GET /a\u{7F}b HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: caf\u{E9}\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: x\r\n",
            "GET /a HTTP/1.1\r\nHost: x\r\n\r",
            "GET /a HT",
            "GET /a HTTP/1.1\r\nX-Long: \(String(repeating: "a", count: 9000))\r\n\r\n",
        ]
        for text in cases { XCTAssertNil(parse(text), text.prefix(80).debugDescription) }
    }
}
