@testable import CodeGen
import Foundation
import ProtopkgBasics
import XCTest

/// The generated service definitions speak gRPC: a Node client built on node:http2 and the
/// definitions' paths and serializers alone calls the Python InvoiceService of the end-to-end
/// test (unary, server streaming, an error status), across the two example modules' packages.
final class NodeGRPCTests: XCTestCase {
    func testNodeCallsThePythonServerOverHTTP2() throws {
        let work = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-node-grpc")
        defer {
            NodeTestSupport.keep(work, as: "grpc")
            FileSystem.remove(work)
        }
        try NodeTestSupport.installExamples(into: work)
        let out = try NodeTestSupport.run("node", ["\(NodeTestSupport.scripts)/grpc_client.js", "\(work)/node_modules", "\(work)/python"])
        print(out.stdoutText)
        XCTAssertTrue(out.stdoutText.contains("WatchInvoices -> 3 messages: invoice, invoice, heartbeat"), out.stdoutText)
        XCTAssertTrue(out.stdoutText.contains("grpc over node:http2 ok"), out.stdoutText + out.stderrText)
    }
}
