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
                                                 enumZeroValueSuffix: "_UNKNOWN", allowCommentIgnores: true, ruleVersion: .v1))
        XCTAssertEqual(manifest.breaking, BreakingConfig(use: ["WIRE"], ignoreUnstablePackages: true, ruleVersion: .v1))
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

    func testV2EachModuleKeepsItsOwnSections() throws {
        let manifest = try parse("""
            version: v2
            modules:
              - path: a
              - path: b
                lint: { use: [BASIC], ignore: [b/legacy] }
                breaking: { use: [WIRE] }
            lint: { use: [STANDARD], ignore: [a/old] }
            breaking: { use: [PACKAGE] }
            """)
        XCTAssertEqual(manifest.modules.map(\.roots), [["a"], ["b"]])
        XCTAssertEqual(manifest.modules[0].lint, LintConfig(use: ["STANDARD"], ignore: ["a/old"]))
        XCTAssertEqual(manifest.modules[0].breaking.use, ["PACKAGE"])
        // A module's section replaces the top-level one whole: the top-level ignore does not carry over.
        XCTAssertEqual(manifest.modules[1].lint, LintConfig(use: ["BASIC"], ignore: ["b/legacy"]))
        XCTAssertEqual(manifest.modules[1].breaking.use, ["WIRE"])
        XCTAssertEqual(manifest.modules.map(\.configFile), ["buf.yaml", "buf.yaml"])
    }

    func testV2IncludesAndExcludesLieInTheirModule() throws {
        let manifest = try parse("""
            version: v2
            modules:
              - path: proto
                includes: [proto/acme]
                excludes: [proto/acme/internal]
              - path: proto
                includes: [proto/other]
            """)
        XCTAssertEqual(manifest.roots, ["proto"], "two modules may share a directory when includes split it")
        XCTAssertTrue(manifest.modules[0].contains("proto/acme/v1/a.proto"))
        XCTAssertFalse(manifest.modules[0].contains("proto/acme/internal/x.proto"))
        XCTAssertFalse(manifest.modules[0].contains("proto/other/b.proto"))
        XCTAssertTrue(manifest.modules[1].contains("proto/other/b.proto"))
        assertConfigError(try parse("version: v2\nmodules:\n  - path: vendor\n    excludes: [proto/x]\n"), at: "buf.yaml:4:16",
                          message: ["\"modules[0].excludes\" has \"proto/x\", which is not inside the module directory \"vendor\""])
        assertConfigError(try parse("version: v2\nmodules:\n  - path: proto\n    excludes: [proto]\n"), at: "buf.yaml:4:16",
                          message: ["the module directory itself"])
        assertConfigError(try parse("version: v2\nmodules:\n  - path: proto\n    lint: { ignore: [vendor/x] }\n"),
                          at: "buf.yaml:4:11", message: ["ignores \"vendor/x\", which is not inside the module directory \"proto\""])
        assertConfigError(try parse("version: v2\nmodules:\n  - path: proto\n  - path: proto/acme\n"), at: "buf.yaml:4:11",
                          message: ["module paths \"proto\" and \"proto/acme\" overlap"])
    }

    func testV2DisableBuiltinRunsNoBuiltinRule() throws {
        let manifest = try parse("version: v2\nlint: { use: [STANDARD], disable_builtin: true }\nbreaking: { disable_builtin: true }\n")
        XCTAssertTrue(manifest.lint.disableBuiltin)
        XCTAssertTrue(manifest.breaking.disableBuiltin)
        XCTAssertFalse(try parse("version: v2\n").lint.disableBuiltin)
    }

    func testRuleVersionFollowsTheFile() throws {
        XCTAssertEqual(try parse("version: v1beta1\n").lint.ruleVersion, .v1beta1)
        XCTAssertEqual(try parse("version: v1\n").breaking.ruleVersion, .v1)
        XCTAssertEqual(try parse("version: v1\nlint: { use: [MINIMAL] }\n").lint.ruleVersion, .v1)
        XCTAssertEqual(try parse("version: v2\nbreaking: { use: [WIRE] }\n").breaking.ruleVersion, .v2)
        XCTAssertEqual(try Manifest.unconfigured().lint.ruleVersion, .v1)
        XCTAssertFalse(try Manifest.unconfigured().lint.allowCommentIgnores, "buf's defaults are an empty buf.yaml v1")
        XCTAssertEqual(try Manifest.unconfigured().roots, ["."])
    }

    func testBundlesRecordIgnorePathsAsImportPaths() throws {
        var module = SourceModule(roots: ["proto"])
        module.breaking.ignore = ["proto/acme/legacy", "elsewhere/x", "."]
        module.breaking.ignoreOnly = ["FIELD_NO_DELETE": ["proto/acme/v1/a.proto", "proto"]]
        XCTAssertEqual(module.breakingByImportPath.ignore, ["acme/legacy", "."])
        XCTAssertEqual(module.breakingByImportPath.ignoreOnly, ["FIELD_NO_DELETE": ["acme/v1/a.proto", "."]])
    }

    // MARK: v1beta1

    func testV1Beta1RootsExcludesAndIgnores() throws {
        let manifest = try parse("""
            version: v1beta1
            name: buf.build/acme/old
            build:
              roots: [proto, vendor/]
              excludes: [proto/acme/internal]
            lint:
              use: [DEFAULT, FILE_LAYOUT]
              ignore: [ext]
              ignore_only:
                FIELD_LOWER_SNAKE_CASE: [acme/a/b.proto]
              allow_comment_ignores: true
            breaking:
              use: [FILE]
              ignore: [acme/legacy]
            """)
        XCTAssertEqual(manifest.source, .bufV1Beta1)
        XCTAssertEqual(manifest.name.description, "acme/old")
        XCTAssertEqual(manifest.modules.count, 1, "the roots of a v1beta1 file are one module")
        XCTAssertEqual(manifest.roots, ["proto", "vendor"])
        XCTAssertEqual(manifest.excludes, ["proto/acme/internal"])
        // Ignore paths are import paths in v1beta1: they name the file under whichever root holds it.
        XCTAssertEqual(manifest.lint.ignore, ["proto/ext", "vendor/ext"])
        XCTAssertEqual(manifest.lint.ignoreOnly, ["FIELD_LOWER_SNAKE_CASE": ["proto/acme/a/b.proto", "vendor/acme/a/b.proto"]])
        XCTAssertEqual(manifest.breaking.ignore, ["proto/acme/legacy", "vendor/acme/legacy"])
        XCTAssertEqual(manifest.lint.use, ["DEFAULT", "FILE_LAYOUT"])
        XCTAssertTrue(manifest.lint.allowCommentIgnores)
        XCTAssertEqual(manifest.lint.ruleVersion, .v1beta1)
        XCTAssertEqual(try parse("version: v1beta1\n").roots, ["."])
        XCTAssertFalse(try parse("version: v1beta1\n").lint.allowCommentIgnores)
    }

    func testV1Beta1Errors() {
        assertConfigError(try parse("version: v1beta1\nbuild:\n  roots: [proto]\n  excludes: [acme/a]\n"), at: "buf.yaml:4:14",
                          message: ["exclude \"acme/a\" is not inside any root"])
        assertConfigError(try parse("version: v1beta1\nbuild:\n  roots: [proto, vendor]\n  excludes: [proto]\n"), at: "buf.yaml:4:14",
                          message: ["\"proto\" is both a root and an exclude"])
        assertConfigError(try parse("version: v1beta1\nbuild:\n  roots: [proto, proto/acme]\n"), at: "buf.yaml:3:18",
                          message: ["roots \"proto\" and \"proto/acme\" overlap"])
        assertConfigError(try parse("version: v1beta1\nlint:\n  disallow_comment_ignores: true\n"), at: "buf.yaml:3:3",
                          message: ["unknown key \"disallow_comment_ignores\""])
    }

    // MARK: buf.work.yaml

    func testBufWorkDirectories() throws {
        XCTAssertEqual(try Manifest.parseBufWorkYAML(yaml: "version: v1\ndirectories:\n  - proto\n  - ./vendor/\n", file: "buf.work.yaml"),
                       ["proto", "vendor"])
        func workError(_ yaml: String, at: String, _ message: String) {
            assertConfigError(try Manifest.parseBufWorkYAML(yaml: yaml, file: "buf.work.yaml"), at: at, message: [message])
        }
        workError("directories: [proto]\n", at: "buf.work.yaml:1:1", "missing key \"version\"")
        workError("version: v2\ndirectories: [proto]\n", at: "buf.work.yaml:1:10", "unsupported buf.work.yaml version \"v2\"")
        workError("version: v1\ndirectories: [proto, proto/acme]\n", at: "buf.work.yaml:2:22",
                  "directory \"proto\" contains directory \"proto/acme\"")
        workError("version: v1\ndirectories: [proto, proto]\n", at: "buf.work.yaml:2:22", "appears twice")
        workError("version: v1\ndirectories: []\n", at: "buf.work.yaml:2:14", "\"directories\" is empty")
        workError("version: v1\ndirectories: [../x]\n", at: "buf.work.yaml:2:15", "leaves the module directory")
        workError("version: v1\n", at: "buf.work.yaml:1:1", "missing key \"directories\"")
    }

    func testBufWorkspacePlacesEachModuleUnderItsDirectory() throws {
        let proto = try parse("""
            version: v1
            name: buf.build/acme/api
            build: { excludes: [acme/internal] }
            lint: { use: [MINIMAL], ignore: [acme/a.proto], ignore_only: { ENUM_PASCAL_CASE: [acme/b] } }
            breaking: { ignore: [acme/old] }
            """)
        let old = try parse("version: v1beta1\nbuild: { roots: [a, b] }\nlint: { ignore: [x.proto] }\n")
        let manifest = try Manifest.bufWorkspace([("proto", proto), ("legacy", old), ("vendor", try Manifest.unconfigured())])
        XCTAssertEqual(manifest.source, .bufWork)
        XCTAssertEqual(manifest.name.description, "acme/api")
        XCTAssertEqual(manifest.modules.map(\.roots), [["proto"], ["legacy/a", "legacy/b"], ["vendor"]])
        XCTAssertEqual(manifest.modules[0].excludes, ["proto/acme/internal"])
        XCTAssertEqual(manifest.modules[0].lint.ignore, ["proto/acme/a.proto"])
        XCTAssertEqual(manifest.modules[0].lint.ignoreOnly, ["ENUM_PASCAL_CASE": ["proto/acme/b"]])
        XCTAssertEqual(manifest.modules[0].breaking.ignore, ["proto/acme/old"])
        XCTAssertEqual(manifest.modules[0].configFile, "proto/buf.yaml")
        XCTAssertEqual(manifest.modules[1].lint.ignore, ["legacy/a/x.proto", "legacy/b/x.proto"])
        XCTAssertEqual(manifest.modules[2].configFile, "", "a directory without buf.yaml has buf's defaults")
        XCTAssertEqual(manifest.modules[2].lint, LintConfig.defaults(for: .unconfigured))
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

    func testVersionIsRequiredAndKnown() {
        assertConfigError(try parse("lint: { use: [DEFAULT] }\n"), at: "buf.yaml:1:1", message: ["missing key \"version\""])
        let error = assertConfigError(try parse("version: v3\n"), at: "buf.yaml:1:10",
                                      message: ["unsupported buf.yaml version \"v3\""])
        XCTAssertTrue(error?.hint?.contains("v1beta1, v1 and v2") == true, error?.hint ?? "no hint")
        assertConfigError(try parse("version: [v2]\n"), at: "buf.yaml:1:10", message: ["\"version\" must be a string"])
        assertConfigError(try parse(""), at: "buf.yaml", message: ["empty"])
    }

    func testYAMLErrorsAreLocated() {
        assertConfigError(try parse("version: v2\nmodules:\n  - path: \"proto\n"), at: "buf.yaml:4:1",
                          message: ["invalid YAML"])
        assertConfigError(try parse("version: v2\nversion: v1\n"), at: "buf.yaml:1:1", message: ["duplicate key \"version\""])
    }
}
