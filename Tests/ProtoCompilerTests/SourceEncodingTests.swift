import Foundation
import ProtoCompiler
import ProtopkgBasics
import XCTest

/// A binary or non-UTF-8 file is one finding at its first bad byte, before protoc spews
/// an error per byte.
final class SourceEncodingTests: XCTestCase {
    func testUTF8TextPasses() {
        XCTAssertNil(SourceEncoding.problem(in: Data("syntax = \"proto3\";\n// café, 日本, 🙂\n".utf8)))
        XCTAssertNil(SourceEncoding.problem(in: Data()))
    }

    func testBinaryIsNamedAtItsFirstNULByte() throws {
        let finding = try XCTUnwrap(SourceEncoding.problem(in: Data([0x73, 0x0A, 0x61, 0x62, 0x00, 0xFF])))
        XCTAssertEqual(finding.startLine, 2)
        XCTAssertEqual(finding.startColumn, 3)
        XCTAssertTrue(finding.message.hasPrefix("this is a binary file"), finding.message)
    }

    func testLatin1IsNamedAtItsFirstBadByte() throws {
        let finding = try XCTUnwrap(SourceEncoding.problem(in: Data("// é\n// caf".utf8) + Data([0xE9, 0x0A])))
        XCTAssertEqual(finding.startLine, 2)
        XCTAssertEqual(finding.startColumn, 7, "columns count characters: é before it is one")
        XCTAssertTrue(finding.message.contains("not UTF-8 text: byte 0xE9"), finding.message)
        // Overlong forms, surrogates and truncated sequences are not UTF-8 either.
        XCTAssertNotNil(SourceEncoding.problem(in: Data([0xC0, 0xAF])))
        XCTAssertNotNil(SourceEncoding.problem(in: Data([0xED, 0xA0, 0x80])))
        XCTAssertNotNil(SourceEncoding.problem(in: Data([0x61, 0xE2, 0x82])))
    }

    func testOneFindingPerFileBeforeProtocRuns() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data((0..<3000).map { UInt8(($0 * 7919) % 256) }), to: "\(dir)/bin.proto")
        try FileSystem.writeAtomically(Data("syntax = \"proto3\";\n".utf8), to: "\(dir)/ok.proto")
        let resolver = DirectoryImportResolver(roots: [dir], displayPrefixes: ["proto/"])
        let request = CompileRequest(sources: [resolver], files: ["bin.proto", "ok.proto"])
        let problems = SourceEncoding.problems(request)
        XCTAssertEqual(problems.map(\.path), ["proto/bin.proto"])
        XCTAssertEqual(problems.map(\.type), ["COMPILE"])
    }
}
