import Foundation
@testable import ProtoCompiler
import ProtopkgBasics
import XCTest

/// Hostile inputs are rejected with a few clear errors, never a crash or a stack overflow.
/// (Timings are measured in bench/, not asserted here.)
final class RobustnessTests: XCTestCase {
    func compile(_ files: [String: Data], _ names: [String]) -> (CompileResult?, [Finding]) {
        let resolver = InMemoryImportResolver(files: files)
        do {
            return (try NativeFrontEnd().compile(CompileRequest(sources: [resolver], files: names)), [])
        } catch let error as ProtopkgError {
            return (nil, error.findings)
        } catch {
            XCTFail("unexpected error \(error)")
            return (nil, [])
        }
    }

    func compile(_ text: String) -> (CompileResult?, [Finding]) {
        compile(["x.proto": Data(text.utf8)], ["x.proto"])
    }

    func testHundredMegabytesOfRandomBytesIsOneError() {
        var generator = SystemRandomNumberGenerator()
        let block = (0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(100 << 20)
        for _ in 0..<100 { bytes += block }
        bytes[0] = 0x00
        let (_, findings) = compile(["garbage.proto": Data(bytes)], ["garbage.proto"])
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.path, "garbage.proto")
        XCTAssertEqual(findings.first?.startLine, 1)
        XCTAssertEqual(findings.first?.startColumn, 1)
        XCTAssertTrue(findings.first?.message.contains("binary file") ?? false, findings.first?.message ?? "")
    }

