import Foundation
@testable import ProtoCompiler
import SwiftProtobuf
import XCTest

/// `Format/Cases/NAME.proto` formatted must equal `NAME.golden.proto`, which is what buf 1.75.0
/// prints for it (`buf format NAME.proto`); `PROTOPKG_REFRESH_GOLDEN=1` rewrites the goldens by
/// running buf from the repository's .venv. Every case also checks the formatter's promises:
/// no comment lost, a second pass changes nothing, and the descriptors stay the same.
final class ProtoFormatTests: XCTestCase {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func caseNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.cases.path)
            .filter { $0.hasSuffix(".proto") && !$0.hasSuffix(".golden.proto") }
            .map { String($0.dropLast(".proto".count)) }
            .sorted()
    }

    func input(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.cases.appendingPathComponent(name + ".proto")))
    }

    func format(_ bytes: [UInt8], _ name: String) throws -> [UInt8] {
        try ProtoFormat.format(bytes, path: name + ".proto")
    }

    func testCasesMatchBufFormat() throws {
        let names = try caseNames()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        let refresh = ProcessInfo.processInfo.environment["PROTOPKG_REFRESH_GOLDEN"] == "1"
        for name in names {
            let golden = Self.cases.appendingPathComponent(name + ".golden.proto")
            if refresh {
                let buf = Process()
                buf.executableURL = Self.repository.appendingPathComponent(".venv/bin/buf")
                buf.arguments = ["format", name + ".proto", "-o", name + ".golden.proto"]
                buf.currentDirectoryURL = Self.cases
                try buf.run()
                buf.waitUntilExit()
                XCTAssertEqual(buf.terminationStatus, 0, "buf format \(name).proto")
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            let actual = String(decoding: try format(try input(name), name), as: UTF8.self)
            XCTAssertEqual(actual, expected, "\(name).proto")
        }
    }

    func testFormattingTwiceChangesNothing() throws {
        for name in try caseNames() {
            let once = try format(try input(name), name)
            XCTAssertEqual(String(decoding: try format(once, name), as: UTF8.self), String(decoding: once, as: UTF8.self), name)
        }
    }

    func testNoCommentIsLost() throws {
        var checked = 0
        for name in try caseNames() {
            let source = try input(name)
            let words = Self.commentWords(source)
            checked += words.count
            // Sorting the file's header moves comments with their declarations: compare as multisets.
            XCTAssertEqual(Self.commentWords(try format(source, name)).sorted(), words.sorted(), name)
        }
        XCTAssertGreaterThan(checked, 100, "the cases hold comments to check")
    }

    func testFormattedFilesCompileToTheSameDescriptors() throws {
        for name in try caseNames() {
            let source = try input(name)
            let original = try compile(source, name)
            XCTAssertFalse(original.isEmpty)
            XCTAssertEqual(try compile(try format(source, name), name), original, name)
        }
    }

    func testSyntaxErrorsAreReportedWithTheirPlace() {
        let text = "syntax = \"proto3\";\nmessage M {\n  int32 a = 1\n}\n"
        XCTAssertThrowsError(try ProtoFormat.format(Array(text.utf8), path: "a/x.proto")) { error in
            XCTAssertEqual("\(error)", "a/x.proto:4:1: Expected \";\".")
        }
    }

    func testInvalidAggregateValuesAreReported() {
        let text = "syntax = \"proto3\";\noption (x) = { a: 1 b: };\n"
        XCTAssertThrowsError(try ProtoFormat.format(Array(text.utf8), path: "x.proto")) { error in
            XCTAssertEqual("\(error)", "x.proto:2:24: invalid option value: unexpected '}' in option value")
        }
    }

    func testEmptyAndCommentOnlyFiles() throws {
        XCTAssertEqual(try ProtoFormat.format([], path: "e.proto"), [])
        let comments = "// only a comment\n\n/* and a block */\n"
        XCTAssertEqual(String(decoding: try ProtoFormat.format(Array(comments.utf8), path: "c.proto"), as: UTF8.self), comments)
    }

    // MARK: helpers

    /// The file's descriptor without source info, its imports as a sorted list: sorting imports
    /// is the one change formatting makes to what a file declares, and it reorders `dependency`.
    func compile(_ bytes: [UInt8], _ name: String) throws -> Data {
        let resolver = InMemoryImportResolver(files: [name + ".proto": Data(bytes)], displayPrefix: "")
        let result = try NativeFrontEnd().compile(CompileRequest(sources: [resolver], files: [name + ".proto"], includeSourceInfo: false))
        let set = try Google_Protobuf_FileDescriptorSet(serializedBytes: try result.serialized(includeImports: false, includeSourceInfo: false))
        guard var file = set.file.first(where: { $0.name == name + ".proto" }) else { return Data() }
        let imports = file.dependency.enumerated().map { i, path in
            "\(path) public=\(file.publicDependency.contains(Int32(i))) weak=\(file.weakDependency.contains(Int32(i)))"
        }.sorted()
        file.dependency = []
        file.publicDependency = []
        file.weakDependency = []
        return Data(imports.joined(separator: "\n").utf8) + (try file.serializedBytes() as Data)
    }

    /// The words of every comment, without comment markers: the formatter may turn
    /// `// x` into `/* x */` or re-indent a block, but never drop or change a word.
    static func commentWords(_ bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(buffer)
            lexer.keepComments = true
            while lexer.next() {}
            return lexer.comments.flatMap { c -> [String] in
                let text = String(decoding: buffer[Int(c.offset)..<Int(c.offset + c.length)], as: UTF8.self)
                return text.split(whereSeparator: { $0.isWhitespace })
                    .map { $0.filter { $0 != "*" && $0 != "/" } }
                    .filter { !$0.isEmpty }
            }
        }
    }
}
