import ProtopkgBasics
import XCTest
@testable import ProtoPackaging

final class ManifestTests: XCTestCase {
    private func parse(_ yaml: String) throws -> Manifest {
        try Manifest.parse(yaml: yaml, file: "protopkg.yaml")
    }

    // MARK: Valid manifests

    func testDesignExampleParses() throws {
        let manifest = try parse("""
            name: acme/user                 # owner/name
            version: 1.3.0                  # optional: else the newest git tag vX.Y.Z at HEAD
            deps:
              acme/common: ^1.2
            lint:     { use: [STANDARD], except: [PACKAGE_VERSION_SUFFIX] }
            breaking: { use: [FILE] }
            targets:
              python: { grpc: true }        # wheel: acme-user-protos
              go:     { module: example.com/acme/user, grpc: true }
              descriptor: {}
            registry: http://127.0.0.1:8080
            """)
        XCTAssertEqual(manifest.name, try ModuleName("acme/user"))
        XCTAssertEqual(manifest.version, try SemVer("1.3.0"))
        XCTAssertEqual(manifest.deps, [Dependency(name: try ModuleName("acme/common"), range: try VersionRange("^1.2"))])
        XCTAssertEqual(manifest.deps.first?.range.description, "^1.2")
        XCTAssertEqual(manifest.lint, LintConfig(use: ["STANDARD"], except: ["PACKAGE_VERSION_SUFFIX"]))
        XCTAssertEqual(manifest.breaking, BreakingConfig(use: ["FILE"]))
        XCTAssertEqual(manifest.targets.python, PythonTarget(grpc: true))
        XCTAssertEqual(manifest.targets.go, try GoTarget(module: "example.com/acme/user", grpc: true))
        XCTAssertEqual(manifest.targets.descriptor, DescriptorTarget())
        XCTAssertEqual(manifest.targets.names, ["python", "go", "descriptor"])
        XCTAssertEqual(manifest.registry, "http://127.0.0.1:8080")
        XCTAssertEqual(manifest.roots, ["proto"])
        XCTAssertEqual(manifest.excludes, [])
        XCTAssertEqual(manifest.source, .protopkgYAML)
        XCTAssertEqual(manifest.name.pythonDistribution, "acme-user-protos")
    }

    func testOnlyNameGivesDefaults() throws {
        let manifest = try parse("name: acme/user\n")
        XCTAssertNil(manifest.version)
        XCTAssertEqual(manifest.deps, [])
        XCTAssertEqual(manifest.lint.use, ["STANDARD"])
        XCTAssertEqual(manifest.lint.enumZeroValueSuffix, "_UNSPECIFIED")
        XCTAssertEqual(manifest.lint.serviceSuffix, "Service")
        XCTAssertTrue(manifest.lint.allowCommentIgnores)
        XCTAssertEqual(manifest.breaking.use, ["FILE"])
        XCTAssertFalse(manifest.breaking.ignoreUnstablePackages)
        XCTAssertEqual(manifest.targets, Targets(descriptor: DescriptorTarget()))
        XCTAssertEqual(manifest.targets.names, ["descriptor"])
        XCTAssertNil(manifest.registry)
        XCTAssertEqual(manifest.roots, ["proto"])
    }

    func testEmptySectionsCountAsAbsent() throws {
        let manifest = try parse("""
            name: acme/user
            version:
            deps:
            lint:
            targets:
              python:
              descriptor:
            """)
        XCTAssertNil(manifest.version)
        XCTAssertEqual(manifest.deps, [])
        XCTAssertEqual(manifest.lint, LintConfig())
        XCTAssertEqual(manifest.targets, Targets(python: PythonTarget(), descriptor: DescriptorTarget()))
    }

    func testVersionKeepsPrereleaseAndLeadingV() throws {
        XCTAssertEqual(try parse("name: a/b\nversion: 2.0.0-rc.1\n").version, try SemVer("2.0.0-rc.1"))
        XCTAssertEqual(try parse("name: a/b\nversion: v1.2.3\n").version?.description, "1.2.3")
    }

