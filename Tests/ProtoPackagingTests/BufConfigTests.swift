import ProtopkgBasics
import XCTest
@testable import ProtoPackaging

final class BufConfigTests: XCTestCase {
    private func parse(_ yaml: String) throws -> Manifest {
        try Manifest.parseBufYAML(yaml: yaml, file: "buf.yaml")
    }

    // MARK: v1

    func testV1Example() throws {
        let manifest = try parse("""
            version: v1
            name: buf.build/acme/weather
            deps:
              - buf.build/googleapis/googleapis
            build:
              excludes: [vendor/, ./third_party]
            lint:
              use: [DEFAULT]
              except: [PACKAGE_VERSION_SUFFIX]
              ignore: [legacy]
              allow_comment_ignores: true
              enum_zero_value_suffix: _UNKNOWN
            breaking:
              use: [WIRE]
              ignore_unstable_packages: true
            """)
        XCTAssertEqual(manifest.source, .bufV1)
        XCTAssertEqual(manifest.name.description, "acme/weather")
        XCTAssertEqual(manifest.roots, ["."])
        XCTAssertEqual(manifest.excludes, ["vendor", "third_party"])
        XCTAssertEqual(manifest.deps, [], "BSR dependencies are not protopkg dependencies")
        XCTAssertNil(manifest.version)
        XCTAssertEqual(manifest.targets.names, ["descriptor"])
        XCTAssertEqual(manifest.lint, LintConfig(use: ["DEFAULT"], except: ["PACKAGE_VERSION_SUFFIX"], ignore: ["legacy"],
                                                 enumZeroValueSuffix: "_UNKNOWN", allowCommentIgnores: true))
        XCTAssertEqual(manifest.breaking, BreakingConfig(use: ["WIRE"], ignoreUnstablePackages: true))
    }

    func testV1DefaultsFollowBuf() throws {
        let manifest = try parse("version: v1\n")
        XCTAssertEqual(manifest.name.description, Manifest.fallbackName)
        XCTAssertEqual(manifest.lint.use, ["STANDARD"])
        XCTAssertFalse(manifest.lint.allowCommentIgnores, "buf v1 ignores comment ignores unless asked")
        XCTAssertEqual(manifest.breaking.use, ["FILE"])
        XCTAssertEqual(manifest.roots, ["."])
        XCTAssertEqual(manifest.excludes, [])
        // An explicit lint section without the key keeps v1's default too.
        XCTAssertFalse(try parse("version: v1\nlint: { use: [MINIMAL] }\n").lint.allowCommentIgnores)
    }

    func testBSRNamesAreFoldedOrFallBack() throws {
        XCTAssertEqual(try parse("version: v1\nname: buf.build/Acme/My_Repo\n").name.description, "acme/my-repo")
        XCTAssertEqual(try parse("version: v1\nname: bsr.example.com/team/api\n").name.description, "team/api")
        XCTAssertEqual(try parse("version: v1\nname: weather\n").name.description, "local/module")
        XCTAssertEqual(try parse("version: v1\nname: buf.build/acme/___\n").name.description, "local/module")
    }

    func testV1UsesV1Spellings() {
        assertConfigError(try parse("version: v1\nlint:\n  disallow_comment_ignores: true\n"), at: "buf.yaml:3:3",
                          message: ["unknown key \"disallow_comment_ignores\" in \"lint\""])
        let error = assertConfigError(try parse("version: v1\nmodules: []\n"), at: "buf.yaml:2:1",
                                      message: ["unknown key \"modules\" in buf.yaml v1"])
        XCTAssertEqual(error?.hint, "known keys: version, name, deps, build, lint, breaking")
        assertConfigError(try parse("version: v1\nbuild: { roots: [proto] }\n"), at: "buf.yaml:2:10",
                          message: ["unknown key \"roots\" in \"build\""])
        assertConfigError(try parse("version: v1\nbuild: { excludes: [/abs] }\n"), at: "buf.yaml:2:21",
                          message: ["\"build.excludes\" has the absolute path \"/abs\""])
        assertConfigError(try parse("version: v1\ndeps: buf.build/acme/x\n"), at: "buf.yaml:2:7",
                          message: ["\"deps\" must be a list"])
    }

    // MARK: v2

    func testV2Example() throws {
        let manifest = try parse("""
            version: v2
            modules:
              - path: proto
                name: buf.build/acme/user
              - path: vendor/proto/
                excludes: [vendor/proto/internal]
            deps:
              - buf.build/googleapis/googleapis
            lint:
              use: [STANDARD]
              except: [FIELD_NOT_REQUIRED]
              ignore_only:
                PACKAGE_VERSION_SUFFIX: [vendor/proto]
            breaking:
              use: [FILE]
              except: [EXTENSION_NO_DELETE]
            plugins:
              - plugin: buf-plugin-foo
                options: { x: 1 }
            policies:
              - policy: buf.build/acme/policy
            """)
        XCTAssertEqual(manifest.source, .bufV2)
        XCTAssertEqual(manifest.name.description, "acme/user")
        XCTAssertEqual(manifest.roots, ["proto", "vendor/proto"])
        XCTAssertEqual(manifest.excludes, ["vendor/proto/internal"])
        XCTAssertEqual(manifest.deps, [])
        XCTAssertEqual(manifest.targets, Targets.default)
        XCTAssertEqual(manifest.lint, LintConfig(use: ["STANDARD"], except: ["FIELD_NOT_REQUIRED"],
                                                 ignoreOnly: ["PACKAGE_VERSION_SUFFIX": ["vendor/proto"]]))
        XCTAssertTrue(manifest.lint.allowCommentIgnores)
        XCTAssertEqual(manifest.breaking, BreakingConfig(use: ["FILE"], except: ["EXTENSION_NO_DELETE"]))
    }

