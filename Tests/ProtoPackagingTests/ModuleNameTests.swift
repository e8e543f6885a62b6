import Foundation
import ProtopkgBasics
import XCTest
@testable import ProtoPackaging

final class ModuleNameTests: XCTestCase {
    func testValidNameAndDerivedNames() throws {
        let name = try ModuleName("acme/user-api2")
        XCTAssertEqual(name.owner, "acme")
        XCTAssertEqual(name.name, "user-api2")
        XCTAssertEqual(name.description, "acme/user-api2")
        XCTAssertEqual(name.fileStem, "acme-user-api2")
        XCTAssertEqual(name.pythonDistribution, "acme-user-api2-protos")
    }

    func testSingleCharacterAndMaximumLengthParts() throws {
        XCTAssertEqual(try ModuleName("a/b").description, "a/b")
        let long = String(repeating: "a", count: 64)
        XCTAssertEqual(try ModuleName("\(long)/x").owner, long)
        XCTAssertThrowsError(try ModuleName("\(long)a/x")) { error in
            XCTAssertTrue("\(error)".contains("at most 64"), "\(error)")
        }
    }

    func testInvalidNamesSayWhy() {
        let cases: [(String, String)] = [
            ("acme", "exactly one slash"),
            ("acme/user/v1", "exactly one slash"),
            ("/user", "the owner is empty"),
            ("acme/", "the name is empty"),
            ("Acme/user", "uppercase"),
            ("acme/user_api", "the character \"_\""),
            ("acme/us er", "the character \" \""),
            ("-acme/user", "starts or ends with a hyphen"),
            ("acme/user-", "starts or ends with a hyphen"),
            ("acme/usér", "the character \"é\""),
        ]
        for (text, reason) in cases {
            XCTAssertThrowsError(try ModuleName(text), text) { error in
                guard let error = error as? ProtopkgError else { return XCTFail("not a ProtopkgError: \(error)") }
                XCTAssertTrue(error.message.hasPrefix("invalid module name \"\(text)\""), error.message)
                XCTAssertTrue(error.message.contains(reason), "\(text): \(error.message)")
                XCTAssertEqual(error.hint, ModuleName.hint)
            }
        }
    }

    func testOrderingIsByOwnerThenName() throws {
        let names = try ["b/a", "a/z", "a-b/a", "a/b"].map(ModuleName.init)
        XCTAssertEqual(names.sorted().map(\.description), ["a/b", "a/z", "a-b/a", "b/a"])
    }

    func testCodableAsSingleString() throws {
        let name = try ModuleName("acme/user")
        let data = try JSONEncoder().encode([name])
        XCTAssertEqual(try JSONDecoder().decode([String].self, from: data), ["acme/user"])
        XCTAssertEqual(try JSONDecoder().decode([ModuleName].self, from: data), [name])
        XCTAssertThrowsError(try JSONDecoder().decode([ModuleName].self, from: Data(#"["Acme"]"#.utf8)))
    }
}
