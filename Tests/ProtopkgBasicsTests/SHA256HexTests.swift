import Foundation
import ProtopkgBasics
import XCTest

final class SHA256HexTests: XCTestCase {
    func testEmptyInput() {
        XCTAssertEqual(SHA256Hex.of(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256Hex.of(Data()), SHA256Hex.of(""))
    }

    func testABC() {
        XCTAssertEqual(SHA256Hex.of("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testOfFileMatchesData() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "sha-test")
        defer { FileSystem.remove(dir) }
        let path = "\(dir)/f.txt"
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try SHA256Hex.ofFile(path), SHA256Hex.of("abc"))
        XCTAssertThrowsError(try SHA256Hex.ofFile("\(dir)/missing"))
    }

    func testBase64URLIsUnpaddedAndURLSafe() {
        // Standard base64 of these digests contains '+', '/' and '=' padding; the wheel form has none.
        XCTAssertEqual(SHA256Hex.base64URL(Data()), "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU")
        XCTAssertEqual(SHA256Hex.base64URL(Data("abc".utf8)), "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0")
        for i in 0..<64 {
            let encoded = SHA256Hex.base64URL(Data("input \(i)".utf8))
            XCTAssertEqual(encoded.count, 43)
            XCTAssertFalse(encoded.contains("+") || encoded.contains("/") || encoded.contains("="), encoded)
        }
    }

    func testDigestBuilderSeparatesParts() {
        var a = DigestBuilder()
        a.add("ab"); a.add("c")
        var b = DigestBuilder()
        b.add("a"); b.add("bc")
        var c = DigestBuilder()
        c.add("ab"); c.add("c")
        XCTAssertNotEqual(a.finalize(), b.finalize())
        XCTAssertEqual(a.finalize(), c.finalize())
        XCTAssertEqual(a.finalize().count, 64)
    }
}
