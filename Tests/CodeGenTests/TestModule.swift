import Foundation
import ProtoModule
import ProtopkgBasics
import XCTest

/// A throwaway module directory for builder tests, with the repository's venv and the swift
/// plugins that `make setup` builds on PATH, so the python and swift targets find their tools
/// however the tests are started.
struct TestModule {
    let directory: String

    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var toolchain: Toolchain {
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = "\(repositoryRoot)/.venv/bin:\(repositoryRoot)/.build-swift-plugins/bin:" + (env["PATH"] ?? "/usr/bin:/bin")
        return Toolchain(environment: env)
    }

    init(manifest: String, files: [String: String]) throws {
        directory = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-test-module")
        try write("protopkg.yaml", manifest)
        for (path, text) in files { try write("proto/\(path)", text) }
    }

    func write(_ path: String, _ text: String) throws {
        try FileSystem.writeAtomically(Data(text.utf8), to: "\(directory)/\(path)")
    }

    func git(_ args: String...) throws {
        let out = try ProcessRunner.run("/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@t.invalid"] + args,
                                        directory: directory)
        XCTAssertEqual(out.status, 0, out.stderrText)
    }

    /// Relative path → SHA-256 of every file below `dir`.
    static func snapshot(_ dir: String) -> [String: String] {
        var out: [String: String] = [:]
        for f in FileSystem.files(under: dir) { out[f] = try? SHA256Hex.ofFile("\(dir)/\(f)") }
        return out
    }

    func remove() { FileSystem.remove(directory) }
}
