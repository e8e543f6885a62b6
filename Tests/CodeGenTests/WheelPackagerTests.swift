import ArchiveKit
import CodeGen
import Foundation
import ProtoPackaging
import ProtopkgBasics
import XCTest

final class WheelPackagerTests: XCTestCase {
    func wheel(version: String = "1.2.0") throws -> (String, [ArchiveEntry]) {
        let files: GeneratedFiles = ["acme/billing/v1/invoice_pb2.py": Data("x = 1\n".utf8),
                                     "acme/billing/v1/invoice_pb2_grpc.py": Data("y = 2\n".utf8)]
        let input = WheelPackager.Input(module: try ModuleName("acme/billing"), version: try SemVer(version), files: files,
                                        requirements: ["protobuf<8,>=7.35.1", "grpcio>=1.85.1", "acme-common-protos>=1.2.0,<2.0.0"])
        let (name, data) = try WheelPackager.package(input)
        return (name, try ArchiveReader.read(data))
    }

    func testNameLayoutAndMetadata() throws {
        let (name, entries) = try wheel()
        XCTAssertEqual(name, "acme_billing_protos-1.2.0-py3-none-any.whl")
        XCTAssertEqual(entries.map(\.path), [
            "acme/billing/v1/invoice_pb2.py", "acme/billing/v1/invoice_pb2_grpc.py",
            "acme_billing_protos-1.2.0.dist-info/METADATA", "acme_billing_protos-1.2.0.dist-info/WHEEL",
            "acme_billing_protos-1.2.0.dist-info/RECORD"])
        XCTAssertFalse(entries.contains { $0.path.hasSuffix("__init__.py") }, "namespace packages own no shared file")
        let metadata = String(decoding: entries[2].data, as: UTF8.self)
        XCTAssertTrue(metadata.contains("Name: acme-billing-protos\n"))
        XCTAssertTrue(metadata.contains("Version: 1.2.0\n"))
        XCTAssertTrue(metadata.contains("Requires-Dist: grpcio>=1.85.1\n"))
        XCTAssertTrue(metadata.contains("Requires-Dist: acme-common-protos>=1.2.0,<2.0.0\n"))
        XCTAssertTrue(String(decoding: entries[3].data, as: UTF8.self).contains("Tag: py3-none-any"))
    }

    func testRecordHashesEveryOtherEntry() throws {
        let (_, entries) = try wheel()
        let record = String(decoding: entries.last!.data, as: UTF8.self).split(separator: "\n").map(String.init)
        XCTAssertEqual(record.count, entries.count)
        for entry in entries.dropLast() {
            let line = "\(entry.path),sha256=\(SHA256Hex.base64URL(entry.data)),\(entry.data.count)"
            XCTAssertTrue(record.contains(line), "missing \(line)")
        }
        XCTAssertEqual(record.last, "acme_billing_protos-1.2.0.dist-info/RECORD,,")
    }

    func testPreReleaseVersionsUsePEP440() throws {
        let (name, _) = try wheel(version: "2.0.0-rc.1")
        XCTAssertEqual(name, "acme_billing_protos-2.0.0rc1-py3-none-any.whl")
    }

    func testRequirementsComeFromTheToolchainAndTheDependencies() throws {
        let info = PythonToolchainInfo(grpcToolsVersion: "1.85.1", protobufRequirement: "protobuf <8.0.0, >=7.35.1", location: "/x")
        let deps = [Dependency(name: try ModuleName("acme/common"), range: try VersionRange("^1.2"))]
        XCTAssertEqual(try WheelPackager.requirements(python: info, grpcRuntime: "1.85.1", deps: deps),
                       ["protobuf<8.0.0,>=7.35.1", "grpcio>=1.85.1", "acme-common-protos>=1.2.0,<2.0.0"])
        XCTAssertEqual(try WheelPackager.requirements(python: info, grpcRuntime: nil, deps: []), ["protobuf<8.0.0,>=7.35.1"])
    }
}