    func testDependenciesInBothFormsAreSortedByName() throws {
        let manifest = try parse("""
            name: acme/user
            deps:
              acme/zeta: ~1.2.3
              acme/common: { version: ^1.2, path: ../common/ }
              acme/billing: 1
            """)
        XCTAssertEqual(manifest.deps.map(\.name.description), ["acme/billing", "acme/common", "acme/zeta"])
        XCTAssertEqual(manifest.deps.map(\.range.description), ["1", "^1.2", "~1.2.3"])
        XCTAssertEqual(manifest.deps.map(\.path), [nil, "../common", nil])
        XCTAssertEqual(manifest.dependency(named: try ModuleName("acme/common"))?.path, "../common")
    }

    func testEveryLintAndBreakingKey() throws {
        let manifest = try parse("""
            name: acme/user
            lint:
              use: [STANDARD, COMMENTS]
              except: [ENUM_ZERO_VALUE_SUFFIX]
              ignore: [./proto/vendor/, proto/legacy.proto]
              ignore_only:
                FIELD_LOWER_SNAKE_CASE: [proto/old]
                PACKAGE_VERSION_SUFFIX:
              enum_zero_value_suffix: _NONE
              rpc_allow_same_request_response: true
              rpc_allow_google_protobuf_empty_requests: true
              rpc_allow_google_protobuf_empty_responses: true
              service_suffix: API
              disallow_comment_ignores: true
            breaking:
              use: [WIRE_JSON]
              except: [FIELD_SAME_JSON_NAME]
              ignore: [proto/experimental]
              ignore_only: { FILE_NO_DELETE: [proto/gone.proto] }
              ignore_unstable_packages: true
            """)
        XCTAssertEqual(manifest.lint, LintConfig(
            use: ["STANDARD", "COMMENTS"], except: ["ENUM_ZERO_VALUE_SUFFIX"],
            ignore: ["proto/vendor", "proto/legacy.proto"],
            ignoreOnly: ["FIELD_LOWER_SNAKE_CASE": ["proto/old"], "PACKAGE_VERSION_SUFFIX": []],
            enumZeroValueSuffix: "_NONE", rpcAllowSameRequestResponse: true,
            rpcAllowGoogleProtobufEmptyRequests: true, rpcAllowGoogleProtobufEmptyResponses: true,
            serviceSuffix: "API", allowCommentIgnores: false))
        XCTAssertEqual(manifest.breaking, BreakingConfig(
            use: ["WIRE_JSON"], except: ["FIELD_SAME_JSON_NAME"], ignore: ["proto/experimental"],
            ignoreOnly: ["FILE_NO_DELETE": ["proto/gone.proto"]], ignoreUnstablePackages: true))
    }

    func testEmptyTargetsMapMeansNoTargets() throws {
        XCTAssertEqual(try parse("name: a/b\ntargets: {}\n").targets.names, [])
    }

    func testGoModulePathRules() throws {
        XCTAssertEqual(try GoTarget(module: "github.com/Acme/user-api").module, "github.com/Acme/user-api")
        XCTAssertEqual(try GoTarget(module: "example.com/v2x").module, "example.com/v2x")
        let cases: [(String, String)] = [
            ("", "empty"),
            ("acme/user", "has no dot"),
            ("example.com/acme user", "a space"),
            ("example.com/acme/user/v2", "major version suffix /v2"),
            ("example.com/acme/user/", "empty element"),
            ("Example.com/user", "uppercase"),
            ("example.com/.hidden", "starts or ends with a dot"),
        ]
        for (path, reason) in cases {
            XCTAssertThrowsError(try GoTarget(module: path), path) { error in
                XCTAssertTrue((error as? ProtopkgError)?.message.contains(reason) == true, "\(path): \(error)")
            }
        }
    }

