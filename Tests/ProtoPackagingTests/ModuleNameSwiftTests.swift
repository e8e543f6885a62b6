import ProtopkgBasics
import XCTest
@testable import ProtoPackaging

/// The Swift package registry's names for a module (specification §3.6).
final class ModuleNameSwiftTests: XCTestCase {
    /// The specification's patterns for a scope and a package name.
    let scopePattern = #"^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,38}$"#
    let namePattern = #"^[a-zA-Z0-9](?:[a-zA-Z0-9]|[-_](?=[a-zA-Z0-9])){0,99}$"#

    func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    func testIdentityProductAndModule() throws {
        let billing = try ModuleName("acme/billing")
        XCTAssertEqual(try billing.swiftPackageIdentity(), "acme.billing-protos")
        XCTAssertEqual(billing.swiftModuleName, "AcmeBillingProtos")
        let fresh = try ModuleName("acme-labs/fresh-start2")
        XCTAssertEqual(try fresh.swiftPackageIdentity(), "acme-labs.fresh-start2-protos")
        XCTAssertEqual(fresh.swiftModuleName, "AcmeLabsFreshStart2Protos")
    }

    func testRunsOfHyphensAreFoldedSoTheSpecificationsPatternsHold() throws {
        let name = try ModuleName("acme--labs/user---api")
        XCTAssertEqual(try name.swiftPackageScope(), "acme-labs")
        XCTAssertEqual(name.swiftPackageName, "user-api-protos")
        for text in ["a/b", "acme--labs/user---api", "x1/y-2", String(repeating: "o", count: 39) + "/" + String(repeating: "n", count: 64)] {
            let module = try ModuleName(text)
            XCTAssertTrue(matches(try module.swiftPackageScope(), scopePattern), text)
            XCTAssertTrue(matches(module.swiftPackageName, namePattern), text)
        }
    }

    func testAnOwnerLongerThanAScopeIsRefusedWithTheReason() throws {
        let name = try ModuleName(String(repeating: "o", count: 40) + "/x")
        XCTAssertThrowsError(try name.swiftPackageIdentity()) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("40 characters long"), text)
            XCTAssertTrue(text.contains("at most 39"), text)
            XCTAssertEqual((error as? ProtopkgError)?.hint, "use a shorter owner, or leave the swift target out of this module's manifest")
        }
        // Folding may bring an owner under the limit.
        XCTAssertEqual(try ModuleName(String(repeating: "o-", count: 19) + "-o/x").swiftPackageScope().count, 39)
    }

    func testAModuleNameIsAnIdentifierEvenWhenTheOwnerStartsWithADigit() throws {
        XCTAssertEqual(try ModuleName("3m/tape").swiftModuleName, "_3mTapeProtos")
        XCTAssertEqual(try ModuleName("a1/b2").swiftModuleName, "A1B2Protos")
    }
}
