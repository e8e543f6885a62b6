import ProtopkgBasics
import XCTest
@testable import ProtoPackaging

final class SwiftTargetTests: XCTestCase {
    func parse(_ yaml: String) throws -> Manifest { try Manifest.parse(yaml: yaml, file: "protopkg.yaml") }

    func testSwiftTargetForms() throws {
        XCTAssertEqual(try parse("name: a/b\ntargets:\n  swift: { grpc: true }\n").targets.swift, SwiftTarget(grpc: true))
        XCTAssertEqual(try parse("name: a/b\ntargets:\n  swift: {}\n").targets.swift, SwiftTarget(grpc: false))
        XCTAssertEqual(try parse("name: a/b\ntargets:\n  swift:\n").targets.swift, SwiftTarget())
        let all = try parse("name: a/b\ntargets:\n  swift: {}\n  python: {}\n  descriptor: {}\n").targets
        XCTAssertEqual(all.names, ["python", "swift", "descriptor"])
    }

    func testBadSwiftTargetSaysWhereAndWhat() {
        XCTAssertThrowsError(try parse("name: a/b\ntargets:\n  swift: { grpc: yes please }\n")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("protopkg.yaml:3:"), text)
            XCTAssertTrue(text.contains("\"targets.swift.grpc\" must be true or false"), text)
        }
        XCTAssertThrowsError(try parse("name: a/b\ntargets:\n  swift: { module: X }\n")) { error in
            XCTAssertTrue("\(error)".contains("unknown key \"module\" in \"targets.swift\""), "\(error)")
        }
    }
}
