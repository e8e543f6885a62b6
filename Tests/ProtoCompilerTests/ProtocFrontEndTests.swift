import Foundation
@testable import ProtoCompiler
import ProtopkgBasics
import SwiftProtobuf
import XCTest

final class ProtocFrontEndTests: XCTestCase {
    private let eventProto = """
    syntax = "proto3";
    package acme.v1;

    import "google/protobuf/timestamp.proto";
    import "acme/v1/common.proto";

    // An event that happened.
    message Event {
      google.protobuf.Timestamp at = 1;
      Id id = 2;
    }

    """
    private let commonProto = """
    syntax = "proto3";
    package acme.v1;

    message Id { string value = 1; }

    """
    /// Line 5 lacks its semicolon; protoc reports the next token, line 6 column 3.
    private let brokenProto = """
    syntax = "proto3";
    package acme.v1;

    message Broken {
      string name = 1
      int32 id = 2;
    }

    """

    private func frontEnd() throws -> ProtocFrontEnd {
        let frontEnd = try ProtocFrontEnd.discover()
        XCTAssertNotNil(frontEnd.wellKnownTypes, "well-known types must be found beside protoc")
        return frontEnd
    }

    private func module(_ files: [String: String], prefix: String = "proto/") -> InMemoryImportResolver {
        InMemoryImportResolver(files: files.mapValues { Data($0.utf8) }, displayPrefix: prefix)
    }

    private func compileError(_ request: CompileRequest, file: StaticString = #filePath, line: UInt = #line) throws -> ProtopkgError {
        do {
            _ = try frontEnd().compile(request)
        } catch let error as ProtopkgError {
            return error
        }
        XCTFail("compilation should have failed", file: file, line: line)
        throw ProtopkgError("compilation unexpectedly succeeded")
    }

    func testCompilesModuleWithWellKnownImportImportsFirst() throws {
        let request = CompileRequest(sources: [module(["acme/v1/event.proto": eventProto, "acme/v1/common.proto": commonProto])],
                                     files: ["acme/v1/event.proto"])
        let result = try frontEnd().compile(request)
        XCTAssertEqual(try result.descriptorSet().file.map(\.name),
                       ["google/protobuf/timestamp.proto", "acme/v1/common.proto", "acme/v1/event.proto"])
        XCTAssertEqual(result.files, ["acme/v1/event.proto"])
        let event = try XCTUnwrap(try result.descriptorSet().file.last)
        XCTAssertEqual(event.package, "acme.v1")
        XCTAssertEqual(event.dependency, ["google/protobuf/timestamp.proto", "acme/v1/common.proto"])
        XCTAssertEqual(event.messageType.map(\.name), ["Event"])
        XCTAssertEqual(event.messageType.first?.field.map(\.typeName), [".google.protobuf.Timestamp", ".acme.v1.Id"])
        XCTAssertTrue(result.compilerVersion.hasPrefix("protoc "), result.compilerVersion)
    }

    func testWithoutImportsKeepsOnlyRequestedFiles() throws {
        let request = CompileRequest(sources: [module(["acme/v1/event.proto": eventProto, "acme/v1/common.proto": commonProto])],
                                     files: ["acme/v1/event.proto"])
        let result = try frontEnd().compile(request)
        let bytes = try result.serialized(includeImports: false, includeSourceInfo: true)
        let set = try Google_Protobuf_FileDescriptorSet(serializedBytes: bytes)
        XCTAssertEqual(set.file.map(\.name), ["acme/v1/event.proto"])
        XCTAssertEqual(set.file, try result.descriptorSet().file.filter { $0.name == "acme/v1/event.proto" },
                       "selecting at the wire level gives the same descriptor as decoding")
        let bare = try Google_Protobuf_FileDescriptorSet(
            serializedBytes: try result.serialized(includeImports: true, includeSourceInfo: false))
        var expected = try result.descriptorSet()
        for i in expected.file.indices { expected.file[i].clearSourceCodeInfo() }
        XCTAssertEqual(bare, expected, "dropping source info at the wire level equals clearing it")
    }

