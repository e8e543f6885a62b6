import CodeGen
import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import XCTest

final class ModuleInitializerTests: XCTestCase {
    func testInitWritesAModuleThatBuilds() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        let written = try ModuleInitializer.initialize(directory: dir, name: try ModuleName("acme/user-api"))
        XCTAssertEqual(written, ["protopkg.yaml", "proto/acme/user_api/v1/user_api.proto", "build/Makefile",
                                 "build/protopkg.mk", "build/Dockerfile", ".gitignore"])
        let gitignore = try String(contentsOfFile: "\(dir)/.gitignore", encoding: .utf8)
        XCTAssertTrue(gitignore.contains("dist/"))
        let ws = try ModuleWorkspace.load(dir)
        XCTAssertEqual(ws.manifest.name.description, "acme/user-api")
        XCTAssertEqual(ws.manifest.targets.names.sorted(), ["descriptor", "go", "python"])
        let report = try ModuleBuilder(toolchain: TestModule.toolchain).build(directory: dir, only: ["descriptor"])
        XCTAssertEqual(report.version, "0.1.0")
    }

    func testInitRefusesToOverwriteAndWritesNothing() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        try FileSystem.writeAtomically(Data("keep me".utf8), to: "\(dir)/build/Makefile")
        XCTAssertThrowsError(try ModuleInitializer.initialize(directory: dir, name: try ModuleName("acme/user"))) {
            XCTAssertTrue("\($0)".contains("build/Makefile"))
        }
        XCTAssertEqual(FileSystem.files(under: dir), ["build/Makefile"])
        XCTAssertEqual(try String(contentsOfFile: "\(dir)/build/Makefile", encoding: .utf8), "keep me")
    }

    func testTheRepositoryMakeFragmentIsTheOneInitWrites() throws {
        let repoCopy = try String(contentsOfFile: "\(TestModule.repositoryRoot)/build/protopkg.mk", encoding: .utf8)
        XCTAssertEqual(repoCopy, ModuleTemplates.makeFragment)
        XCTAssertTrue(ModuleTemplates.makeFragment.contains("\n\t$(RUN) build $(DIR) --target $@\n"), "recipes need tabs")
        for target in ["all:", "python go descriptor:", "lint:", "breaking:", "version-check:", "release-check:", "publish:", "image:"] {
            XCTAssertTrue(ModuleTemplates.makeFragment.contains("\n\(target)"), target)
        }
    }

    func testInitWithCIWritesThePipelineToo() throws {
        for provider in CIProvider.allCases {
            let dir = try FileSystem.makeTemporaryDirectory()
            defer { FileSystem.remove(dir) }
            let written = try ModuleInitializer.initialize(directory: dir, name: try ModuleName("acme/user"), ci: provider)
            XCTAssertEqual(written.last, provider.path)
            let text = try String(contentsOfFile: "\(dir)/\(provider.path)", encoding: .utf8)
            XCTAssertEqual(text, provider.render(try ModuleName("acme/user")))
            XCTAssertTrue(text.contains("publish:acme/user"), "says which token scope to create")
        }
    }

    func testCIInitRefusesToOverwriteAndNeedsAModule() throws {
        let dir = try FileSystem.makeTemporaryDirectory()
        defer { FileSystem.remove(dir) }
        XCTAssertThrowsError(try ModuleInitializer.initializeCI(directory: dir, provider: .github)) {
            XCTAssertTrue("\($0)".contains("protopkg.yaml"), "\($0)")
        }
        _ = try ModuleInitializer.initialize(directory: dir, name: try ModuleName("acme/user"))
        XCTAssertEqual(try ModuleInitializer.initializeCI(directory: dir, provider: .gitlab), [".gitlab-ci.yml"])
        try FileSystem.writeAtomically(Data("keep me".utf8), to: "\(dir)/Jenkinsfile")
        XCTAssertThrowsError(try ModuleInitializer.initializeCI(directory: dir, provider: .jenkins)) {
            XCTAssertTrue("\($0)".contains("Jenkinsfile"))
        }
        XCTAssertEqual(try String(contentsOfFile: "\(dir)/Jenkinsfile", encoding: .utf8), "keep me")
    }

    /// What every pipeline must do (the schemas are checked by Tests/integration/ci.sh with
    /// check-jsonschema, and the commands run there against a real registry).
    func testEveryPipelineChecksAgainstTheLastReleaseAndPublishesWithTheSecret() throws {
        let name = try ModuleName("acme/user")
        let github = CIProvider.github.render(name)
        for line in ["protopkg lint \"$MODULE_DIR\" --error-format github-actions", "protopkg ci against \"$MODULE_DIR\"",
                     "--error-format github-actions", "protopkg version check", "protopkg publish \"$MODULE_DIR\"",
                     "PROTOPKG_TOKEN: ${{ secrets.PROTOPKG_TOKEN }}", "path: ~/.cache/protopkg", "fetch-depth: 0",
                     "github.event.repository.default_branch", "startsWith(github.ref, 'refs/tags/v')", "pull_request:"] {
            XCTAssertTrue(github.contains(line), line)
        }
        let gitlab = CIProvider.gitlab.render(name)
        for line in ["--error-format gitlab-code-quality > gl-code-quality-lint.json", "codequality:", "protopkg ci against",
                     "protopkg version check", "protopkg publish \"$MODULE_DIR\"", "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
                     "$CI_COMMIT_TAG", "merge_request_event", "XDG_CACHE_HOME: \"$CI_PROJECT_DIR/.cache\"", ".cache/protopkg/",
                     "GIT_DEPTH: \"0\""] {
            XCTAssertTrue(gitlab.contains(line), line)
        }
        let jenkins = CIProvider.jenkins.render(name)
        for line in ["pipeline {", "sh 'make -C build lint'", "sh 'make -C build release-check'", "sh 'make -C build publish'",
                     "credentials('protopkg-token')", "tag pattern:", "branch 'main'"] {
            XCTAssertTrue(jenkins.contains(line), line)
        }
        // Every make rule the Jenkinsfile calls is one the fragment defines.
        for call in jenkins.components(separatedBy: "sh 'make -C build ").dropFirst() {
            let target = String(call.prefix { $0 != "'" && $0 != " " })
            XCTAssertTrue(ModuleTemplates.makeFragment.contains("\n\(target):"), target)
        }
    }
}
