import ArchiveKit
import CodeGen
import Foundation
import ProtoBundle
import ProtoModule
import ProtopkgBasics
import XCTest

/// The swift target end to end through `ModuleBuilder`, with the plugins `make setup` builds
/// (`.build-swift-plugins/bin`, on PATH through `TestModule.toolchain`).
final class SwiftLanguageTargetTests: XCTestCase {
    let money = """
    syntax = "proto3";
    package acme.common.v1;
    // An amount of money.
    message Money { string currency_code = 1; int64 units = 2; }
    """
    let order = """
    syntax = "proto3";
    package acme.shop.v1;
    import "acme/common/v1/money.proto";
    import "google/protobuf/timestamp.proto";
    message Order { string id = 1; acme.common.v1.Money total = 2; google.protobuf.Timestamp placed = 3; }
    """
    let service = """
    syntax = "proto3";
    package acme.shop.v1;
    import "acme/shop/v1/order.proto";
    message GetOrderRequest { string id = 1; }
    service OrderService { rpc GetOrder(GetOrderRequest) returns (Order); }
    """

    var modules: [TestModule] = []
    override func tearDown() { modules.forEach { $0.remove() } }

    /// acme/common (swift, or `commonTargets`) and acme/shop depending on it by path.
    func modulePair(commonTargets: String = "  swift: {}\n") throws -> (common: TestModule, shop: TestModule) {
        let common = try TestModule(manifest: "name: acme/common\nversion: 1.2.0\ntargets:\n" + commonTargets,
                                    files: ["acme/common/v1/money.proto": money])
        let shop = try TestModule(manifest: """
            name: acme/shop
            version: 1.0.0
            deps:
              acme/common: { version: ^1.2, path: \(common.directory) }
            targets:
              swift: { grpc: true }
            """, files: ["acme/shop/v1/order.proto": order, "acme/shop/v1/order_service.proto": service])
        modules += [common, shop]
        return (common, shop)
    }

