@testable import CodeGen
import Foundation
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics
import SwiftProtobuf
import XCTest

final class NodeGeneratorTests: XCTestCase {
    private static let commonRoot = "\(NodeTestSupport.examples)/common/proto"
    private static let billingRoot = "\(NodeTestSupport.examples)/billing/proto"

    private func examples() throws -> (set: Google_Protobuf_FileDescriptorSet, common: [String], billing: [String]) {
        let common = NodeTestSupport.protoFiles(under: Self.commonRoot)
        let billing = NodeTestSupport.protoFiles(under: Self.billingRoot)
        let (set, _) = try NodeTestSupport.compile(includes: [Self.commonRoot, Self.billingRoot], files: common + billing)
        return (set, common, billing)
    }

    private func billingGenerator(common: [String]) throws -> NodeGenerator {
        NodeGenerator(grpc: true, mapping: NodePackageMapping(dependencies: [(try ModuleName("acme/common"), common)]))
    }

    private func text(_ files: GeneratedFiles, _ path: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let data = files[path] else {
            XCTFail("\(path) was not generated; got \(files.keys.sorted())", file: file, line: line)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    func testEachFileGetsACommonJSModuleDeclarationsAndAnESModuleItOwns() throws {
        let (set, common, billing) = try examples()
        let generator = try billingGenerator(common: common)
        let files = try generator.generate(set: set, files: billing)
        var expected: [String] = []
        for f in billing {
            let stem = String(f.dropLast(".proto".count)) + "_pb"
            expected += [stem + ".js", stem + ".d.ts", stem + ".mjs"]
        }
        XCTAssertEqual(files.keys.sorted(), expected.sorted())
        for path in files.keys {
            let owner = generator.owner(ofGenerated: path, among: billing)
            XCTAssertEqual(owner, path.components(separatedBy: "_pb.")[0] + ".proto", path)
        }
    }

    func testSupportFilesHoldTheRuntimeAndTheWellKnownTypesButNotADependencysFiles() throws {
        let (set, common, billing) = try examples()
        let support = try billingGenerator(common: common).supportFiles(set: set, files: billing)
        XCTAssertNotNil(support["_protopkg/wire.js"])
        XCTAssertNotNil(support["_protopkg/index.d.ts"])
        for wkt in ["timestamp", "duration", "field_mask"] {
            XCTAssertNotNil(support["google/protobuf/\(wkt)_pb.js"], wkt)
            XCTAssertNotNil(support["google/protobuf/\(wkt)_pb.d.ts"], wkt)
        }
        XCTAssertNil(support["google/protobuf/any_pb.js"], "only the well-known types the files use are generated")
        XCTAssertNil(support["acme/common/v1/money_pb.js"], "a dependency's module comes from its own package")
        XCTAssertTrue(text(support, "index.js").contains("billing: {"))
    }

    func testModulesRequireEachOtherRelativelyAndDependenciesByPackage() throws {
        let (set, common, billing) = try examples()
        let files = try billingGenerator(common: common).generate(set: set, files: billing)
        let js = text(files, "acme/billing/v1/invoice_service_pb.js")
        XCTAssertTrue(js.contains(#"require("../../../_protopkg/index.js")"#), js)
        XCTAssertTrue(js.contains(#"require("./invoice_pb.js")"#), js)
        XCTAssertTrue(js.contains(#"require("@acme/common-protos/acme/common/v1/money_pb.js")"#), js)
        XCTAssertTrue(js.contains(#"require("../../../google/protobuf/field_mask_pb.js")"#), js)
        let dts = text(files, "acme/billing/v1/invoice_service_pb.d.ts")
        XCTAssertTrue(dts.contains(#"import type * as $grpc from "@grpc/grpc-js";"#), dts)
        XCTAssertTrue(dts.contains(#"from "@acme/common-protos/acme/common/v1/paging_pb";"#), dts)
        let events = text(files, "acme/billing/events/v1/invoice_events_pb.js")
        XCTAssertTrue(events.contains(#"require("../../v1/invoice_pb.js")"#), events)
    }

    func testServicesNeedGRPC() throws {
        let (set, common, billing) = try examples()
        let withoutGRPC = NodeGenerator(grpc: false, mapping: try billingGenerator(common: common).mapping)
        let files = try withoutGRPC.generate(set: set, files: billing)
        let dts = text(files, "acme/billing/v1/invoice_service_pb.d.ts")
        XCTAssertFalse(dts.contains("@grpc/grpc-js"), dts)
        XCTAssertFalse(dts.contains("InvoiceServiceService"), dts)
        XCTAssertTrue(dts.contains("export interface CreateInvoiceRequest {"), dts)
        let withGRPC = try billingGenerator(common: common).generate(set: set, files: billing)
        let js = text(withGRPC, "acme/billing/v1/invoice_service_pb.js")
        XCTAssertTrue(js.contains(#"["WatchInvoices", "watchInvoices", exports.WatchInvoicesRequest, exports.WatchInvoicesResponse, false, true],"#), js)
        XCTAssertTrue(js.contains("exports.makeInvoiceServiceClient = (makeGenericClientConstructor) =>"), js)
    }

    /// IncrementalGeneration caches each file's output on its own: generating files one at a time
    /// must give what generating them together gives.
    func testFilesGenerateIndependently() throws {
        let (set, common, billing) = try examples()
        let generator = try billingGenerator(common: common)
        let together = try generator.generate(set: set, files: billing)
        var apart: GeneratedFiles = [:]
        for f in billing { apart.merge(try generator.generate(set: set, files: [f])) { a, _ in a } }
        XCTAssertEqual(together, apart)
        XCTAssertEqual(try generator.generatePackage(set: set, files: billing),
                       try generator.generatePackage(set: set, files: billing.reversed()))
    }

    func testSignatureFollowsTheOptionsAndTheMapping() throws {
        let common = try ModuleName("acme/common")
        let a = NodeGenerator(grpc: true, mapping: NodePackageMapping(dependencies: [(common, ["a.proto"])]))
        let b = NodeGenerator(grpc: true, mapping: NodePackageMapping(dependencies: [(common, ["b.proto"])]))
        XCTAssertNotEqual(a.signature, b.signature)
        XCTAssertNotEqual(a.signature, NodeGenerator(grpc: false, mapping: a.mapping).signature)
        XCTAssertEqual(a.signature, NodeGenerator(grpc: true, mapping: a.mapping).signature)
    }

    func testNamesThatCollideWithJavaScriptAreEscaped() throws {
        let root = NodeTestSupport.conformanceProtos
        let (set, _) = try NodeTestSupport.compile(includes: [root], files: ["conf/names/reserved.proto", "conf/proto3/kinds.proto"])
        let schema = Schema(set)
        let symbols = NodeFileSymbols(schema.filesByPath["conf/names/reserved.proto"]!, grpc: true)
        XCTAssertEqual(symbols.name(of: "conf.names.default.Map"), "Map$")
        XCTAssertEqual(symbols.name(of: "conf.names.default.class"), "class$")
        XCTAssertEqual(symbols.name(of: "conf.names.default.Symbol"), "Symbol$")
        XCTAssertEqual(symbols.name(of: "conf.names.default.Object.Inner"), "Object_Inner")
        XCTAssertEqual(symbols.name(of: "conf.names.default.Object_Inner"), "Object_Inner$")
        XCTAssertEqual(symbols.valueNames.contains("FunctionClient"), false)
        XCTAssertEqual(symbols.allNames.contains("FunctionClient"), true)

        let files = try NodeGenerator(grpc: true).generate(set: set, files: ["conf/proto3/kinds.proto"])
        let js = text(files, "conf/proto3/kinds_pb.js")
        XCTAssertTrue(js.contains(#"{ no: 4, name: "constructor$", json: "constructor", proto: "constructor", T: 5 }"#), js)
        XCTAssertTrue(js.contains(#"{ no: 5, name: "toString$", json: "toString", proto: "to_string", T: 9, utf8: true }"#), js)
        XCTAssertTrue(js.contains(#"{ no: 1, name: "custom", json: "renamed", proto: "custom", T: 5 }"#), js)
        XCTAssertTrue(js.contains(#"{ no: 8, name: "Proto", json: "Proto", proto: "__proto__", T: 5 }"#), js)
    }

    func testFeaturesDecidePresencePackingAndEncoding() throws {
        let root = NodeTestSupport.conformanceProtos
        let (set, _) = try NodeTestSupport.compile(includes: [root], files: ["conf/editions/file_level.proto", "conf/proto2/legacy.proto"])
        let files = try NodeGenerator(grpc: false).generate(set: set, files: ["conf/editions/file_level.proto", "conf/proto2/legacy.proto"])
        let editions = text(files, "conf/editions/file_level_pb.js")
        // File-level IMPLICIT, EXPANDED, DELIMITED, CLOSED, utf8 NONE, and fields that set them back.
        XCTAssertTrue(editions.contains(#"{ no: 1, name: "count", json: "count", proto: "count", T: 5 }"#), editions)
        XCTAssertTrue(editions.contains(#"{ no: 3, name: "values", json: "values", proto: "values", T: 5, rep: true }"#), editions)
        XCTAssertTrue(editions.contains(#"{ no: 4, name: "packedValues", json: "packedValues", proto: "packed_values", T: 5, rep: true, packed: true }"#), editions)
        XCTAssertTrue(editions.contains(#"{ no: 5, name: "part", json: "part", proto: "part", T: 10, ref: exports.Settings_Part }"#), editions)
        XCTAssertTrue(editions.contains(#"{ no: 7, name: "prefixedPart", json: "prefixedPart", proto: "prefixed_part", T: 11, ref: exports.Settings_Part }"#), editions)
        XCTAssertTrue(editions.contains(#"{ no: 11, name: "tracked", json: "tracked", proto: "tracked", T: 5, x: true }"#), editions)
        XCTAssertTrue(editions.contains(#"map: { K: 5, V: 11, ref: exports.Settings_Part }"#), "map values are never delimited: \(editions)")
        XCTAssertTrue(editions.contains(#"$rt.enumType("conf.editions.filelevel.Mode", [["MODE_OFF", 0], ["MODE_ON", 1]], true)"#), editions)
        XCTAssertTrue(editions.contains(#"$rt.enumType("conf.editions.filelevel.OpenMode", [["OPEN_MODE_OFF", 0], ["OPEN_MODE_ON", 1]], false)"#), editions)
        let legacy = text(files, "conf/proto2/legacy_pb.js")
        XCTAssertTrue(legacy.contains(#"{ no: 1, name: "dDouble", json: "dDouble", proto: "d_double", T: 1, x: true, def: -15000000000 }"#), legacy)
        XCTAssertTrue(legacy.contains(#"proto: "d_float", T: 2, x: true, def: Infinity }"#), legacy)
        XCTAssertTrue(legacy.contains(#"proto: "d_int64", T: 3, x: true, def: -9223372036854775808n }"#), legacy)
        XCTAssertTrue(legacy.contains(#"proto: "d_string", T: 9, x: true, def: "h\u00e9llo \"world\"\n" }"#), legacy)
        XCTAssertTrue(legacy.contains(#"proto: "d_bytes", T: 12, x: true, def: $rt.bytes("AAH/XGFiYwo=") }"#), legacy)
        XCTAssertTrue(legacy.contains(#"proto: "d_first_enum", T: 14, ref: exports.Size, x: true, def: 1 }"#), legacy)
        XCTAssertTrue(legacy.contains(#"{ no: 1, name: "id", json: "id", proto: "id", T: 5, req: true }"#), legacy)
        XCTAssertTrue(legacy.contains(#"{ no: 1, name: "header", json: "header", proto: "header", T: 10, ref: exports.Groups_Header }"#), legacy)
        XCTAssertTrue(legacy.contains(#"{ no: 3, name: "packedSizes", json: "packedSizes", proto: "packed_sizes", T: 14, ref: exports.Size, rep: true, packed: true }"#), legacy)
    }

    func testCommentsAndDeprecationReachTheDeclarations() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-comments")
        defer { FileSystem.remove(dir) }
        try Data("""
            syntax = "proto3";
            package c.v1;
            // A thing, described. Comments may say */ too.
            message Thing {
              // Its name.
              string name = 1;
              int32 old = 2 [deprecated = true];
            }
            """.utf8).write(to: URL(fileURLWithPath: "\(dir)/c.proto"))
        let out = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-comments-set")
        defer { FileSystem.remove(out) }
        let run = try ProcessRunner.run(NodeTestSupport.python, ["-m", "grpc_tools.protoc", "-I\(dir)", "--include_source_info",
                                                                "--descriptor_set_out=\(out)/set.binpb", "c.proto"])
        XCTAssertEqual(run.status, 0, run.stderrText)
        let set = try Google_Protobuf_FileDescriptorSet(serializedBytes: try Data(contentsOf: URL(fileURLWithPath: "\(out)/set.binpb")))
        let dts = text(try NodeGenerator(grpc: false).generate(set: set, files: ["c.proto"]), "c_pb.d.ts")
        XCTAssertTrue(dts.contains("/**\n * A thing, described. Comments may say *\\/ too.\n */\nexport interface Thing {"), dts)
        XCTAssertTrue(dts.contains("  /**\n   * Its name.\n   */\n  name: string;"), dts)
        XCTAssertTrue(dts.contains("  /**\n   * @deprecated\n   */\n  old: number;"), dts)
    }

    func testAFileMissingFromTheSetIsAnError() throws {
        let (set, _, billing) = try examples()
        var partial = set
        partial.file.removeAll { $0.name == "acme/common/v1/money.proto" }
        XCTAssertThrowsError(try NodeGenerator(grpc: true).generate(set: partial, files: billing)) { error in
            let e = error as? ProtopkgError
            XCTAssertTrue(e?.message.contains("acme.common.v1.Money, which is not in the descriptor set") == true, "\(error)")
            XCTAssertTrue(e?.hint?.contains("--include_imports") == true, "\(error)")
        }
        XCTAssertThrowsError(try NodeGenerator(grpc: true).generate(set: set, files: ["nope.proto"])) { error in
            XCTAssertTrue((error as? ProtopkgError)?.message.contains("nope.proto is not in the descriptor set") == true, "\(error)")
        }
    }

    func testBytesDefaultsAreUnescapedAsProtocEscapesThem() throws {
        XCTAssertEqual(try NodeFieldPlan.unescapeBytes(#"\000\001\377\\abc\n\x7f\"q"#, field: "f"),
                       Data([0, 1, 255, 0x5C, 0x61, 0x62, 0x63, 0x0A, 0x7F, 0x22, 0x71]))
        XCTAssertThrowsError(try NodeFieldPlan.unescapeBytes(#"\xZZ"#, field: "f"))
    }

    func testRelativeSpecifiers() {
        XCTAssertEqual(NodeModuleLocator.relative(from: "a/b/c.proto", to: "a/b/d_pb"), "./d_pb")
        XCTAssertEqual(NodeModuleLocator.relative(from: "a/b/c.proto", to: "a/e/f_pb"), "../e/f_pb")
        XCTAssertEqual(NodeModuleLocator.relative(from: "c.proto", to: "google/protobuf/any_pb"), "./google/protobuf/any_pb")
        XCTAssertEqual(NodeModuleLocator.relative(from: "a/b/c.proto", to: "x_pb"), "../../x_pb")
    }
}
