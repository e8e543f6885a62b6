@testable import CodeGen
import Foundation
import ProtoPackaging
import ProtopkgBasics
import XCTest

/// The packed example packages, unpacked into node_modules as npm would, load under both module
/// systems through their `exports`: `require` and `import` of a module, of the package index, of
/// package.json and of the `.proto` sources, and an `import` gets the very objects `require` does.
final class NodePackageTests: XCTestCase {
    func testPackagesLoadWithRequireAndImport() throws {
        let work = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-package")
        defer {
            NodeTestSupport.keep(work, as: "package")
            FileSystem.remove(work)
        }
        try NodeTestSupport.installExamples(into: work)
        let script = """
            import { Invoice, InvoiceStatus } from "@acme/billing-protos/acme/billing/v1/invoice_pb";
            import { acme, google } from "@acme/billing-protos";
            import { Money } from "@acme/common-protos/acme/common/v1/money_pb.js";
            import { createRequire } from "node:module";
            const require = createRequire(process.cwd() + "/app.js");
            const cjs = require("@acme/billing-protos/acme/billing/v1/invoice_pb");
            const checks = {
              sameObjects: cjs.Invoice === Invoice && acme.billing.v1.Invoice === Invoice,
              index: Object.keys(acme.billing.v1).sort().join(","),
              wellKnown: Object.keys(google.protobuf).sort().join(","),
              packageName: require("@acme/billing-protos/package.json").name,
              proto: require.resolve("@acme/billing-protos/proto/acme/billing/v1/invoice.proto").endsWith("invoice.proto"),
              descriptor: require("node:fs").statSync(require.resolve("@acme/billing-protos/descriptor.binpb")).size > 0,
              json: JSON.stringify(Invoice.toJSON(Invoice.create({ status: InvoiceStatus.INVOICE_STATUS_PAID,
                total: Money.create({ currencyCode: "EUR", units: 5n }) }))),
            };
            console.log(JSON.stringify(checks));
            """
        let out = try NodeTestSupport.run("node", ["--input-type=module", "-e", script], directory: work)
        let checks = try JSONSerialization.jsonObject(with: Data(out.stdoutText.utf8)) as? [String: Any]
        XCTAssertEqual(checks?["sameObjects"] as? Bool, true)
        XCTAssertEqual(checks?["index"] as? String,
                       "BankTransfer,CardBrand,CardPayment,CreateInvoiceRequest,CreateInvoiceResponse,GetInvoiceRequest,"
                       + "GetInvoiceResponse,Invoice,InvoiceServiceService,InvoiceStatus,LineItem,ListInvoicesRequest,"
                       + "ListInvoicesResponse,PayInvoiceRequest,PayInvoiceResponse,UpdateInvoiceRequest,UpdateInvoiceResponse,"
                       + "WatchInvoicesRequest,WatchInvoicesResponse,WatchInvoicesResponse_Heartbeat,makeInvoiceServiceClient")
        XCTAssertEqual(checks?["wellKnown"] as? String, "Duration,FieldMask,Timestamp")
        XCTAssertEqual(checks?["packageName"] as? String, "@acme/billing-protos")
        XCTAssertEqual(checks?["proto"] as? Bool, true)
        XCTAssertEqual(checks?["descriptor"] as? Bool, true)
        XCTAssertEqual(checks?["json"] as? String,
                       #"{"status":"INVOICE_STATUS_PAID","total":{"currencyCode":"EUR","units":"5"}}"#)
    }

    /// An Any may hold any well-known type, though the package bundles only those its schema
    /// imports: the runtime knows the rest for JSON, as Python's protobuf does.
    func testAnyOfAWellKnownTypeTheSchemaDoesNotImport() throws {
        let work = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-any")
        defer { FileSystem.remove(work) }
        try FileManager.default.createDirectory(atPath: "\(work)/proto", withIntermediateDirectories: true)
        try Data("""
            syntax = "proto3";
            package env.v1;
            import "google/protobuf/any.proto";
            message Envelope { google.protobuf.Any payload = 1; }
            """.utf8).write(to: URL(fileURLWithPath: "\(work)/proto/envelope.proto"))
        let (set, bytes) = try NodeTestSupport.compile(includes: ["\(work)/proto"], files: ["envelope.proto"])
        let files = try NodeGenerator(grpc: false).generatePackage(set: set, files: ["envelope.proto"])
        XCTAssertNil(files["google/protobuf/wrappers_pb.js"])
        try NodeTestSupport.install(.init(module: try ModuleName("env/envelope"), version: try SemVer("1.0.0"), files: files,
                                          protoSources: [:], descriptorSet: bytes, dependencies: [], grpc: false),
                                    into: "\(work)/node_modules")
        let script = """
            const { Envelope } = require("@env/envelope-protos/envelope_pb");
            const url = (t) => "type.googleapis.com/google.protobuf." + t;
            const messages = [
              Envelope.create({ payload: { typeUrl: url("Int32Value"), value: new Uint8Array([8, 5]) } }),
              Envelope.create({ payload: { typeUrl: url("Duration"), value: new Uint8Array([8, 3, 16, 1]) } }),
            ];
            const json = messages.map((m) => Envelope.toJSON(m));
            const roundTrip = messages.map((m, i) =>
              Buffer.from(Envelope.encode(Envelope.fromJSON(json[i]))).equals(Buffer.from(Envelope.encode(m))));
            console.log(JSON.stringify({ json, roundTrip }));
            """
        let out = try NodeTestSupport.run("node", ["-e", script], directory: work)
        XCTAssertEqual(out.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines),
                       #"{"json":[{"payload":{"@type":"type.googleapis.com/google.protobuf.Int32Value","value":5}},"#
                       + #"{"payload":{"@type":"type.googleapis.com/google.protobuf.Duration","value":"3.000000001s"}}],"#
                       + #""roundTrip":[true,true]}"#)
    }
}
