import ProtoPackaging
@testable import RegistryClient
import XCTest

final class InstallCommandsTests: XCTestCase {
    func testOneLinePerPackageManagerTheVersionCarries() throws {
        let version = PublishedVersion(
            module: try ModuleName("acme/billing"), version: try SemVer("2.1.0"), sha256: String(repeating: "a", count: 64),
            artifacts: [.init(kind: "bundle", fileName: "b.tgz", sha256: "", size: 1),
                        .init(kind: "go", fileName: "g.zip", sha256: "", size: 1, packageName: "example.com/acme/billing/v2"),
                        .init(kind: "python", fileName: "w.whl", sha256: "", size: 1, packageName: "acme-billing-protos")])
        let lines = InstallCommands.lines(for: version, registry: "https://reg.example/")
        XCTAssertEqual(lines.map(\.tool), ["go", "pip", "protopkg"])
        XCTAssertEqual(lines[0].command,
                       "GOPROXY=https://reg.example/go,https://proxy.golang.org GONOSUMDB=example.com/acme go get example.com/acme/billing/v2@v2.1.0")
        XCTAssertEqual(lines[1].command, "pip install --index-url https://reg.example/pypi/simple/ 'acme-billing-protos==2.1.*'")
        XCTAssertEqual(lines[2].command, "protopkg add acme/billing@^2.1 --registry https://reg.example")
    }
}

final class SwiftInstallCommandsTests: XCTestCase {
    func version(_ text: String) throws -> PublishedVersion {
        PublishedVersion(module: try ModuleName("acme/billing"), version: try SemVer(text), sha256: String(repeating: "a", count: 64),
                         artifacts: [.init(kind: "swift", fileName: "s.zip", sha256: "", size: 1, packageName: "acme.billing-protos")])
    }

    func testTheRegistryToSetAndTheDependencyToDeclare() throws {
        let lines = InstallCommands.lines(for: try version("1.1.0"), registry: "http://127.0.0.1:8080")
        XCTAssertEqual(lines.map(\.tool), ["swift", "swift", "protopkg"])
        XCTAssertEqual(lines[0].command, "swift package-registry set http://127.0.0.1:8080/swift")
        XCTAssertEqual(lines[1].command, ".package(id: \"acme.billing-protos\", from: \"1.1.0\")")
    }

    func testBelowOneTheRequirementStaysInTheMinorVersion() throws {
        let lines = InstallCommands.lines(for: try version("0.3.2+build.7"), registry: "https://reg.example/")
        XCTAssertEqual(lines[1].command, ".package(id: \"acme.billing-protos\", .upToNextMinor(from: \"0.3.2\"))")
    }
}