    // MARK: Errors: where and which key

    func testUnknownTopLevelKey() {
        let error = assertConfigError(try parse("""
            name: acme/user
            version: 1.3.0
            verison: 1.4.0
            """), at: "protopkg.yaml:3:1", message: ["unknown key \"verison\" in the manifest"])
        XCTAssertEqual(error?.message, "unknown key \"verison\" in the manifest")
        XCTAssertEqual(error?.hint, "known keys: name, version, deps, lint, breaking, targets, registry")
    }

    func testMissingName() {
        assertConfigError(try parse("# a comment\nversion: 1.0.0\n"), at: "protopkg.yaml:2:1",
                          message: ["missing key \"name\""])
        let error = assertConfigError(try parse("# nothing but a comment\n"), at: "protopkg.yaml",
                                      message: ["empty", "name"])
        XCTAssertEqual(error?.hint, "write name: owner/name, e.g. name: acme/user")
    }

    func testBadModuleName() {
        let error = assertConfigError(try parse("name: Acme/User\n"), at: "protopkg.yaml:1:7",
                                      message: ["key \"name\"", "invalid module name \"Acme/User\"", "uppercase"])
        XCTAssertEqual(error?.hint, ModuleName.hint)
        assertConfigError(try parse("name: [acme, user]\n"), at: "protopkg.yaml:1:7",
                          message: ["\"name\" must be a string, found a list"])
    }

    func testVersionOfWrongType() {
        assertConfigError(try parse("name: acme/user\nversion: [1]\n"), at: "protopkg.yaml:2:10",
                          message: ["\"version\" must be a version like 1.3.0, found a list"])
    }

    func testVersionThatYAMLReadsAsNumber() {
        let error = assertConfigError(try parse("name: acme/user\nversion: 1.3\n"), at: "protopkg.yaml:2:10",
                                      message: ["key \"version\"", "invalid version \"1.3\"", "three numbers"])
        XCTAssertTrue(error?.hint?.contains("as a number") == true, error?.hint ?? "no hint")
        XCTAssertTrue(error?.hint?.contains("version: 1.3.0") == true, error?.hint ?? "no hint")
    }

    func testQuotedIncompleteVersion() {
        let error = assertConfigError(try parse("name: acme/user\nversion: \"1.3\"\n"), at: "protopkg.yaml:2:10",
                                      message: ["key \"version\"", "\"1.3\""])
        XCTAssertFalse(error?.hint?.contains("as a number") ?? true, "a quoted value is not a number")
    }

    func testBooleanGivenAsString() {
        let error = assertConfigError(try parse("""
            name: acme/user
            targets:
              python: { grpc: "yes" }
            """), at: "protopkg.yaml:3:19",
            message: ["\"targets.python.grpc\" must be true or false, found the string \"yes\""])
        XCTAssertEqual(error?.hint, "write true or false without quotes")
    }

    func testBadRange() {
        assertConfigError(try parse("""
            name: acme/user
            deps:
              acme/common: ^x.1
            """), at: "protopkg.yaml:3:16", message: ["key \"deps.acme/common\"", "invalid version range \"^x.1\""])
        assertConfigError(try parse("""
            name: acme/user
            deps:
              acme/common: { path: ../common, version: ">=2 <1.x.2" }
            """), at: "protopkg.yaml:3:44", message: ["key \"deps.acme/common.version\"", "invalid version range"])
    }

