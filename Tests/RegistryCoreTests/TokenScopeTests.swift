import ProtoPackaging
import RegistryCore
import XCTest

final class TokenScopeTests: XCTestCase {
    func testScopes() throws {
        let billing = try ModuleName("acme/billing")
        XCTAssertTrue(try TokenScope("publish:acme/billing").allowsPublish(billing))
        XCTAssertTrue(try TokenScope("publish:acme/*").allowsPublish(billing))
        XCTAssertFalse(try TokenScope("publish:acme/common").allowsPublish(billing))
        XCTAssertFalse(try TokenScope("publish:other/*").allowsPublish(billing))
        XCTAssertFalse(try TokenScope("read").allowsPublish(billing))
        XCTAssertTrue(try TokenScope("admin").allowsPublish(billing))
        XCTAssertEqual(try TokenScope("publish:acme/*").description, "publish:acme/*")
        for bad in ["write", "publish:", "publish:acme", "publish:/x", "publish:Acme/x"] {
            XCTAssertThrowsError(try TokenScope(bad), bad)
        }
    }
}
