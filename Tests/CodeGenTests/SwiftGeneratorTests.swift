@testable import CodeGen
import XCTest

final class SwiftGeneratorTests: XCTestCase {
    let generator = SwiftGenerator(protoc: "protoc", protocGenSwift: "protoc-gen-swift", protocGenGRPCSwift: nil,
                                   moduleOfFile: ["acme/common/v1/money.proto": "AcmeCommonProtos",
                                                  "acme/common/v1/paging.proto": "AcmeCommonProtos",
                                                  "acme/audit/v1/log.proto": "AcmeAuditProtos"],
                                   toolVersions: "protoc-gen-swift=1.39.0")

    func testGeneratedFilesBelongToTheSourceTheirUnderscoredPathNames() {
        let files = ["acme/billing/v1/invoice.proto", "acme/billing/v1/invoice_service.proto", "acme/billing/events/v1/invoice_events.proto"]
        XCTAssertEqual(generator.owner(ofGenerated: "acme_billing_v1_invoice.pb.swift", among: files), "acme/billing/v1/invoice.proto")
        XCTAssertEqual(generator.owner(ofGenerated: "acme_billing_v1_invoice_service.grpc.swift", among: files),
                       "acme/billing/v1/invoice_service.proto")
        XCTAssertEqual(generator.owner(ofGenerated: "acme_billing_events_v1_invoice_events.pb.swift", among: files),
                       "acme/billing/events/v1/invoice_events.proto")
        XCTAssertNil(generator.owner(ofGenerated: "acme_billing_v1_other.pb.swift", among: files))
        XCTAssertNil(generator.owner(ofGenerated: "README.md", among: files))
    }

    func testModuleMappingsAreTextFormatGroupedByModuleAndSorted() {
        XCTAssertEqual(generator.mappings, """
            mapping {
              module_name: "AcmeAuditProtos"
              proto_file_path: "acme/audit/v1/log.proto"
            }
            mapping {
              module_name: "AcmeCommonProtos"
              proto_file_path: "acme/common/v1/money.proto"
              proto_file_path: "acme/common/v1/paging.proto"
            }

            """)
    }

    func testTheSignatureChangesWithTheMappingsAndTheGRPCChoice() {
        let other = SwiftGenerator(protoc: "protoc", protocGenSwift: "protoc-gen-swift", protocGenGRPCSwift: nil,
                                   moduleOfFile: ["acme/common/v1/money.proto": "AcmeCommonProtos"], toolVersions: "protoc-gen-swift=1.39.0")
        let grpc = SwiftGenerator(protoc: "protoc", protocGenSwift: "protoc-gen-swift", protocGenGRPCSwift: "protoc-gen-grpc-swift-2",
                                  moduleOfFile: generator.moduleOfFile, toolVersions: "protoc-gen-swift=1.39.0")
        XCTAssertNotEqual(generator.signature, other.signature)
        XCTAssertNotEqual(generator.signature, grpc.signature)
    }

    func testPluginVersions() {
        XCTAssertEqual(SwiftTools.versionNumber(in: "protoc-gen-swift 1.39.0"), "1.39.0")
        XCTAssertEqual(SwiftTools.versionNumber(in: "protoc-gen-grpc-swift-2 2.4.1\n"), "2.4.1")
        XCTAssertNil(SwiftTools.versionNumber(in: "unknown"))
    }
}
