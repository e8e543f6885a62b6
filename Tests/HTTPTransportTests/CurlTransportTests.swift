import Foundation
@testable import HTTPTransport
import ProtopkgBasics
import XCTest

final class CurlTransportTests: XCTestCase {
    func testFileURLReturnsBytes() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "curl-test")
        defer { FileSystem.remove(dir) }
        let content = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        try FileSystem.writeAtomically(content, to: "\(dir)/blob.bin")
        let response = try CurlTransport().send(HTTPRequest(url: "file://\(dir)/blob.bin", timeoutSeconds: 10), progress: nil)
        XCTAssertEqual(response.body, content)
        XCTAssertEqual(response.status, 0)
    }

    func testMissingFileURLThrowsConnectionError() throws {
        let url = "file:///nonexistent-protopkg-dir/missing.bin"
        XCTAssertThrowsError(try CurlTransport().send(HTTPRequest(url: url, timeoutSeconds: 10), progress: nil)) { error in
            guard case .connection(let failedURL, let reason)? = error as? HTTPTransportError else {
                return XCTFail("expected HTTPTransportError.connection, got \(error)")
            }
            XCTAssertEqual(failedURL, url)
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testClosedLoopbackPortThrowsConnectionError() throws {
        let port = try Self.closedLoopbackPort()
        let url = "http://127.0.0.1:\(port)/anything"
        XCTAssertThrowsError(try CurlTransport().send(HTTPRequest(url: url, timeoutSeconds: 10), progress: nil)) { error in
            guard case .connection(let failedURL, let reason)? = error as? HTTPTransportError else {
                return XCTFail("expected HTTPTransportError.connection, got \(error)")
            }
            XCTAssertEqual(failedURL, url)
            XCTAssertFalse(reason.isEmpty)
            XCTAssertTrue("\(error)".hasPrefix("cannot reach \(url): "), "\(error)")
        }
    }

    func testParseHeadersKeepsLastResponseAndLowercasesNames() {
        let lines = [
            "HTTP/1.1 301 Moved Permanently", "Location: /elsewhere", "X-First: gone", "",
            "HTTP/1.1 100 Continue", "",
            "HTTP/2 200", "Content-Type: application/json", "ETag:  \"abc:def\"  ", "X-Mixed-Case: v", "",
        ]
        XCTAssertEqual(CurlTransport.parseHeaders(lines),
                       ["content-type": "application/json", "etag": "\"abc:def\"", "x-mixed-case": "v"])
    }

    func testParseHeadersWithoutStatusLineAndGarbage() {
        XCTAssertEqual(CurlTransport.parseHeaders(["no colon here", "A: 1", "A: 2"]), ["a": "2"])
        XCTAssertEqual(CurlTransport.parseHeaders([]), [:])
    }

    /// Binds 127.0.0.1:0, reads the port the kernel chose, and closes the socket, so nothing listens there.
    static func closedLoopbackPort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ProtopkgError("socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa -> Int32 in
                guard bind(fd, sa, length) == 0 else { return -1 }
                return getsockname(fd, sa, &length)
            }
        }
        guard bound == 0 else { throw ProtopkgError("bind: \(String(cString: strerror(errno)))") }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// Real HTTP against a one-shot Python server on loopback, started per test and stopped by pid.
final class CurlTransportServerTests: XCTestCase {
    private var server: Process?
    private var port = 0

    private static let script = #"""
import http.server, sys

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Method", self.command)
        self.send_header("X-Echo-Custom", self.headers.get("X-Custom", ""))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        if self.path == "/hello":
            self.reply(200, b"hello world", [("X-Served-By", "test")])
        elif self.path == "/big":
            self.reply(200, bytes(i % 251 for i in range(1 << 20)))
        else:
            self.reply(404, b"not found")

    def body(self):
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def do_POST(self):
        self.reply(201, self.body())

    def do_PUT(self):
        self.reply(200, self.body())

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""#

    override func setUpWithError() throws {
        let python = try XCTUnwrap(ProcessRunner.which("python3"), "python3 is needed for the loopback server")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.script]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process

        // The first line is the port; give up after a bounded wait rather than hang.
        let handle = out.fileHandleForReading
        let box = PortBox()
        let ready = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var line = Data()
            while let byte = try? handle.read(upToCount: 1), let b = byte.first, b != 0x0A { line.append(b) }
            box.port = Int(String(decoding: line, as: UTF8.self)) ?? 0
            ready.signal()
        }
        XCTAssertEqual(ready.wait(timeout: .now() + 15), .success, "server did not start")
        port = box.port
        XCTAssertGreaterThan(port, 0)
    }

    override func tearDown() {
        if let server, server.isRunning {
            kill(server.processIdentifier, SIGTERM)
            server.waitUntilExit()
        }
        server = nil
    }

    private final class PortBox: @unchecked Sendable { var port = 0 }

    private func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func testGetReturnsStatusHeadersAndBody() throws {
        let response = try CurlTransport().send(HTTPRequest(url: url("/hello"), headers: [("X-Custom", "abc")],
                                                            timeoutSeconds: 10), progress: nil)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.body, Data("hello world".utf8))
        XCTAssertEqual(response.headers["x-method"], "GET")
        XCTAssertEqual(response.headers["x-served-by"], "test")
        XCTAssertEqual(response.headers["x-echo-custom"], "abc")
        XCTAssertEqual(response.headers["content-length"], "11")
        XCTAssertTrue(response.headers.keys.allSatisfy { $0 == $0.lowercased() })
    }

    func testErrorStatusIsAResponseNotAnError() throws {
        let response = try CurlTransport().send(HTTPRequest(url: url("/missing"), timeoutSeconds: 10), progress: nil)
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.body, Data("not found".utf8))
    }

    func testPostBodyIsEchoedWithMethodKept() throws {
        let body = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 17) })
        let response = try CurlTransport().send(HTTPRequest(method: "POST", url: url("/upload"),
                                                            headers: [("Content-Type", "application/octet-stream")],
                                                            body: body, timeoutSeconds: 10), progress: nil)
        XCTAssertEqual(response.status, 201)
        XCTAssertEqual(response.headers["x-method"], "POST")
        XCTAssertEqual(response.body, body)
    }

    func testEmptyPutBody() throws {
        let response = try CurlTransport().send(HTTPRequest(method: "PUT", url: url("/x"), body: Data(), timeoutSeconds: 10),
                                                progress: nil)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["x-method"], "PUT")
        XCTAssertEqual(response.body, Data())
    }

    func testDownloadReportsProgress() throws {
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var maxDone: Int64 = 0
            var total: Int64?
        }
        let seen = Seen()
        let response = try CurlTransport().send(HTTPRequest(url: url("/big"), timeoutSeconds: 10)) { done, total in
            seen.lock.lock(); defer { seen.lock.unlock() }
            seen.maxDone = max(seen.maxDone, done)
            if let total { seen.total = total }
        }
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.body.count, 1 << 20)
        XCTAssertEqual(response.body.prefix(3), Data([0, 1, 2]))
        seen.lock.lock(); defer { seen.lock.unlock() }
        XCTAssertGreaterThan(seen.maxDone, 0)
        XCTAssertLessThanOrEqual(seen.maxDone, 1 << 20)
        XCTAssertEqual(seen.total, 1 << 20)
    }
}
