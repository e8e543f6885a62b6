@testable import CodeGen
import Foundation
import ProtoPackaging
import ProtoSchema
import SwiftProtobuf
import ProtopkgBasics
import XCTest

/// `tsc --strict --noEmit` (Debian's node-typescript) on application code that uses the
/// generated declarations: the hand-written consumers of Tests/integration/node/typecheck (one
/// CommonJS, one an ES module resolved through `exports`), and a file written here that creates,
/// encodes, decodes and converts every message and names every enum value of the conformance
/// package.
final class NodeTypeCheckTests: XCTestCase {
    func testDeclarationsPassStrictTypeScript() throws {
        let work = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-tsc")
        defer {
            NodeTestSupport.keep(work, as: "tsc")
            FileSystem.remove(work)
        }
        try NodeTestSupport.installExamples(into: work)
        let confFiles = NodeTestSupport.protoFiles(under: NodeTestSupport.conformanceProtos)
        let (set, bytes) = try NodeTestSupport.compile(includes: [NodeTestSupport.conformanceProtos], files: confFiles)
        let generated = try NodeGenerator(grpc: true).generatePackage(set: set, files: confFiles)
        try NodeTestSupport.install(.init(module: try ModuleName("conf/conformance"), version: try SemVer("1.0.0"),
                                          files: generated,
                                          protoSources: [:], descriptorSet: bytes, dependencies: [], grpc: true),
                                    into: "\(work)/node_modules")
        for f in ["consumer.ts", "esm_consumer.mts", "grpc-js.d.ts", "tsconfig.json", "tsconfig.esm.json"] {
            try FileManager.default.copyItem(atPath: "\(NodeTestSupport.scripts)/typecheck/\(f)", toPath: "\(work)/\(f)")
        }
        let everyType = Self.everyType(set: set, generated: generated, package: "@conf/conformance-protos")
        try Data(everyType.utf8).write(to: URL(fileURLWithPath: "\(work)/every_type.ts"))
        let out = try NodeTestSupport.run("tsc", ["-p", "\(work)/tsconfig.json"])
        XCTAssertEqual(out.status, 0, out.stdoutText)
        // The same packages through `exports`, as an ES module application resolves them.
        let esm = try NodeTestSupport.run("tsc", ["-p", "\(work)/tsconfig.esm.json"])
        XCTAssertEqual(esm.status, 0, esm.stdoutText)
        XCTAssertGreaterThan(everyType.components(separatedBy: ".create(").count, 40)
    }

    /// For each message of the generated files (the well-known types the package holds included)
    /// a block that exercises its MessageType; for each enum, every value.
    static func everyType(set: SwiftProtobuf.Google_Protobuf_FileDescriptorSet, generated: GeneratedFiles, package: String) -> String {
        let schema = Schema(set)
        var text = "// Every generated message and enum, created, encoded, decoded and converted.\n"
        var body = ""
        let paths = schema.filesByPath.keys.sorted().filter { generated[NodeModuleLocator.stem(of: $0) + ".d.ts"] != nil }
        for (i, path) in paths.enumerated() {
            let file = schema.filesByPath[path]!
            let symbols = NodeFileSymbols(file, grpc: true)
            text += "import * as m\(i) from \"\(package)/\(NodeModuleLocator.stem(of: path))\";\n"
            for m in file.allMessages where !m.isMapEntry {
                let t = "m\(i).\(symbols.name(of: m.fullName)!)"
                body += """
                {
                  const a: \(t) = \(t).create();
                  const b: Uint8Array = \(t).encode(a);
                  const c: \(t) = \(t).decode(b);
                  const j = \(t).toJSON(c);
                  const d: \(t) = \(t).fromJSON(j);
                  const defaults = \(t).defaults;
                  void d;
                  void defaults;
                }

                """
            }
            for e in file.allEnums {
                let t = "m\(i).\(symbols.name(of: e.fullName)!)"
                for v in e.values { body += "{ const v: \(t) = \(t)[\(NodeNames.stringLiteral(v.name))]; void v; }\n" }
            }
        }
        return text + "\n" + body
    }
}
