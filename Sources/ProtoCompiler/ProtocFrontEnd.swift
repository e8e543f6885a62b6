import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// The first front end: runs `protoc` and decodes the descriptor set it writes.
/// Sources that do not live in directories are written to a private temporary tree first.
public struct ProtocFrontEnd: CompilerFrontEnd {
    public let protoc: String
    /// A directory holding `google/protobuf/*.proto`, added as the last import root.
    public let wellKnownTypes: String?

    public init(protoc: String, wellKnownTypes: String?) {
        self.protoc = protoc
        self.wellKnownTypes = wellKnownTypes
    }

    /// Finds protoc: `$PROTOPKG_PROTOC`, else `protoc` on PATH; and the well-known types beside it.
    public static func discover(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ProtocFrontEnd {
        let wanted = environment["PROTOPKG_PROTOC"] ?? "protoc"
        guard let path = ProcessRunner.which(wanted, path: environment["PATH"]) else {
            throw ProtopkgError("protoc was not found (looked for \"\(wanted)\" on PATH)",
                                hint: "install it with `apt-get install protobuf-compiler libprotobuf-dev`, or set PROTOPKG_PROTOC to its path")
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [resolved.appendingPathComponent("../include").path, "/usr/include", "/usr/local/include"]
        let wkt = candidates.first { FileManager.default.fileExists(atPath: "\($0)/google/protobuf/descriptor.proto") }
        return ProtocFrontEnd(protoc: path, wellKnownTypes: wkt.map { ($0 as NSString).standardizingPath })
    }

    public func version() throws -> String {
        let out = try ProcessRunner.run(protoc, ["--version"])
        return out.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "libprotoc", with: "protoc")
    }

    public func compile(_ request: CompileRequest) throws -> CompileResult {
        let scratch = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-protoc")
        defer { FileSystem.remove(scratch) }
        var roots: [(dir: String, resolver: ImportResolver?)] = []
        for (i, source) in request.sources.enumerated() {
            if let dir = source as? DirectoryImportResolver {
                roots += dir.roots.map { ($0, source) }
            } else {
                let tree = "\(scratch)/src\(i)"
                for path in source.listFiles() {
                    try FileSystem.writeAtomically(source.read(path) ?? Data(), to: "\(tree)/\(path)")
                }
                roots.append((tree, source))
            }
        }
        if let wellKnownTypes { roots.append((wellKnownTypes, nil)) }

        let output = "\(scratch)/out.binpb"
        var args = roots.map { "--proto_path=\($0.dir)" }
        args += ["--include_imports", "--descriptor_set_out=\(output)"]
        if request.includeSourceInfo { args.append("--include_source_info") }
        args += request.files
        // An argument file keeps long file lists (thousands of files) under the exec limit.
        let argFile = "\(scratch)/args.txt"
        try FileSystem.writeAtomically(Data(args.joined(separator: "\n").utf8), to: argFile)

        let result = try ProcessRunner.run(protoc, ["@\(argFile)"])
        if result.status != 0 {
            let findings = ProtocDiagnostics.parse(result.stderrText) { importPath in
                for (dir, resolver) in roots where FileManager.default.fileExists(atPath: "\(dir)/\(importPath)") {
                    return resolver?.displayPath(for: importPath) ?? importPath
                }
                return importPath
            }
            let count = findings.count
            throw ProtopkgError(count == 0 ? "protoc failed: \(result.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))"
                                           : "compilation failed with \(count) error\(count == 1 ? "" : "s")",
                                hint: "fix the errors above and run the command again", findings: findings)
        }
        return CompileResult(bytes: try FileSystem.read(output), files: request.files,
                             compilerVersion: (try? version()) ?? "protoc")
    }
}