    func testSourceInfoFollowsRequest() throws {
        let files = ["acme/v1/event.proto": eventProto, "acme/v1/common.proto": commonProto]
        let with = try frontEnd().compile(CompileRequest(sources: [module(files)], files: ["acme/v1/event.proto"]))
        let event = try XCTUnwrap(try with.descriptorSet().file.first { $0.name == "acme/v1/event.proto" })
        XCTAssertTrue(event.hasSourceCodeInfo)
        XCTAssertTrue(event.sourceCodeInfo.location.contains { $0.leadingComments == " An event that happened.\n" })

        let without = try frontEnd().compile(CompileRequest(sources: [module(files)], files: ["acme/v1/event.proto"],
                                                            includeSourceInfo: false))
        XCTAssertEqual(try without.descriptorSet().file.count, 3)
        XCTAssertTrue(try without.descriptorSet().file.allSatisfy { !$0.hasSourceCodeInfo })

        let stripped = try Google_Protobuf_FileDescriptorSet(
            serializedBytes: try with.serialized(includeImports: true, includeSourceInfo: false))
        XCTAssertTrue(stripped.file.allSatisfy { !$0.hasSourceCodeInfo })
        XCTAssertEqual(stripped, try without.descriptorSet())
    }

    func testSyntaxErrorGivesFindingWithDisplayPathLineAndColumn() throws {
        let error = try compileError(CompileRequest(sources: [module(["acme/v1/broken.proto": brokenProto])],
                                                    files: ["acme/v1/broken.proto"]))
        XCTAssertEqual(error.findings, [Finding(path: "proto/acme/v1/broken.proto", startLine: 6, startColumn: 3,
                                                type: "COMPILE", message: "Expected \";\".")])
        XCTAssertEqual(error.message, "compilation failed with 1 error")
    }

    func testSyntaxErrorInDirectoryRootUsesItsDisplayPrefix() throws {
        let root = try FileSystem.makeTemporaryDirectory(prefix: "protoc-test")
        defer { FileSystem.remove(root) }
        try FileSystem.writeAtomically(Data(brokenProto.utf8), to: "\(root)/acme/v1/broken.proto")
        let resolver = DirectoryImportResolver(roots: [root], displayPrefixes: ["api/proto/"])
        let error = try compileError(CompileRequest(sources: [resolver], files: ["acme/v1/broken.proto"]))
        XCTAssertEqual(error.findings.map(\.location), ["api/proto/acme/v1/broken.proto:6:3"])
    }

    func testMissingImportNamesTheImportingFile() throws {
        let source = """
        syntax = "proto3";
        package acme.v1;
        import "acme/v1/missing.proto";
        message A { string s = 1; }

        """
        let error = try compileError(CompileRequest(sources: [module(["acme/v1/a.proto": source])], files: ["acme/v1/a.proto"]))
        let importing = try XCTUnwrap(error.findings.first { $0.path == "proto/acme/v1/a.proto" }, "\(error)")
        XCTAssertEqual(importing.startLine, 3)
        XCTAssertEqual(importing.startColumn, 1)
        XCTAssertTrue(importing.message.contains("acme/v1/missing.proto"), importing.message)
        XCTAssertTrue(error.findings.allSatisfy { $0.type == "COMPILE" })
    }

    func testEarlierSourceWins() throws {
        let own = module(["acme/v1/common.proto": commonProto, "acme/v1/event.proto": eventProto])
        let dependency = module(["acme/v1/common.proto": "syntax = \"proto3\";\npackage acme.v1;\nmessage Other {}\n"],
                                prefix: "deps/")
        let result = try frontEnd().compile(CompileRequest(sources: [own, dependency], files: ["acme/v1/event.proto"]))
        let common = try XCTUnwrap(try result.descriptorSet().file.first { $0.name == "acme/v1/common.proto" })
        XCTAssertEqual(common.messageType.map(\.name), ["Id"])
    }

    // MARK: - ProtocDiagnostics

    func testParseLineWithPosition() throws {
        let finding = try XCTUnwrap(ProtocDiagnostics.parseLine("a.proto:3:5: msg") { "proto/" + $0 })
        XCTAssertEqual(finding, Finding(path: "proto/a.proto", startLine: 3, startColumn: 5, type: "COMPILE", message: "msg"))
    }

