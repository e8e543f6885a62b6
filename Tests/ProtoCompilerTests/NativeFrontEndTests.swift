import Foundation
@testable import ProtoCompiler
import ProtopkgBasics
import SwiftProtobuf
import XCTest

final class NativeFrontEndTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func compile(_ files: [String: String], _ names: [String], sourceInfo: Bool = true) throws -> CompileResult {
        let resolver = InMemoryImportResolver(files: files.mapValues { Data($0.utf8) }, displayPrefix: "proto/")
        return try NativeFrontEnd().compile(CompileRequest(sources: [resolver], files: names, includeSourceInfo: sourceInfo))
    }

    func testWellKnownTypesAreBuiltIn() throws {
        let result = try compile(["acme/v1/event.proto": """
            syntax = "proto3";
            package acme.v1;
            import "google/protobuf/timestamp.proto";
            message Event { google.protobuf.Timestamp at = 1; }
            """], ["acme/v1/event.proto"])
        let set = try result.descriptorSet()
        XCTAssertEqual(set.file.map(\.name), ["google/protobuf/timestamp.proto", "acme/v1/event.proto"])
        XCTAssertEqual(set.file[1].messageType[0].field[0].typeName, ".google.protobuf.Timestamp")
        XCTAssertEqual(set.file[1].messageType[0].field[0].jsonName, "at")
        XCTAssertTrue(set.file[0].hasSourceCodeInfo)
        let alone = try DescriptorSetBytes.files(result.serialized(includeImports: false, includeSourceInfo: false))
        XCTAssertEqual(alone.map(\.name), ["acme/v1/event.proto"])
    }

    func testALargeSetDecodesOnAllCoresToWhatOneDecodeGives() throws {
        // Enough files to be split into chunks, each with a message, an enum and source info.
        var files: [String: String] = [:]
        for i in 0..<150 {
            files[String(format: "acme/f%03d.proto", i)] = """
                syntax = "proto3";
                package acme.f\(i);
                // Message \(i).
                message M\(i) { string name = 1; repeated int64 ids = 2; }
                enum E\(i) { E\(i)_UNSPECIFIED = 0; }
                """
        }
        let result = try compile(files, files.keys.sorted())
        let parallel = try result.descriptorSet()
        let whole = try Google_Protobuf_FileDescriptorSet(serializedBytes: result.bytes)
        XCTAssertEqual(parallel.file.count, 150)
        XCTAssertEqual(parallel, whole)
        XCTAssertThrowsError(try CompileResult.decode(Data([0x0A, 0x05, 0x01])))
    }

    func testDescriptorsAsValuesEqualTheBytesDecoded() throws {
        // Every kind of element the encoder writes, custom options (unknown fields once decoded),
        // comments, editions with visibility, and an option stripped by source retention.
        let files: [String: String] = [
            "acme/opts.proto": """
                syntax = "proto2";
                package acme;
                import "google/protobuf/descriptor.proto";
                extend google.protobuf.FieldOptions { optional string note = 50001; optional int32 weight = 50002; }
                extend google.protobuf.MessageOptions { optional Meta meta = 50003; }
                extend google.protobuf.FileOptions { optional string kept = 50004 [retention = RETENTION_SOURCE]; }
                message Meta { optional string owner = 1; repeated int32 tags = 2; }
                """,
            "acme/v1/shop.proto": """
                // The shop.
                syntax = "proto2";

                // Detached.

                package acme.v1;
                import public "acme/opts.proto";
                import "google/protobuf/timestamp.proto";
                option java_package = "com.acme.v1";
                option (acme.kept) = "gone";
                /* Leading. */
                message Order {
                  option (acme.meta) = { owner: "ops" tags: [1, 2] };
                  optional string id = 1 [(acme.note) = "key", (acme.weight) = 3, json_name = "orderId"];
                  optional double total = 2 [default = -1.5e10];
                  optional Kind kind = 3 [default = BIG];
                  oneof pay { string card = 4; bytes token = 5 [default = "\\001x"]; }
                  map<string, google.protobuf.Timestamp> at = 6; // trailing
                  repeated group Line = 7 { optional int64 qty = 1; }
                  extensions 100 to 199, 500 to max;
                  reserved 8, 10 to 12;
                  reserved "old";
                  enum Kind { SMALL = 0; BIG = 1 [deprecated = true]; reserved 5; reserved "HUGE"; }
                }
                extend Order { optional bool rush = 100; }
                service Shop {
                  option deprecated = true;
                  rpc Place(Order) returns (Order) { option idempotency_level = IDEMPOTENT; }
                  rpc Watch(stream Order) returns (stream Order);
                }
                """,
            "acme/v2/next.proto": """
                edition = "2024";
                package acme.v2;
                option features.field_presence = IMPLICIT;
                export message Visible { int32 a = 1 [features.field_presence = EXPLICIT]; }
                local enum Hidden { option features.enum_type = CLOSED; HIDDEN_UNSPECIFIED = 0; }
                message P3 { string name = 1; }
                """,
            "acme/v3/p3.proto": """
                syntax = "proto3";
                package acme.v3;
                message M { optional string maybe = 1; repeated int32 packed = 2; }
                """,
        ]
        let names = files.keys.sorted()
        let resolver = InMemoryImportResolver(files: files.mapValues { Data($0.utf8) }, displayPrefix: "proto/")
        for sourceInfo in [true, false] {
            let request = CompileRequest(sources: [resolver], files: names, includeSourceInfo: sourceInfo)
            let bytes = try NativeFrontEnd().compile(request).bytes
            var asValues = request
            asValues.output = .descriptors
            let values = try NativeFrontEnd().compile(asValues)
            let decoded = try Google_Protobuf_FileDescriptorSet(serializedBytes: bytes)
            XCTAssertGreaterThan(decoded.file.count, names.count, "imports are in the set")
            // Values leave the source info out, and give it per file on request.
            XCTAssertFalse(try values.descriptorSet().file.contains(where: \.hasSourceCodeInfo))
            XCTAssertEqual(values.sourceInfoProvider == nil, !sourceInfo)
            let completed = try values.completeDescriptorSet()
            for (value, expected) in zip(completed.file, decoded.file) {
                XCTAssertEqual(value, expected, "\(expected.name), source info \(sourceInfo)")
            }
            XCTAssertEqual(completed, decoded)
            // A result made as values still writes protoc's bytes.
            XCTAssertEqual(values.bytes, bytes)
        }
    }

    func testTheRequestsFilesShadowTheBuiltInOnes() throws {
        let result = try compile([
            "google/protobuf/empty.proto": "syntax = \"proto3\";\npackage google.protobuf;\nmessage Empty { int32 extra = 1; }\n",
            "x.proto": "syntax = \"proto3\";\nimport \"google/protobuf/empty.proto\";\nmessage X { google.protobuf.Empty e = 1; }\n",
        ], ["x.proto"])
        let set = try result.descriptorSet()
        XCTAssertEqual(set.file[0].messageType[0].field.map(\.name), ["extra"])
    }

    func testErrorsCarryTheDisplayPathAndProtocsLineAndColumn() {
        // A tab advances to the next multiple of 8, as protoc counts columns.
        let text = "syntax = \"proto3\";\nmessage M {\n\tint32\ta = 1\n}\n"
        XCTAssertThrowsError(try compile(["a/x.proto": text], ["a/x.proto"])) { error in
            let findings = (error as? ProtopkgError)?.findings ?? []
            XCTAssertEqual(findings, [Finding(path: "proto/a/x.proto", startLine: 4, startColumn: 1, type: "COMPILE", message: "Expected \";\".")])
        }
    }

    func testErrorsOfImportsAreReportedInTheImportedFile() {
        XCTAssertThrowsError(try compile([
            "main.proto": "syntax = \"proto3\";\nimport \"dep.proto\";\nmessage M { Dep d = 1; }\n",
            "dep.proto": "syntax = \"proto3\";\nmessage Dep { int32 a = 1 }\n",
        ], ["main.proto"])) { error in
            let lines = ((error as? ProtopkgError)?.findings ?? []).map { "\($0.path):\($0.startLine):\($0.startColumn): \($0.message)" }
            XCTAssertEqual(lines, [
                "proto/dep.proto:2:27: Expected \";\".",
                "proto/main.proto:2:1: Import \"dep.proto\" was not found or had errors.",
                "proto/main.proto:3:13: \"Dep\" is not defined.",
            ])
        }
    }

    func testAMissingImportIsOneErrorAtTheImport() {
        let files = ["main.proto": "syntax = \"proto3\";\nimport \"missing.proto\";\nmessage M {}\n"]
        XCTAssertThrowsError(try compile(files, ["main.proto"])) { error in
            let lines = ((error as? ProtopkgError)?.findings ?? []).map { "\($0.path):\($0.startLine):\($0.startColumn): \($0.message)" }
            XCTAssertEqual(lines, ["proto/main.proto:2:1: Import \"missing.proto\" was not found: no import root holds this file."])
        }
        // protoc's own wording, for the conformance tests: the file, then the import.
        let resolver = InMemoryImportResolver(files: files.mapValues { Data($0.utf8) }, displayPrefix: "proto/")
        XCTAssertThrowsError(try NativeFrontEnd(protocWording: true).compile(CompileRequest(sources: [resolver], files: ["main.proto"]))) { error in
            XCTAssertEqual((error as? ProtopkgError)?.findings.map(\.message),
                           ["File not found.", "Import \"missing.proto\" was not found or had errors."])
        }
    }

    func testCommentsAreAttachedAsProtocAttachesThem() throws {
        let result = try compile(["c.proto": """
            // leading file
            syntax = "proto3";  // trailing syntax

            // detached

            /* leading pkg */
            package x;
            message A {
              // lead a
              int32 a = 1; /* trail a */
            }
            """], ["c.proto"])
        let info = try result.descriptorSet().file[0].sourceCodeInfo
        let syntax = try XCTUnwrap(info.location.first { $0.path == [12] })
        XCTAssertEqual(syntax.leadingComments, " leading file\n")
        XCTAssertEqual(syntax.trailingComments, " trailing syntax\n")
        let package = try XCTUnwrap(info.location.first { $0.path == [2] })
        XCTAssertEqual(package.leadingComments, " leading pkg ")
        XCTAssertEqual(package.leadingDetachedComments, [" detached\n"])
        XCTAssertEqual(package.span, [6, 0, 10])
        let field = try XCTUnwrap(info.location.first { $0.path == [4, 0, 2, 0] })
        XCTAssertEqual(field.leadingComments, " lead a\n")
        XCTAssertEqual(field.trailingComments, " trail a ")
    }

    func testTheAstKeepsEveryComment() {
        let text = Array("syntax = \"proto3\"; // a\n/* b */ message M { // c\n}\n// d\n".utf8)
        let (ast, diagnostics) = text.withUnsafeBufferPointer { Parser.parse($0, name: "x.proto", keepComments: true) }
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(ast.comments.map(\.style), [.line, .block, .line, .line])
        XCTAssertEqual(ast.comments.map(\.line), [0, 1, 1, 3])
        let texts = ast.comments.map { String(decoding: text[Int($0.offset)..<Int($0.offset + $0.length)], as: UTF8.self) }
        XCTAssertEqual(texts, ["// a\n", "/* b */", "// c\n", "// d\n"])
    }

    /// The embedded protos are protoc 35.1's include directory, byte for byte.
    func testEmbeddedProtosAreProtocsIncludeDirectory() throws {
        let expected = [
            "any", "api", "compiler/plugin", "cpp_features", "descriptor", "duration", "empty", "field_mask", "go_features",
            "java_features", "source_context", "struct", "timestamp", "type", "wrappers",
        ].map { "google/protobuf/\($0).proto" }
        XCTAssertEqual(EmbeddedProtos.files.keys.sorted(), expected)
        let lib = Self.repository.appendingPathComponent(".venv/lib")
        let python = (try? FileManager.default.contentsOfDirectory(atPath: lib.path))?.first { $0.hasPrefix("python3") }
        guard let python else { return }
        let include = lib.appendingPathComponent("\(python)/site-packages/grpc_tools/_proto")
        for name in expected {
            guard let disk = try? String(contentsOf: include.appendingPathComponent(name), encoding: .utf8) else { continue }
            XCTAssertEqual(EmbeddedProtos.files[name], disk, "\(name) differs from grpcio-tools'; run scripts/embed-well-known-types.py")
        }
    }

    func testDefaultValuesArePrintedAsProtocPrintsThem() throws {
        let result = try compile(["d.proto": """
            syntax = "proto2";
            enum E { A = 0; B = 1; }
            message M {
              optional int32 i = 1 [default = 0x10];
              optional int64 n = 2 [default = -0];
              optional float f = 3 [default = 0.1];
              optional double d = 4 [default = 1e10];
              optional bytes b = 5 [default = "a\\001\\"'"];
              optional E e = 6 [default = B];
              optional double inf = 7 [default = -inf];
            }
            """], ["d.proto"], sourceInfo: false)
        let fields = try result.descriptorSet().file[0].messageType[0].field
        XCTAssertEqual(fields.map(\.defaultValue), ["16", "0", "0.1", "10000000000", "a\\001\\\"\\'", "B", "-inf"])
    }
}