    func testBadDependencies() {
        assertConfigError(try parse("name: acme/user\ndeps:\n  Common: ^1\n"), at: "protopkg.yaml:3:3",
                          message: ["key \"deps.Common\"", "invalid module name \"Common\""])
        assertConfigError(try parse("name: acme/user\ndeps:\n  acme/common: { path: ../common }\n"),
                          at: "protopkg.yaml:3:16", message: ["dependency \"acme/common\" has no \"version\""])
        assertConfigError(try parse("name: acme/user\ndeps:\n  acme/common: [1, 2]\n"), at: "protopkg.yaml:3:16",
                          message: ["\"deps.acme/common\" must be a version range"])
        assertConfigError(try parse("name: acme/user\ndeps:\n  acme/common: { version: ^1, tag: x }\n"),
                          at: "protopkg.yaml:3:31", message: ["unknown key \"tag\" in \"deps.acme/common\""])
        assertConfigError(try parse("name: acme/user\ndeps: [acme/common]\n"), at: "protopkg.yaml:2:7",
                          message: ["\"deps\" must be a map of keys, found a list"])
    }

    func testUnknownTarget() {
        let error = assertConfigError(try parse("""
            name: acme/user
            targets:
              python: {}
              rust: {}
            """), at: "protopkg.yaml:4:3", message: ["unknown target \"rust\" in \"targets\""])
        XCTAssertEqual(error?.hint, "known targets: python, go, node, swift, descriptor")
    }

    func testUnknownKeyInsideATarget() {
        let error = assertConfigError(try parse("name: a/b\ntargets:\n  descriptor: { out: x }\n"),
                                      at: "protopkg.yaml:3:17", message: ["unknown key \"out\" in \"targets.descriptor\""])
        XCTAssertEqual(error?.hint, "\"targets.descriptor\" takes no keys; write {}")
    }

    func testMissingGoModule() {
        assertConfigError(try parse("""
            name: acme/user
            targets:
              go: { grpc: true }
            """), at: "protopkg.yaml:3:7", message: ["missing key \"targets.go.module\""])
        assertConfigError(try parse("name: acme/user\ntargets:\n  go:\n"), at: "protopkg.yaml:3:6",
                          message: ["missing key \"targets.go.module\""])
    }

    func testGoModuleWithMajorSuffix() {
        let error = assertConfigError(try parse("""
            name: acme/user
            targets:
              go:
                module: example.com/acme/user/v2
            """), at: "protopkg.yaml:4:13",
            message: ["key \"targets.go.module\"", "invalid Go module path \"example.com/acme/user/v2\"", "/v2"])
        XCTAssertEqual(error?.hint, "write example.com/acme/user; protopkg appends /vN for major versions 2 and above")
        assertConfigError(try parse("name: a/b\ntargets:\n  go: { module: acme/user }\n"), at: "protopkg.yaml:3:17",
                          message: ["key \"targets.go.module\"", "has no dot"])
    }

    func testRegistryMustBeHTTPURL() throws {
        XCTAssertEqual(try parse("name: a/b\nregistry: https://registry.example.com/\n").registry,
                       "https://registry.example.com/")
        assertConfigError(try parse("name: a/b\nregistry: ftp://registry.example.com\n"), at: "protopkg.yaml:2:11",
                          message: ["key \"registry\"", "not an http or https URL"])
        assertConfigError(try parse("name: a/b\nregistry: registry.example.com\n"), at: "protopkg.yaml:2:11",
                          message: ["key \"registry\""])
    }

