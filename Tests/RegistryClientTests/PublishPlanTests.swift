import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import RegistryClient
import XCTest

final class PublishPlanTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws { root = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-publish-all") }
    override func tearDown() { FileSystem.remove(root) }

    func module(_ dir: String, _ name: String, deps: String = "") throws {
        try FileSystem.writeAtomically(Data("name: \(name)\nversion: 1.0.0\n\(deps.isEmpty ? "" : "deps:\n\(deps)")".utf8),
                                       to: "\(root)/\(dir)/protopkg.yaml")
    }

    func testDependenciesComeFirstByPathAndByRegistryName() throws {
        // Directory order (a…, b…, z…) is the reverse of the dependency order.
        try module("a-shop", "acme/shop", deps: "  acme/billing: ^1.0\n  other/outside: ^2.0\n")
        try module("b-billing", "acme/billing", deps: "  acme/common: { version: ^1.0, path: ../z-common }\n")
        try module("z-common", "acme/common")
        try module("nested/tools", "acme/tools", deps: "  acme/common: ^1.0\n")
        // Never searched: build outputs and synced dependencies.
        try module("a-shop/dist/copy", "acme/copy")
        try module("a-shop/.protopkg/deps/acme/billing", "acme/billing")
        let plan = PublishPlan(modules: try PublishPlan.discover(root: root))
        XCTAssertEqual(plan.ordered.map(\.name.description), ["acme/common", "acme/billing", "acme/shop", "acme/tools"])
        XCTAssertEqual(plan.ordered[2].dependencies.map(\.description), ["acme/billing"], "other/outside is not under ROOT")
        XCTAssertTrue(plan.unorderable.isEmpty)
    }

    func testCyclesAndDuplicateNamesAreSetAsideWithTheReason() throws {
        try module("x", "acme/x", deps: "  acme/y: ^1.0\n")
        try module("y", "acme/y", deps: "  acme/x: ^1.0\n")
        try module("z", "acme/z", deps: "  acme/x: ^1.0\n")
        try module("one", "acme/twin")
        try module("two", "acme/twin")
        try module("ok", "acme/ok")
        let plan = PublishPlan(modules: try PublishPlan.discover(root: root))
        XCTAssertEqual(plan.ordered.map(\.name.description), ["acme/ok"])
        let reasons = Dictionary(plan.unorderable.map { ("\($0.module.name)@\(ModuleWorkspace.display($0.module.manifest.directory))", $0.reason) },
                                 uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(plan.unorderable.count, 5)
        XCTAssertTrue(plan.unorderable.first { $0.module.name.description == "acme/x" }!.reason.contains("acme/x → acme/y → acme/x"), "\(reasons)")
        XCTAssertTrue(plan.unorderable.first { $0.module.name.description == "acme/z" }!.reason.contains("cycle"), "\(reasons)")
        XCTAssertTrue(plan.unorderable.filter { $0.module.name.description == "acme/twin" }.allSatisfy { $0.reason.contains("2 modules are named acme/twin") })
    }

    func testNoModuleIsAnError() throws {
        XCTAssertThrowsError(try PublishPlan.discover(root: root)) {
            XCTAssertTrue("\($0)".contains("no module"), "\($0)")
        }
    }

    func testARefusalHoldsBackItsDependentsAndTheSummarySaysWhy() throws {
        try module("common", "acme/common")
        try module("billing", "acme/billing", deps: "  acme/common: { version: ^1.0, path: ../common }\n")
        try module("shop", "acme/shop", deps: "  acme/billing: ^1.0\n")
        try module("audit", "acme/audit")
        try module("docs", "acme/docs")
        try module("web", "acme/web", deps: "  acme/shop: ^1.0\n")
        let plan = PublishPlan(modules: try PublishPlan.discover(root: root))
        var tried: [String] = []
        let entries = MonorepoPublisher.run(plan) { manifest in
            let name = manifest.manifest.name.description
            tried.append(name)
            switch name {
            case "acme/billing": return ("1.0.0", .refused("the registry refused acme/billing@1.0.0: a breaking change\n  a.proto:3:1:Field deleted."))
            case "acme/docs": return ("1.0.0", .skipped("already published with identical content"))
            default: return ("1.0.0", .published)
            }
        }
        XCTAssertEqual(tried, ["acme/audit", "acme/common", "acme/billing", "acme/docs"], "acme/shop is not tried")
        XCTAssertEqual(entries.map(\.module), ["acme/audit", "acme/common", "acme/billing", "acme/docs", "acme/shop", "acme/web"])
        XCTAssertTrue(MonorepoPublisher.anyRefused(entries))
        XCTAssertEqual(MonorepoPublisher.summary(entries), """
            published acme/audit@1.0.0
            published acme/common@1.0.0
            refused   acme/billing@1.0.0  the registry refused acme/billing@1.0.0: a breaking change
                        a.proto:3:1:Field deleted.
            skipped   acme/docs@1.0.0     already published with identical content
            refused   acme/shop@1.0.0     not tried: its dependency acme/billing was refused (the registry refused acme/billing@1.0.0: a breaking change)
            refused   acme/web@1.0.0      not tried: its dependency acme/shop was not published (acme/billing: the registry refused acme/billing@1.0.0: a breaking change)
            6 modules: 2 published, 1 skipped, 3 refused
            """)
        let clean = entries.filter { !["acme/billing", "acme/shop", "acme/web"].contains($0.module) }
        XCTAssertFalse(MonorepoPublisher.anyRefused(clean))
    }
}