    func testV2WithoutModulesIsOneModuleAtTheRoot() throws {
        let manifest = try parse("version: v2\nlint:\n  disallow_comment_ignores: true\n")
        XCTAssertEqual(manifest.roots, ["."])
        XCTAssertEqual(manifest.name.description, "local/module")
        XCTAssertFalse(manifest.lint.allowCommentIgnores)
        XCTAssertEqual(try parse("version: v2\nmodules: []\n").roots, ["."])
    }

    func testV2ModuleSectionsOverrideTopLevel() throws {
        let manifest = try parse("""
            version: v2
            modules:
              - path: proto
                lint: { use: [MINIMAL] }
                breaking: { use: [WIRE_JSON] }
            lint: { use: [STANDARD] }
            breaking: { use: [FILE] }
            """)
        XCTAssertEqual(manifest.lint.use, ["MINIMAL"])
        XCTAssertEqual(manifest.breaking.use, ["WIRE_JSON"])
    }

    func testV2ModulesThatAgreeShareTheirConfig() throws {
        let manifest = try parse("""
            version: v2
            modules:
              - path: a
                lint: { use: [BASIC] }
              - path: b
                lint: { use: [BASIC] }
            """)
        XCTAssertEqual(manifest.roots, ["a", "b"])
        XCTAssertEqual(manifest.lint.use, ["BASIC"])
    }

    func testV2ModulesWithDifferentConfigsAreRefused() {
        let error = assertConfigError(try parse("""
            version: v2
            modules:
              - path: a
              - path: b
                lint: { use: [BASIC] }
            lint: { use: [STANDARD] }
            """), at: "buf.yaml:5:11", message: ["module \"b\" has a different lint configuration than module \"a\""])
        XCTAssertTrue(error?.hint?.contains("protopkg.yaml") == true, error?.hint ?? "no hint")
        assertConfigError(try parse("""
            version: v2
            modules:
              - path: a
                breaking: { ignore_unstable_packages: true }
              - path: b
            """), at: "buf.yaml:5:5", message: ["module \"b\" has a different breaking configuration"])
    }

    func testV2DisableBuiltinRunsNoBuiltinRule() throws {
        let manifest = try parse("version: v2\nlint: { use: [STANDARD], disable_builtin: true }\nbreaking: { disable_builtin: true }\n")
        XCTAssertEqual(manifest.lint.use, [])
        XCTAssertEqual(manifest.breaking.use, [])
    }

    func testV2Errors() {
        let error = assertConfigError(try parse("version: v2\nname: buf.build/acme/x\n"), at: "buf.yaml:2:1",
                                      message: ["unknown key \"name\" in buf.yaml v2"])
        XCTAssertEqual(error?.hint, "known keys: version, modules, deps, lint, breaking, plugins, policies")
        assertConfigError(try parse("version: v2\nmodules:\n  - path: proto\n    root: x\n"), at: "buf.yaml:4:5",
                          message: ["unknown key \"root\" in \"modules[0]\""])
        assertConfigError(try parse("version: v2\nmodules:\n  - path: proto\n  - path: ./proto\n"), at: "buf.yaml:4:11",
                          message: ["module path \"proto\" appears twice"])
        assertConfigError(try parse("version: v2\nmodules: { path: proto }\n"), at: "buf.yaml:2:10",
                          message: ["\"modules\" must be a list, found a map"])
        assertConfigError(try parse("version: v2\nmodules:\n  - path: ../up\n"), at: "buf.yaml:3:11",
                          message: ["\"modules[0].path\"", "leaves the module directory"])
        assertConfigError(try parse("version: v2\nmodules:\n  - path: p\n    lint: { use: [x] }\n"), at: "buf.yaml:4:19",
                          message: ["\"modules[0].lint.use\" has \"x\""])
        assertConfigError(try parse("version: v2\nlint:\n  allow_comment_ignores: true\n"), at: "buf.yaml:3:3",
                          message: ["unknown key \"allow_comment_ignores\" in \"lint\""])
    }

    // MARK: version and syntax

    func testVersionIsRequiredAndMustBeV1OrV2() {
        assertConfigError(try parse("lint: { use: [DEFAULT] }\n"), at: "buf.yaml:1:1", message: ["missing key \"version\""])
        let error = assertConfigError(try parse("version: v1beta1\n"), at: "buf.yaml:1:10",
                                      message: ["unsupported buf.yaml version \"v1beta1\""])
        XCTAssertTrue(error?.hint?.contains("v1 and v2") == true, error?.hint ?? "no hint")
        assertConfigError(try parse("version: [v2]\n"), at: "buf.yaml:1:10", message: ["\"version\" must be a string"])
        assertConfigError(try parse(""), at: "buf.yaml", message: ["empty"])
    }

    func testYAMLErrorsAreLocated() {
        assertConfigError(try parse("version: v2\nmodules:\n  - path: \"proto\n"), at: "buf.yaml:4:1",
                          message: ["invalid YAML"])
        assertConfigError(try parse("version: v2\nversion: v1\n"), at: "buf.yaml:1:1", message: ["duplicate key \"version\""])
    }
}
