import ArchiveKit
import CodeGen
import Foundation
import XCTest

final class SwiftPackagerTests: XCTestCase {
    func input(grpc: Bool) -> SwiftPackager.Input {
        SwiftPackager.Input(
            moduleName: "AcmeBillingProtos",
            files: ["acme_billing_v1_invoice.pb.swift": Data("// messages\n".utf8),
                    "acme_billing_v1_invoice_service.grpc.swift": Data("// stubs\n".utf8)],
            swiftProtobufVersion: "1.39.0", grpcSwiftProtobufVersion: grpc ? "2.4.1" : nil,
            dependencies: [.init(identity: "acme.common-protos", product: "AcmeCommonProtos", requirement: "from: \"1.2.0\""),
                           .init(identity: "acme.audit-protos", product: "AcmeAuditProtos", requirement: "exact: \"0.3.0\"")])
    }

    func testTheArchiveHasOneTopLevelDirectoryAManifestAndTheSources() throws {
        let (manifest, zip) = try SwiftPackager.package(input(grpc: true))
        let entries = try ArchiveReader.read(zip, name: "stubs.zip")
        XCTAssertEqual(entries.map(\.path), [
            "AcmeBillingProtos/Package.swift",
            "AcmeBillingProtos/Sources/AcmeBillingProtos/acme_billing_v1_invoice.pb.swift",
            "AcmeBillingProtos/Sources/AcmeBillingProtos/acme_billing_v1_invoice_service.grpc.swift",
        ])
        XCTAssertEqual(String(decoding: entries[0].data, as: UTF8.self), manifest)
        XCTAssertEqual(try SwiftPackager.package(input(grpc: true)).zip, zip, "the same input gives the same bytes")
    }

    func testTheManifestDependsOnRuntimesByURLAndOnModulesByIdentity() {
        let text = SwiftPackager.manifest(input(grpc: true))
        XCTAssertTrue(text.hasPrefix("// swift-tools-version:6.0\n"), text)
        for line in [
            ".library(name: \"AcmeBillingProtos\", targets: [\"AcmeBillingProtos\"]),",
            ".package(url: \"https://github.com/apple/swift-protobuf.git\", from: \"1.39.0\"),",
            ".package(url: \"https://github.com/grpc/grpc-swift-2.git\", from: \"2.0.0\"),",
            ".package(url: \"https://github.com/grpc/grpc-swift-protobuf.git\", from: \"2.4.1\"),",
            ".package(id: \"acme.common-protos\", from: \"1.2.0\"),",
            ".package(id: \"acme.audit-protos\", exact: \"0.3.0\"),",
            ".product(name: \"GRPCProtobuf\", package: \"grpc-swift-protobuf\"),",
            ".product(name: \"AcmeCommonProtos\", package: \"acme.common-protos\"),",
        ] {
            XCTAssertTrue(text.contains(line), "missing \(line) in\n\(text)")
        }
        // Dependencies are sorted by identity, so the manifest does not depend on the manifest's order.
        XCTAssertLessThan(text.range(of: "acme.audit-protos")!.lowerBound, text.range(of: "acme.common-protos")!.lowerBound)
    }

    func testWithoutGRPCThereIsNoGRPCDependency() {
        let text = SwiftPackager.manifest(input(grpc: false))
        XCTAssertFalse(text.contains("grpc"), text)
        XCTAssertTrue(text.contains(".product(name: \"SwiftProtobuf\", package: \"swift-protobuf\"),"), text)
    }
}