    func testLintErrors() {
        assertConfigError(try parse("name: a/b\nlint:\n  use: [STANDARD, comments]\n"), at: "protopkg.yaml:3:19",
                          message: ["\"lint.use\" has \"comments\", which is not a rule or category ID"])
        assertConfigError(try parse("name: a/b\nlint:\n  use: STANDARD\n"), at: "protopkg.yaml:3:8",
                          message: ["\"lint.use\" must be a list, found the string \"STANDARD\""])
        // allow_comment_ignores is buf v1's spelling; protopkg.yaml follows buf v2.
        let error = assertConfigError(try parse("name: a/b\nlint:\n  allow_comment_ignores: true\n"),
                                      at: "protopkg.yaml:3:3", message: ["unknown key \"allow_comment_ignores\" in \"lint\""])
        XCTAssertTrue(error?.hint?.contains("disallow_comment_ignores") == true, error?.hint ?? "no hint")
        assertConfigError(try parse("name: a/b\nlint:\n  ignore: [../other]\n"), at: "protopkg.yaml:3:12",
                          message: ["\"lint.ignore\"", "leaves the module directory"])
        assertConfigError(try parse("name: a/b\nlint:\n  ignore_only: { lower_snake: [a] }\n"),
                          at: "protopkg.yaml:3:18", message: ["\"lint.ignore_only\" has \"lower_snake\""])
        assertConfigError(try parse("name: a/b\nlint:\n  service_suffix: [A]\n"), at: "protopkg.yaml:3:19",
                          message: ["\"lint.service_suffix\" must be a string, found a list"])
    }

    func testBreakingErrors() {
        assertConfigError(try parse("name: a/b\nbreaking:\n  ignore_unstable_packages: 1\n"),
                          at: "protopkg.yaml:3:29",
                          message: ["\"breaking.ignore_unstable_packages\" must be true or false, found the number 1"])
        assertConfigError(try parse("name: a/b\nbreaking:\n  disable_builtin: true\n"), at: "protopkg.yaml:3:3",
                          message: ["unknown key \"disable_builtin\" in \"breaking\""])
    }

    func testYAMLSyntaxErrorIsLocated() {
        let error = assertConfigError(try parse("name: acme/user\nlint: { use: [STANDARD }\n"),
                                      at: "protopkg.yaml:2:24", message: ["invalid YAML", "expected ',' or ']'"])
        XCTAssertNotNil(error?.hint)
        assertConfigError(try parse("name: acme/user\n\tversion: 1.0.0\n"), at: "protopkg.yaml:2:1",
                          message: ["invalid YAML", "tab"])
    }

    func testDuplicateKey() {
        assertConfigError(try parse("name: acme/user\nversion: 1.0.0\nname: acme/other\n"), at: "protopkg.yaml:1:1",
                          message: ["duplicate key \"name\""])
    }

    func testManifestMustBeAMap() {
        assertConfigError(try parse("- name: acme/user\n"), at: "protopkg.yaml:1:1",
                          message: ["the manifest must be a map of keys, found a list"])
        assertConfigError(try parse("[a]: b\n"), at: "protopkg.yaml:1:1",
                          message: ["a key in the manifest must be a plain word, found a list"])
    }

    func testErrorLocationUsesTheGivenFileName() {
        XCTAssertThrowsError(try Manifest.parse(yaml: "name: a/b\nx: 1\n", file: "api/protopkg.yaml")) { error in
            XCTAssertEqual((error as? ProtopkgError)?.location, "api/protopkg.yaml:2:1")
            XCTAssertEqual("\(error)".components(separatedBy: "\n").first,
                           "api/protopkg.yaml:2:1: unknown key \"x\" in the manifest")
        }
    }
}

extension XCTestCase {
    /// Asserts that `body` throws a `ProtopkgError` located exactly at `location` whose message
    /// contains every fragment, and returns it for further checks.
    @discardableResult
    func assertConfigError<T>(_ body: @autoclosure () throws -> T, at location: String, message fragments: [String],
                           file: StaticString = #filePath, line: UInt = #line) -> ProtopkgError? {
        do {
            let manifest = try body()
            XCTFail("expected an error at \(location), got \(manifest)", file: file, line: line)
            return nil
        } catch let error as ProtopkgError {
            XCTAssertEqual(error.location, location, "\(error)", file: file, line: line)
            for fragment in fragments {
                XCTAssertTrue(error.message.contains(fragment), "\"\(error.message)\" lacks \"\(fragment)\"",
                              file: file, line: line)
            }
            return error
        } catch {
            XCTFail("expected a ProtopkgError, got \(error)", file: file, line: line)
            return nil
        }
    }
}
