import CheckRunner
import ProtopkgBasics
import XCTest

final class AgainstReferenceTests: XCTestCase {
    func testForms() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data("x".utf8), to: "\(dir)/old.binpb")
        try FileSystem.writeAtomically(Data("x".utf8), to: "\(dir)/acme-x-1.0.0.protopkg.tgz")
        XCTAssertEqual(try AgainstReference.parse("git:v1.2.0"), .git("v1.2.0"))
        XCTAssertEqual(try AgainstReference.parse("git:HEAD~3"), .git("HEAD~3"))
        XCTAssertEqual(try AgainstReference.parse(dir), .directory(dir))
        XCTAssertEqual(try AgainstReference.parse("\(dir)/old.binpb"), .descriptorSet("\(dir)/old.binpb"))
        XCTAssertEqual(try AgainstReference.parse("\(dir)/acme-x-1.0.0.protopkg.tgz"), .bundle("\(dir)/acme-x-1.0.0.protopkg.tgz"))
    }

    func testBrokenReferencesSayWhatTheFormsAre() {
        XCTAssertThrowsError(try AgainstReference.parse("/no/such/thing")) {
            XCTAssertTrue(($0 as! ProtopkgError).hint!.contains("git:REV"))
        }
        XCTAssertThrowsError(try AgainstReference.parse("git:"))
        XCTAssertThrowsError(try AgainstReference.parse("registry:"))
        XCTAssertThrowsError(try AgainstReference.parse("registry:^1.2")) {
            XCTAssertTrue(($0 as! ProtopkgError).hint!.contains("registry:latest"))
        }
    }

    func testRegistryForms() throws {
        XCTAssertEqual(try AgainstReference.parse("registry:latest"), .registry("latest"))
        XCTAssertEqual(try AgainstReference.parse("registry:1.2.0"), .registry("1.2.0"))
        XCTAssertEqual(try AgainstReference.parse("registry:2.0.0-rc.1"), .registry("2.0.0-rc.1"))
    }
}