    func testParseLineWithoutPosition() throws {
        let finding = try XCTUnwrap(ProtocDiagnostics.parseLine("a.proto: File not found.") { $0 })
        XCTAssertEqual(finding, Finding(path: "a.proto", type: "COMPILE", message: "File not found."))
    }

    func testParseLineKeepsColonsInMessage() throws {
        let finding = try XCTUnwrap(ProtocDiagnostics.parseLine("x/b.proto:10:2: \"a:b\" is not defined.") { $0 })
        XCTAssertEqual(finding.startLine, 10)
        XCTAssertEqual(finding.startColumn, 2)
        XCTAssertEqual(finding.message, "\"a:b\" is not defined.")
    }

    func testParseLineIgnoresOtherLines() {
        XCTAssertNil(ProtocDiagnostics.parseLine("protoc: stdout: Broken pipe") { $0 })
        XCTAssertNil(ProtocDiagnostics.parseLine("Could not make proto path relative: x") { $0 })
        XCTAssertNil(ProtocDiagnostics.parseLine("") { $0 })
    }

    func testParseIgnoresWarningsAndDuplicates() {
        let stderr = """
        a.proto:1:1: warning: Import google/protobuf/empty.proto is unused.
        b.proto: File not found.
        a.proto:3:1: Import "b.proto" was not found or had errors.
        a.proto:3:1: Import "b.proto" was not found or had errors.
        [libprotobuf WARNING something]
        """
        let findings = ProtocDiagnostics.parse(stderr) { $0 }
        // The pathless "File not found." folds into the import statement's finding.
        XCTAssertEqual(findings.map(\.description),
                       ["a.proto:3:1:Import \"b.proto\" was not found: no import root holds this file."])
    }

    // MARK: - Import resolvers

    func testDirectoryResolverFirstRootWins() throws {
        let base = try FileSystem.makeTemporaryDirectory(prefix: "resolver-test")
        defer { FileSystem.remove(base) }
        try FileSystem.writeAtomically(Data("first".utf8), to: "\(base)/one/acme/x.proto")
        try FileSystem.writeAtomically(Data("second".utf8), to: "\(base)/two/acme/x.proto")
        try FileSystem.writeAtomically(Data("only".utf8), to: "\(base)/two/acme/y.proto")
        try FileSystem.writeAtomically(Data("not proto".utf8), to: "\(base)/two/acme/readme.md")
        let resolver = DirectoryImportResolver(roots: ["\(base)/one", "\(base)/two"], displayPrefixes: ["proto/", "vendor/"])

        XCTAssertEqual(resolver.read("acme/x.proto"), Data("first".utf8))
        XCTAssertEqual(resolver.read("acme/y.proto"), Data("only".utf8))
        XCTAssertNil(resolver.read("acme/z.proto"))
        XCTAssertEqual(resolver.listFiles(), ["acme/x.proto", "acme/y.proto"])
        XCTAssertEqual(resolver.displayPath(for: "acme/x.proto"), "proto/acme/x.proto")
        XCTAssertEqual(resolver.displayPath(for: "acme/y.proto"), "vendor/acme/y.proto")
        XCTAssertEqual(resolver.displayPath(for: "acme/z.proto"), "acme/z.proto")
    }

    func testDirectoryResolverDefaultPrefixIsTheRoot() throws {
        let base = try FileSystem.makeTemporaryDirectory(prefix: "resolver-test")
        defer { FileSystem.remove(base) }
        try FileSystem.writeAtomically(Data(), to: "\(base)/a.proto")
        let resolver = DirectoryImportResolver(roots: [base])
        XCTAssertEqual(resolver.displayPath(for: "a.proto"), "\(base)/a.proto")
    }

    func testInMemoryResolver() {
        let resolver = InMemoryImportResolver(files: ["b.proto": Data("b".utf8), "a.proto": Data(), "notes.txt": Data()],
                                              displayPrefix: "git:v1/")
        XCTAssertEqual(resolver.listFiles(), ["a.proto", "b.proto"])
        XCTAssertEqual(resolver.read("b.proto"), Data("b".utf8))
        XCTAssertNil(resolver.read("c.proto"))
        XCTAssertEqual(resolver.displayPath(for: "a.proto"), "git:v1/a.proto")
    }
}
