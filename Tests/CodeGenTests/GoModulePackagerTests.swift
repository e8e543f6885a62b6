import ArchiveKit
import CodeGen
import Foundation
import ProtoPackaging
import XCTest

final class GoModulePackagerTests: XCTestCase {
    func testZipLayoutFollowsTheModuleProxyRules() throws {
        let input = GoModulePackager.Input(
            modulePath: "example.com/acme/billing/v2", version: try SemVer("2.1.0+build.5"),
            files: ["acme/billing/v2/invoice.pb.go": Data("package billingv2\n".utf8)],
            requires: ["google.golang.org/protobuf": "v1.28.1", "example.com/acme/common": "v1.2.0"])
        let (goMod, name, zip) = try GoModulePackager.package(input, fileStem: "acme-billing")
        XCTAssertEqual(name, "acme-billing-v2.1.0.zip")
        let entries = try ArchiveReader.read(zip)
        XCTAssertEqual(entries.map(\.path), ["example.com/acme/billing/v2@v2.1.0/acme/billing/v2/invoice.pb.go",
                                             "example.com/acme/billing/v2@v2.1.0/go.mod"])
        XCTAssertEqual(goMod, """
        module example.com/acme/billing/v2

        go 1.19

        require (
        \texample.com/acme/common v1.2.0
        \tgoogle.golang.org/protobuf v1.28.1
        )

        """)
    }

    func testMajorVersionSuffixAndPackageNames() {
        XCTAssertEqual(GoPackageMapping.modulePath("example.com/a", major: 0), "example.com/a")
        XCTAssertEqual(GoPackageMapping.modulePath("example.com/a", major: 1), "example.com/a")
        XCTAssertEqual(GoPackageMapping.modulePath("example.com/a", major: 3), "example.com/a/v3")
        XCTAssertEqual(GoPackageMapping.packageName(forDirectory: "acme/billing/v1"), "billingv1")
        XCTAssertEqual(GoPackageMapping.packageName(forDirectory: "acme/billing/v1beta2"), "billingv1beta2")
        XCTAssertEqual(GoPackageMapping.packageName(forDirectory: "acme/billing-api"), "billingapi")
        XCTAssertEqual(GoPackageMapping.packageName(forDirectory: "v1"), "v1")
    }

    func testGrpcRuntimeFollowsThePluginRelease() {
        XCTAssertEqual(GoModulePackager.grpcRuntime(forPluginVersion: "1.0"), "v1.32.0")
        XCTAssertEqual(GoModulePackager.grpcRuntime(forPluginVersion: "1.3.0"), "v1.52.0")
    }
}
