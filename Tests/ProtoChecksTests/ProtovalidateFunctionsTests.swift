import CEL
import XCTest
@testable import ProtoChecks

/// protovalidate's CEL functions at run time: the address and URI checks behind `isIp`,
/// `isHostname`, `isUri`, ..., and the list and number helpers.
final class ProtovalidateFunctionsTests: XCTestCase {
    private typealias A = ProtovalidateAddressSyntax
    private typealias U = ProtovalidateURISyntax

    func testHostnamesAndEmails() {
        XCTAssertTrue(A.isHostname("a.com"))
        XCTAssertTrue(A.isHostname("a.com."))
        XCTAssertTrue(A.isHostname("x-1.example"))
        XCTAssertFalse(A.isHostname("-a.com"))
        XCTAssertFalse(A.isHostname("123"))
        XCTAssertFalse(A.isHostname(""))
        XCTAssertFalse(A.isHostname("a..b"))
        XCTAssertFalse(A.isHostname(String(repeating: "a", count: 64) + ".com"))
        XCTAssertTrue(A.isEmail("a@b.com"))
        XCTAssertTrue(A.isEmail("first.last+tag@sub.example.org"))
        XCTAssertFalse(A.isEmail("x"))
        XCTAssertFalse(A.isEmail("a@-b.com"))
        XCTAssertFalse(A.isEmail("a b@c.com"))
    }

    func testIPAddressesAndPrefixes() {
        XCTAssertTrue(A.isIp("1.2.3.4"))
        XCTAssertFalse(A.isIp("1.2.3"))
        XCTAssertFalse(A.isIp("01.2.3.4"))
        XCTAssertFalse(A.isIp("256.1.1.1"))
        XCTAssertTrue(A.isIp("::1"))
        XCTAssertTrue(A.isIp("fe80::1%eth0"))
        XCTAssertTrue(A.isIp("::ffff:1.2.3.4", version: 6))
        XCTAssertFalse(A.isIp("::1", version: 4))
        XCTAssertFalse(A.isIp("1::2::3"))
        XCTAssertFalse(A.isIp("1.2.3.4", version: 5))
        XCTAssertTrue(A.isIpPrefix("10.0.0.0/8", version: 4, strict: true))
        XCTAssertFalse(A.isIpPrefix("10.0.0.1/8", version: 4, strict: true))
        XCTAssertTrue(A.isIpPrefix("10.0.0.1/8", version: 4, strict: false))
        XCTAssertFalse(A.isIpPrefix("10.0.0.0/33"))
        XCTAssertTrue(A.isIpPrefix("2001:db8::/32", version: 6, strict: true))
        XCTAssertFalse(A.isIpPrefix("2001:db8::1/32", version: 6, strict: true))
    }

    func testHostAndPort() {
        XCTAssertTrue(A.isHostAndPort("a.com:80", portRequired: true))
        XCTAssertTrue(A.isHostAndPort("[::1]:0", portRequired: true))
        XCTAssertTrue(A.isHostAndPort("1.2.3.4:65535", portRequired: true))
        XCTAssertFalse(A.isHostAndPort("a.com", portRequired: true))
        XCTAssertTrue(A.isHostAndPort("a.com", portRequired: false))
        XCTAssertFalse(A.isHostAndPort("a:080", portRequired: true))
        XCTAssertFalse(A.isHostAndPort("a.com:65536", portRequired: true))
    }

    func testURIsAndReferences() {
        XCTAssertTrue(U.isURI("https://x.com/a?b#c"))
        XCTAssertTrue(U.isURI("urn:isbn:0451450523"))
        XCTAssertTrue(U.isURI("http://[::1]:8080/"))
        XCTAssertFalse(U.isURI("not a uri"))
        XCTAssertFalse(U.isURI("/rel"))
        XCTAssertFalse(U.isURI("https://x.com/%zz"))
        XCTAssertTrue(U.isURIReference("/rel"))
        XCTAssertTrue(U.isURIReference("./a:b"))
        XCTAssertTrue(U.isURIReference("a/b"))
        XCTAssertFalse(U.isURIReference("%zz"))
    }

    func testListAndNumberHelpers() {
        let f = ProtovalidateFunctions.all
        XCTAssertTrue(f["unique"]!([.list([.int(1), .int(2)])])!.isEqual(to: .bool(true)))
        XCTAssertTrue(f["unique"]!([.list([.int(1), .uint(1)])])!.isEqual(to: .bool(false)))
        XCTAssertTrue(f["isNan"]!([.double(.nan)])!.isEqual(to: .bool(true)))
        XCTAssertTrue(f["isInf"]!([.double(-.infinity), .int(1)])!.isEqual(to: .bool(false)))
        XCTAssertTrue(f["isInf"]!([.double(-.infinity), .int(-1)])!.isEqual(to: .bool(true)))
    }
}
