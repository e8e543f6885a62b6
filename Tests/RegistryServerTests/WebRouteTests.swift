@testable import RegistryServer
import ProtoPackaging
import XCTest

/// Which paths are pages, and that module owners spelled like a protocol's prefix never take a
/// protocol's own paths.
final class WebRouteTests: XCTestCase {
    func route(_ path: String, _ method: String = "GET") -> WebRoute? { WebRoute.parse(method: method, path: path) }
    func module(_ s: String) -> ModuleName { try! ModuleName(s) }

    func testPagePaths() {
        XCTAssertEqual(route("/"), .home)
        XCTAssertEqual(route("/acme/billing"), .module(module("acme/billing")))
        XCTAssertEqual(route("/acme/billing/1.1.0"), .docs(module("acme/billing"), version: "1.1.0"))
        XCTAssertEqual(route("/acme/billing/latest"), .docs(module("acme/billing"), version: "latest"))
        XCTAssertEqual(route("/acme/billing/2.0.0-rc.1"), .docs(module("acme/billing"), version: "2.0.0-rc.1"))
        XCTAssertEqual(route("/acme/billing/1.1.0/files/acme/billing/v1/invoice.proto"),
                       .file(module("acme/billing"), version: "1.1.0", path: "acme/billing/v1/invoice.proto"))
        XCTAssertEqual(route("/acme/billing/diff/1.1.0...2.0.0"), .diff(module("acme/billing"), from: "1.1.0", to: "2.0.0"))
        XCTAssertEqual(route("/acme/billing/diff"), .diffPicker(module("acme/billing")))
        XCTAssertEqual(route("/-/style.css"), .stylesheet)
        XCTAssertEqual(route("/-/login"), .login)
        XCTAssertEqual(route("/-/login", "POST"), .login)
        XCTAssertEqual(route("/-/logout", "POST"), .logout)
    }

    func testNotPages() {
        for path in ["/acme", "/acme/billing/", "/Acme/billing", "/acme/billing/1.1", "/acme/billing/diff/1.0.0..2.0.0",
                     "/acme/billing/diff/1.0.0...x", "/acme/billing/1.0.0/files", "/acme/billing/1.0.0/files/../../etc/passwd",
                     "/acme/billing/1.0.0/other/x.proto", "/acme//billing", "/-/logout", "/-/nothing"] {
            XCTAssertNil(route(path), path)
        }
        XCTAssertNil(route("/acme/billing", "POST"))
        XCTAssertNil(route("/acme/billing", "HEAD"))
    }

    /// The protocols' paths stay theirs, whatever modules exist.
    func testProtocolPathsAreNeverPages() {
        for path in ["/api/v1/modules", "/api/v1/modules/acme/billing/versions", "/api/v1/modules/acme/billing/versions/1.0.0",
                     "/api/v1/modules/acme/billing/versions/1.0.0/bundle", "/pypi/simple/", "/pypi/simple/acme-billing-protos/",
                     "/pypi/files/abc/acme.whl", "/go/example.com/acme/billing/@v/list", "/go/example.com/acme/billing/@v/v1.0.0.zip",
                     "/go/example.com/acme/billing/@latest", "/go/billing/@v/list", "/go/billing/@latest",
                     "/npm/@acme/billing-protos", "/npm/@acme%2fbilling-protos", "/healthz", "/metrics"] {
            XCTAssertNil(route(path), path)
        }
    }

    /// A module may be named like a protocol's prefix; its pages are the paths no protocol uses.
    func testModulesNamedLikeProtocolPrefixes() {
        XCTAssertEqual(route("/go/billing"), .module(module("go/billing")))
        XCTAssertEqual(route("/api/v1"), .module(module("api/v1")))
        XCTAssertEqual(route("/api/v1/1.0.0"), .docs(module("api/v1"), version: "1.0.0"))
        XCTAssertEqual(route("/pypi/simple"), .module(module("pypi/simple")))
        XCTAssertEqual(route("/swift/acme/diff/1.0.0...2.0.0"), .diff(module("swift/acme"), from: "1.0.0", to: "2.0.0"))
        XCTAssertTrue(WebRoute.reservedOwners.isSuperset(of: ["api", "pypi", "go", "npm", "swift", "healthz", "metrics"]))
    }
}
