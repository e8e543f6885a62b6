import ProtopkgBasics
import XCTest
@testable import ProtoPackaging

final class NodeTargetTests: XCTestCase {
    private func parse(_ yaml: String) throws -> Manifest {
        try Manifest.parse(yaml: yaml, file: "protopkg.yaml")
    }

    func testNodeTargetWithGRPC() throws {
        let manifest = try parse("""
            name: acme/billing
            targets:
              python: { grpc: true }
              node: { grpc: true }
              descriptor: {}
            """)
        XCTAssertEqual(manifest.targets.node, NodeTarget(grpc: true))
        XCTAssertEqual(manifest.targets.names, ["python", "node", "descriptor"])
    }

    func testNodeAloneMeansMessagesOnly() throws {
        let manifest = try parse("name: acme/common\ntargets:\n  node:\n")
        XCTAssertEqual(manifest.targets.node, NodeTarget(grpc: false))
        XCTAssertEqual(manifest.targets.names, ["node"])
    }

    func testUnknownKeyInsideNodeIsNamed() throws {
        do {
            _ = try parse("name: a/b\ntargets:\n  node: { grpc: true, esm: true }\n")
            XCTFail("an unknown key was accepted")
        } catch let error as ProtopkgError {
            XCTAssertEqual(error.location, "protopkg.yaml:3:23")
            XCTAssertTrue(error.message.contains("esm"), error.message)
        }
    }

    func testGRPCMustBeABoolean() throws {
        do {
            _ = try parse("name: a/b\ntargets:\n  node: { grpc: yes please }\n")
            XCTFail("a string was accepted for grpc")
        } catch let error as ProtopkgError {
            XCTAssertTrue(error.message.contains("\"targets.node.grpc\" must be true or false"), error.message)
        }
    }
}