    func entries(_ zip: String) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try ArchiveReader.read(try FileSystem.read(zip), name: zip).map {
            ($0.path, String(decoding: $0.data, as: UTF8.self))
        })
    }

    func testAPackageOfPublicStubsThatImportsItsDependencyByModule() throws {
        let (_, shop) = try modulePair()
        let report = try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: shop.directory)
        XCTAssertEqual(report.regenerated["swift"], 2)
        let zip = "\(shop.directory)/dist/swift/acme.shop-protos-1.0.0.zip"
        let files = try entries(zip)
        XCTAssertEqual(files.keys.sorted(), [
            "AcmeShopProtos/Package.swift",
            "AcmeShopProtos/Sources/AcmeShopProtos/acme_shop_v1_order.pb.swift",
            "AcmeShopProtos/Sources/AcmeShopProtos/acme_shop_v1_order_service.grpc.swift",
            "AcmeShopProtos/Sources/AcmeShopProtos/acme_shop_v1_order_service.pb.swift",
        ], "a .grpc.swift only for the file with a service; the dependency's code is not in the package")
        let manifest = files["AcmeShopProtos/Package.swift"]!
        XCTAssertTrue(manifest.contains(".package(id: \"acme.common-protos\", from: \"1.2.0\"),"), manifest)
        XCTAssertTrue(manifest.contains(".package(url: \"https://github.com/apple/swift-protobuf.git\", from: \"1.39.0\"),"), manifest)
        XCTAssertTrue(manifest.contains(".package(url: \"https://github.com/grpc/grpc-swift-protobuf.git\", from: \"2.4.1\"),"), manifest)
        let messages = files["AcmeShopProtos/Sources/AcmeShopProtos/acme_shop_v1_order.pb.swift"]!
        XCTAssertTrue(messages.contains("import AcmeCommonProtos"), messages)
        XCTAssertTrue(messages.contains("public var total: AcmeCommonProtos.Acme_Common_V1_Money"), messages)
        XCTAssertTrue(messages.contains("public var placed: SwiftProtobuf.Google_Protobuf_Timestamp"), messages)
        let stubs = files["AcmeShopProtos/Sources/AcmeShopProtos/acme_shop_v1_order_service.grpc.swift"]!
        XCTAssertTrue(stubs.contains("public enum Acme_Shop_V1_OrderService"), stubs)

        let bundle = try BundleReader(try FileSystem.read(report.bundlePath), name: "bundle")
        XCTAssertEqual(bundle.manifest.packages?["swift/acme.shop-protos-1.0.0.zip"], "acme.shop-protos")
        XCTAssertEqual(bundle.manifest.toolchain["protoc-gen-swift"], "1.39.0")
        XCTAssertEqual(bundle.manifest.toolchain["protoc-gen-grpc-swift-2"], "2.4.1")
        XCTAssertNotNil(bundle.entries["gen/swift/acme_shop_v1_order.pb.swift"])
    }

    func testTheArchiveIsTheSameBytesFromAnotherDirectoryAndEditsRegenerateOnlyImporters() throws {
        let first = try modulePair()
        let second = try modulePair()
        let builder = ModuleBuilder(toolchain: TestModule.toolchain)
        _ = try builder.build(directory: first.shop.directory)
        _ = try builder.build(directory: second.shop.directory)
        let path = "dist/swift/acme.shop-protos-1.0.0.zip"
        XCTAssertEqual(try SHA256Hex.ofFile("\(first.shop.directory)/\(path)"), try SHA256Hex.ofFile("\(second.shop.directory)/\(path)"))
        try first.shop.write("proto/acme/shop/v1/order.proto", order + "\n// A note.\nmessage Note { string text = 1; }\n")
        XCTAssertEqual(try builder.build(directory: first.shop.directory).regenerated["swift"], 2,
                       "order.proto and order_service.proto, which imports it")
        try first.shop.write("proto/acme/shop/v1/order_service.proto", service + "\nmessage Extra { bool on = 1; }\n")
        XCTAssertEqual(try builder.build(directory: first.shop.directory).regenerated["swift"], 1)
    }

    func testADependencyWithoutASwiftTargetIsRefusedBeforeAnyOutput() throws {
        let (_, shop) = try modulePair(commonTargets: "  descriptor: {}\n")
        XCTAssertThrowsError(try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: shop.directory)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("its dependency acme/common has no swift target"), text)
            XCTAssertTrue(text.contains("protopkg.yaml"), text)
            XCTAssertTrue(text.contains("add `swift: {}`"), text)
        }
        XCTAssertFalse(FileSystem.exists("\(shop.directory)/dist"))
    }

    func testMissingPluginsNameTheVariableAndHowToBuildThem() throws {
        let (_, shop) = try modulePair()
        var env = TestModule.toolchain.environment
        env["PATH"] = "\(TestModule.repositoryRoot)/.venv/bin:/usr/bin:/bin"
        XCTAssertThrowsError(try ModuleBuilder(toolchain: Toolchain(environment: env)).build(directory: shop.directory)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("protoc-gen-swift was not found on PATH (needed by the swift target)"), text)
            XCTAssertTrue(text.contains("PROTOPKG_PROTOC_GEN_SWIFT"), text)
            XCTAssertTrue(text.contains("scripts/swift-plugins.sh"), text)
        }
        env["PROTOPKG_PROTOC_GEN_SWIFT"] = "\(TestModule.repositoryRoot)/.build-swift-plugins/bin/protoc-gen-swift"
        env["PROTOPKG_PROTOC_GEN_GRPC_SWIFT"] = "/nonexistent/protoc-gen-grpc-swift-2"
        XCTAssertThrowsError(try ModuleBuilder(toolchain: Toolchain(environment: env)).build(directory: shop.directory)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("PROTOPKG_PROTOC_GEN_GRPC_SWIFT=/nonexistent/protoc-gen-grpc-swift-2 is not an executable"), text)
            XCTAssertTrue(text.contains("grpc/grpc-swift-protobuf"), text)
        }
        env["PROTOPKG_PROTOC_GEN_GRPC_SWIFT"] = "\(TestModule.repositoryRoot)/.build-swift-plugins/bin/protoc-gen-grpc-swift-2"
        XCTAssertFalse(try ModuleBuilder(toolchain: Toolchain(environment: env)).build(directory: shop.directory).upToDate,
                       "both found through their variables")
    }
}
