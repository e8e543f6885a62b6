import ProtoPackaging
import ProtopkgBasics
import XCTest

final class ManifestDependencyEditorTests: XCTestCase {
    func set(_ name: String, _ range: String, in text: String) throws -> String {
        try ManifestDependencyEditor.setting(try ModuleName(name), range: try VersionRange(range), in: text, file: "protopkg.yaml")
    }

    func testAddsADepsSectionAfterNameAndVersionKeepingComments() throws {
        let text = "# Billing.\nname: acme/shop   # the module\nversion: 1.0.0\n# targets follow\ntargets:\n  descriptor: {}\n"
        XCTAssertEqual(try set("acme/billing", "^1.0", in: text),
                       "# Billing.\nname: acme/shop   # the module\nversion: 1.0.0\ndeps:\n  acme/billing: ^1.0\n# targets follow\ntargets:\n  descriptor: {}\n")
    }

    func testInsertsInOrderIntoABlockMappingWithItsIndentation() throws {
        let text = """
            name: acme/shop
            deps:
                # shared types
                acme/common: ^1.2   # money
                acme/orders:
                    version: ^2.0
                    path: ../orders

            # the registry
            registry: http://127.0.0.1:8080

            """
        XCTAssertEqual(try set("acme/billing", "~1.1", in: text), """
            name: acme/shop
            deps:
                acme/billing: ~1.1
                # shared types
                acme/common: ^1.2   # money
                acme/orders:
                    version: ^2.0
                    path: ../orders

            # the registry
            registry: http://127.0.0.1:8080

            """)
        XCTAssertEqual(try set("acme/zeta", "^1", in: text), """
            name: acme/shop
            deps:
                # shared types
                acme/common: ^1.2   # money
                acme/orders:
                    version: ^2.0
                    path: ../orders
                acme/zeta: ^1

            # the registry
            registry: http://127.0.0.1:8080

            """)
    }

    func testUpdatesARangeInPlaceAndKeepsAPath() throws {
        let text = "name: acme/shop\ndeps:\n  acme/common: ^1.2   # money\n  acme/orders: { version: '^2.0', path: ../orders }\n"
        XCTAssertEqual(try set("acme/common", "^1.4", in: text),
                       "name: acme/shop\ndeps:\n  acme/common: ^1.4   # money\n  acme/orders: { version: '^2.0', path: ../orders }\n")
        XCTAssertEqual(try set("acme/orders", ">=2.1 <4", in: text),
                       "name: acme/shop\ndeps:\n  acme/common: ^1.2   # money\n  acme/orders: { version: \">=2.1 <4\", path: ../orders }\n")
        let block = "name: acme/shop\ndeps:\n  acme/orders:\n    path: ../orders\n    version: \"^2.0\"  # pinned\n"
        XCTAssertEqual(try set("acme/orders", "2.x", in: block),
                       "name: acme/shop\ndeps:\n  acme/orders:\n    path: ../orders\n    version: 2.x  # pinned\n")
    }

    func testFlowAndEmptyDeps() throws {
        XCTAssertEqual(try set("acme/billing", "^1.0", in: "name: acme/shop\ndeps: {}  # none yet\n"),
                       "name: acme/shop\ndeps: { acme/billing: ^1.0 }  # none yet\n")
        XCTAssertEqual(try set("acme/billing", "*", in: "name: acme/shop\ndeps: { acme/common: ^1 }\n"),
                       "name: acme/shop\ndeps: { acme/common: ^1, acme/billing: \"*\" }\n")
        XCTAssertEqual(try set("acme/billing", "^1.0", in: "name: acme/shop\ndeps:   # later\nregistry: http://r.example\n"),
                       "name: acme/shop\ndeps:   # later\n  acme/billing: ^1.0\nregistry: http://r.example\n")
        XCTAssertEqual(try set("acme/billing", "^1.0", in: "name: acme/shop\ndeps: ~\n"),
                       "name: acme/shop\ndeps:\n  acme/billing: ^1.0\n")
    }

    func testTheResultParsesToTheExpectedManifest() throws {
        let text = "name: acme/shop\nversion: 0.3.0\nlint: { use: [STANDARD] }\n"
        let edited = try set("acme/billing", "^1.0", in: text)
        let manifest = try Manifest.parse(yaml: edited, file: "protopkg.yaml")
        XCTAssertEqual(manifest.deps, [Dependency(name: try ModuleName("acme/billing"), range: try VersionRange("^1.0"))])
        XCTAssertEqual(manifest.lint, try Manifest.parse(yaml: text, file: "protopkg.yaml").lint)
    }
}
