import ArchiveKit
@testable import CodeGen
import Foundation
import ProtoBundle
import ProtoPackaging
import ProtopkgBasics
import XCTest

/// `protopkg build` with a `node` target: the npm package lands in `dist/npm/`, recorded in the
/// bundle under its npm name, requiring a dependency module's types from that module's package.
final class NodeLanguageTargetTests: XCTestCase {
    var dirs: [String] = []

    override func tearDown() { dirs.forEach(FileSystem.remove) }

    /// A copy of examples/common and examples/billing, without outputs of earlier builds.
    func examples() throws -> String {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-build")
        dirs.append(dir)
        for name in ["common", "billing"] {
            try FileManager.default.copyItem(atPath: "\(TestModule.repositoryRoot)/examples/\(name)", toPath: "\(dir)/\(name)")
            FileSystem.remove("\(dir)/\(name)/dist")
            FileSystem.remove("\(dir)/\(name)/.protopkg")
        }
        return dir
    }

    func entries(_ path: String) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try ArchiveReader.read(try FileSystem.read(path), name: path).map { ($0.path, $0.data) })
    }

    func packageJSON(_ entries: [String: Data]) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: try XCTUnwrap(entries["package/package.json"])) as? [String: Any])
    }

    func testTheNodeTargetIsOneOfTheManifestsTargets() {
        let targets = Targets(python: PythonTarget(), node: NodeTarget(grpc: true), descriptor: DescriptorTarget())
        XCTAssertEqual(LanguageTargets.of(targets).map(\.name), ["python", "node", "descriptor"])
        XCTAssertEqual(LanguageTargets.of(targets).map(\.name), targets.names)
    }

    func testBuildWritesTheNpmPackageAndRecordsItsName() throws {
        let dir = try examples()
        let builder = ModuleBuilder(toolchain: TestModule.toolchain)
        let report = try builder.build(directory: "\(dir)/billing", only: ["node"])
        XCTAssertEqual(report.regenerated["node"], 3, "one per .proto file of acme/billing")
        let tarballPath = "\(dir)/billing/dist/npm/acme-billing-protos-1.0.0.tgz"
        let tarball = try entries(tarballPath)
        let json = try packageJSON(tarball)
        XCTAssertEqual(json["name"] as? String, "@acme/billing-protos")
        XCTAssertEqual(json["version"] as? String, "1.0.0")
        XCTAssertEqual(json["dependencies"] as? [String: String], ["@acme/common-protos": "^1.2"])
        XCTAssertEqual(json["peerDependencies"] as? [String: String], ["@grpc/grpc-js": NpmPackager.grpcJSRange])
        XCTAssertNil(json["peerDependenciesMeta"], "grpc: true makes grpc-js a required peer")
        // acme/common has a node target: its types come from its package, not from this one.
        XCTAssertNil(tarball["package/acme/common/v1/money_pb.js"])
        let invoice = String(decoding: try XCTUnwrap(tarball["package/acme/billing/v1/invoice_pb.js"]), as: UTF8.self)
        XCTAssertTrue(invoice.contains("require(\"@acme/common-protos/acme/common/v1/money_pb.js\")"), invoice)
        // The well-known types no dependency provides are generated into the package.
        XCTAssertNotNil(tarball["package/google/protobuf/timestamp_pb.js"])
        XCTAssertNotNil(tarball["package/_protopkg/wire.js"])
        XCTAssertNotNil(tarball["package/proto/acme/billing/v1/invoice.proto"])
        XCTAssertNotNil(tarball["package/descriptor.binpb"])

        let bundle = try BundleReader(try FileSystem.read(report.bundlePath), name: "bundle")
        XCTAssertEqual(bundle.manifest.packages?["npm/acme-billing-protos-1.0.0.tgz"], "@acme/billing-protos")
        XCTAssertEqual(bundle.artifacts["npm/acme-billing-protos-1.0.0.tgz"], try FileSystem.read(tarballPath))
        XCTAssertNotNil(bundle.entries["gen/node/acme/billing/v1/invoice_pb.d.ts"])
        XCTAssertNotNil(bundle.entries["gen/node/_protopkg/wire.js"], "the bundle's gen/node/ is the whole package")
        XCTAssertNotNil(bundle.manifest.toolchain["protopkg-node-runtime"])

        // Another build into another directory reuses every generated file and packs the same bytes.
        let again = try builder.build(directory: "\(dir)/billing", out: "\(dir)/again", only: ["node"])
        XCTAssertEqual(again.regenerated["node"], 0)
        XCTAssertEqual(try FileSystem.read("\(dir)/again/npm/acme-billing-protos-1.0.0.tgz"), try FileSystem.read(tarballPath))
    }

    func testMessagesOnlyMakeGrpcJSAnOptionalPeer() throws {
        let dir = try examples()
        _ = try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: "\(dir)/common", only: ["node"])
        let json = try packageJSON(try entries("\(dir)/common/dist/npm/acme-common-protos-1.2.0.tgz"))
        XCTAssertEqual(json["name"] as? String, "@acme/common-protos")
        XCTAssertNil(json["dependencies"])
        XCTAssertEqual((json["peerDependenciesMeta"] as? [String: [String: Bool]])?["@grpc/grpc-js"], ["optional": true])
    }

    /// A dependency without a node target has no package to require: its files are generated
    /// into the dependant's package, and the dependant's package.json does not name it. A module
    /// two steps away that has one is still required from its package, and depended on.
    func testADependencyWithoutANodeTargetIsBundled() throws {
        let dir = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-deps")
        dirs.append(dir)
        func module(_ name: String, _ manifest: String, _ files: [String: String]) throws {
            try FileSystem.writeAtomically(Data(manifest.utf8), to: "\(dir)/\(name)/protopkg.yaml")
            for (path, text) in files { try FileSystem.writeAtomically(Data(text.utf8), to: "\(dir)/\(name)/proto/\(path)") }
        }
        try module("units", "name: acme/units\nversion: 2.1.0\ntargets:\n  node: {}\n",
                   ["acme/units/v1/unit.proto": "syntax = \"proto3\";\npackage acme.units.v1;\nmessage Unit { string code = 1; }\n"])
        try module("base", "name: acme/base\nversion: 1.0.0\ndeps:\n  acme/units: { version: ^2.0, path: ../units }\ntargets:\n  descriptor: {}\n",
                   ["acme/base/v1/base.proto": "syntax = \"proto3\";\npackage acme.base.v1;\nimport \"acme/units/v1/unit.proto\";\n"
                        + "message Base { string id = 1; acme.units.v1.Unit unit = 2; }\n"])
        try module("app", "name: acme/app\nversion: 0.1.0\ndeps:\n  acme/base: { version: ^1.0, path: ../base }\ntargets:\n  node: {}\n",
                   ["acme/app/v1/app.proto": "syntax = \"proto3\";\npackage acme.app.v1;\nimport \"acme/base/v1/base.proto\";\n"
                        + "message App { acme.base.v1.Base base = 1; }\n"])
        _ = try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: "\(dir)/app")
        let tarball = try entries("\(dir)/app/dist/npm/acme-app-protos-0.1.0.tgz")
        let base = String(decoding: try XCTUnwrap(tarball["package/acme/base/v1/base_pb.js"], "acme/base is bundled"), as: UTF8.self)
        XCTAssertTrue(base.contains("require(\"@acme/units-protos/acme/units/v1/unit_pb.js\")"), base)
        XCTAssertNil(tarball["package/acme/units/v1/unit_pb.js"])
        XCTAssertEqual(try packageJSON(tarball)["dependencies"] as? [String: String], ["@acme/units-protos": "^2.0"])
    }
}