    func testLatin1FileIsOneErrorAtItsFirstBadByte() {
        let text: [UInt8] = Array("syntax = \"proto3\";\n// caf".utf8) + [0xE9] + Array("\nmessage M {}\n".utf8)
        let (_, findings) = compile(["latin1.proto": Data(text)], ["latin1.proto"])
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.startLine, 2)
        XCTAssertEqual(findings.first?.startColumn, 7)
        XCTAssertTrue(findings.first?.message.contains("not UTF-8 text: byte 0xE9") ?? false, findings.first?.message ?? "")
    }

    func testBinaryFileIsOneError() {
        let (_, findings) = compile("syntax = \"proto3\";\nmessage M {}\n\u{0}\u{1}\u{2}")
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.startLine, 3)
        XCTAssertTrue(findings.first?.message.contains("binary file") ?? false, findings.first?.message ?? "")
    }

    func testTextThatDoesNotBeginLikeProtoIsOneError() {
        let line = "lorem ipsum dolor sit amet; 123 \"x\";\n"
        let (_, findings) = compile(String(repeating: line, count: 200_000))
        XCTAssertEqual(findings.count, 1, findings.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(findings.first?.startLine, 1)
        XCTAssertEqual(findings.first?.startColumn, 1)
        XCTAssertTrue(findings.first?.message.contains("does not begin like a .proto file") ?? false)
    }

    func testRandomPrintableTextIsOneError() {
        // Printable ASCII from a fixed linear congruential sequence (no flaky seeds), with a
        // letter first so the lexer itself has nothing to report about the first token.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = [UInt8(ascii: "q")]
        for _ in 0..<(4 << 20) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(UInt8(32 + (state >> 33) % 95))
        }
        let (_, findings) = compile(["noise.proto": Data(bytes)], ["noise.proto"])
        XCTAssertEqual(findings.count, 1, findings.map(\.message).joined(separator: "\n"))
    }

    func testGarbageAfterAValidStartStopsAtTheErrorLimit() {
        // Lexer errors (numbers run into letters, unterminated strings) as well as parser ones.
        let line = "lorem 0x ipsum 12ab \"dolor\n 'x\\q sit;\n"
        let (_, findings) = compile("syntax = \"proto3\";\n" + String(repeating: line, count: 200_000))
        XCTAssertGreaterThan(findings.count, 1)
        XCTAssertLessThanOrEqual(findings.count, Lexer.errorLimit + 1)
        XCTAssertTrue(findings.last?.message.hasPrefix("Too many errors") ?? false, findings.last?.message ?? "")
        XCTAssertLessThan(findings.last?.startLine ?? .max, 1_000)
    }

    func testMessagesNestedTenThousandDeep() {
        let depth = 10_000
        let text = "syntax = \"proto2\";\n" + String(repeating: "message M {", count: depth) + String(repeating: "}", count: depth)
        let (_, findings) = compile(text)
        XCTAssertEqual(findings.first?.message, "Reached maximum recursion limit for nested messages.")
        XCTAssertEqual(findings.first?.startLine, 2)
    }

    func testGroupsNestedTenThousandDeep() {
        var text = "syntax = \"proto2\";\nmessage M {\n"
        for i in 0..<10_000 { text += "optional group G\(i) = \(i + 1) {\n" }
        text += String(repeating: "}", count: 10_000) + "}\n"
        let (_, findings) = compile(text)
        XCTAssertFalse(findings.isEmpty)
        XCTAssertTrue(findings.contains { $0.message == "Reached maximum recursion limit for nested messages." })
    }

    func testAggregateValueNestedTenThousandDeep() {
        let depth = 10_000
        let text = """
        syntax = "proto2";
        import "google/protobuf/descriptor.proto";
        message Agg { optional Agg sub = 1; }
        extend google.protobuf.FileOptions { optional Agg agg = 50000; }
        option (agg) = { \(String(repeating: "sub { ", count: depth))\(String(repeating: "} ", count: depth))};
        """
        let (_, findings) = compile(text)
        XCTAssertEqual(findings.count, 1)
        XCTAssertTrue(findings.first?.message.contains("Message is too deep") ?? false, findings.first?.message ?? "")
        XCTAssertEqual(findings.first?.startLine, 5)
    }

    func testOptionNameWithTenThousandParts() {
        let text = """
        syntax = "proto2";
        import "google/protobuf/descriptor.proto";
        message Agg { optional Agg sub = 1; optional int32 x = 2; }
        extend google.protobuf.FileOptions { optional Agg agg = 50000; }
        option (agg).\(String(repeating: "sub.", count: 10_000))x = 1;
        """
        let (_, findings) = compile(text)
        XCTAssertEqual(findings.count, 1)
        XCTAssertTrue(findings.first?.message.contains("more than 100 name parts") ?? false)
    }

    func testLongExpressions() {
        let longName = (0..<2_000).map { "p\($0)" }.joined(separator: ".")
        let strings = String(repeating: "\"ab\" ", count: 50_000)
        let text = """
        syntax = "proto3";
        package \(longName);
        option java_package = \(strings);
        message M { \(longName).M self = 1; }
        """
        let (result, findings) = compile(text)
        XCTAssertEqual(findings, [])
        XCTAssertNotNil(result)
    }

    func testImportChainFiveThousandLong() throws {
        try importChain(count: 5_000, publicImports: false)
    }

    func testPublicImportChainReexportsToTheEnd() throws {
        try importChain(count: 300, publicImports: true)
    }

    func importChain(count: Int, publicImports: Bool) throws {
        var files: [String: Data] = [:]
        for i in 0..<count {
            let next = i + 1 < count ? "import \(publicImports ? "public " : "")\"f\(i + 1).proto\";\n" : ""
            files["f\(i).proto"] = Data("syntax = \"proto3\";\npackage p;\n\(next)message M\(i) {}\n".utf8)
        }
        let used = publicImports ? count - 1 : 0
        files["main.proto"] = Data("syntax = \"proto3\";\npackage p;\nimport \"f0.proto\";\nmessage Main { M\(used) last = 1; }\n".utf8)
        let (result, findings) = compile(files, ["main.proto"])
        XCTAssertEqual(findings, [])
        let set = try XCTUnwrap(result).descriptorSet()
        XCTAssertEqual(set.file.count, count + 1)
        XCTAssertEqual(set.file.first?.name, "f\(count - 1).proto")
        XCTAssertEqual(set.file.last?.name, "main.proto")
    }
}
