import Foundation
import ProtoBundle
import ProtoCompiler
import ProtoModule
import ProtoPackaging
import ProtopkgBasics
import SwiftProtobuf

/// `protopkg build`: compiles a module, generates each target's stubs (reusing cached code of
/// unchanged files), packs the artifacts and the bundle, and moves them into the output
/// directory only once everything succeeded, so a failed build leaves it as it was.
public struct ModuleBuilder {
    public static let formatVersion = "protopkg-build-1"

    public var toolchain: Toolchain
    public var progress: (String) -> Void
    /// Seconds since 1970: when an input counts as settled (`InputStamps`). Tests move it ahead.
    public var now: () -> Double = { Date().timeIntervalSince1970 }

    public init(toolchain: Toolchain = Toolchain(), progress: @escaping (String) -> Void = { _ in }) {
        self.toolchain = toolchain
        self.progress = progress
    }

    /// Loads the module in `directory` and builds it.
    public func build(directory: String, out: String? = nil, only: [String] = []) throws -> BuildReport {
        try build(try ModuleWorkspace.load(directory), out: out, only: only)
    }

    /// `only` limits the build to some of the manifest's targets; the bundle is always written.
    public func build(_ ws: ModuleWorkspace, out: String? = nil, only: [String] = []) throws -> BuildReport {
        let targets = try selectedTargets(ws, only: only)
        let outDir = try outputDirectory(ws, out: out)
        let cache = BuildCache(moduleDirectory: ws.directory)
        let version: ModuleVersion, stamps: InputStamps, fingerprint: String
        switch try NoOpCheck.run(self, ws, outDir: outDir, only: only, cache: cache) {
        case .upToDate(let report): return report
        case let .stale(v, s, f): (version, stamps, fingerprint) = (v, s, f)
        }
        let bundleName = BundleFileName.of(ws.manifest.name, version.version)

        progress("compiling \(ws.files.count) files")
        let frontEnd = try toolchain.frontEnd()
        let compiled = try frontEnd.compile(CompileRequest(sources: try ws.importResolvers(), files: ws.files))
        let context = BuildContext(workspace: ws, version: version.version, compiled: compiled, set: try compiled.descriptorSet(),
                                   toolchain: toolchain, cache: cache, progress: progress)
        let prepared = try targets.map { try $0.prepare(context) }
        var tools: [String: String] = [:]
        // The compiler is protopkg itself, or protoc: either changing makes the cache stale.
        let compilerPath = (frontEnd as? ProtocFrontEnd)?.protoc ?? Bundle.main.executablePath
        if let compilerPath { tools[compilerPath] = BuildCache.stamp(compilerPath) }
        var toolVersions = ["compiler": compiled.compilerVersion]
        var artifacts: [PackagedArtifact] = []
        var generated: [String: GeneratedFiles] = [:]
        var regenerated: [String: Int] = [:]
        for target in prepared {
            tools.merge(target.stamps) { a, _ in a }
            toolVersions.merge(target.versions) { a, _ in a }
            let (code, packaged) = try target.run()
            if let code { (generated[target.name], regenerated[target.name]) = (code.files, code.regenerated) }
            artifacts += packaged
        }

        progress("packing the bundle")
        artifacts.insert(PackagedArtifact(path: bundleName, data: try bundle(ws, version: version, toolVersions: toolVersions,
                                                                           compiled: compiled, generated: generated,
                                                                           artifacts: artifacts)), at: 0)
        let written = try OutputDirectory(path: outDir).replace(with: artifacts.map { ($0.path, $0.data) })
        let summary = zip(artifacts, written).map { "\(ModuleWorkspace.display($1))  (\(Self.size($0.data.count)))" }
        try cache.saveState(.init(fingerprint: fingerprint, inputStamps: stamps.settled ? stamps.digest : nil, tools: tools,
                                  outputs: written.map(BuildCache.output), summary: summary))
        return BuildReport(upToDate: false, version: version.version.description, versionSource: version.source,
                           outputs: summary, regenerated: regenerated, compiledFiles: context.set.file.count,
                           bundlePath: "\(outDir)/\(bundleName)")
    }

    /// The manifest's targets, or those of them named by `--target`.
    func selectedTargets(_ ws: ModuleWorkspace, only: [String]) throws -> [any LanguageTarget] {
        for name in only where !ws.manifest.targets.names.contains(name) {
            throw ProtopkgError("unknown target \"\(name)\"", at: ws.configDisplayPath,
                                hint: "the manifest declares: \(ws.manifest.targets.names.joined(separator: ", "))")
        }
        return LanguageTargets.of(ws.manifest.targets).filter { only.isEmpty || only.contains($0.name) }
    }

    func outputDirectory(_ ws: ModuleWorkspace, out: String?) throws -> String {
        let outDir = FileSystem.absolute(out ?? "dist", relativeTo: out == nil ? ws.directory : FileManager.default.currentDirectoryPath)
        if FileSystem.exists(outDir) && !FileSystem.isDirectory(outDir) {
            throw ProtopkgError("the output path exists and is not a directory", at: ModuleWorkspace.display(outDir),
                                hint: "remove it or pass another directory with --out")
        }
        return outDir
    }

    /// The bundle: protopkg.json, the sources, the descriptor set, the generated code and the artifacts.
    func bundle(_ ws: ModuleWorkspace, version: ModuleVersion, toolVersions: [String: String], compiled: CompileResult,
                generated: [String: GeneratedFiles], artifacts: [PackagedArtifact]) throws -> Data {
        var sources: [String: Data] = [:]
        for f in ws.files { sources[f] = ws.resolver.read(f) }
        let manifest = BundleManifest(
            name: ws.manifest.name.description, version: version.version.description,
            deps: Dictionary(uniqueKeysWithValues: ws.manifest.deps.map { ($0.name.description, $0.range.description) }),
            targets: ws.manifest.targets.names, git: version.git, toolchain: toolVersions, digests: [:],
            breaking: .init(ws.manifest.modules[0].breakingByImportPath),
            packages: Dictionary(uniqueKeysWithValues: artifacts.compactMap { a in a.packageName.map { (a.path, $0) } }))
        return try BundlePackager.package(.init(manifest: manifest, sources: sources, descriptorSet: compiled.bytes,
                                                generated: generated,
                                                artifacts: Dictionary(uniqueKeysWithValues: artifacts.map { ($0.path, $0.data) })))
    }

    /// What the build depends on besides its input files: the format, the targets asked for,
    /// the version and its git state, the output directory and the environment tools come from.
    func settingsDigest(_ versionAndGit: String, outDir: String, only: [String]) -> String {
        var digest = DigestBuilder()
        digest.add(Self.formatVersion)
        digest.add(only.sorted().joined(separator: ","))
        digest.add(versionAndGit)
        digest.add(outDir)
        for (key, value) in toolchain.environment.sorted(by: { $0.key < $1.key })
            where key == "PATH" || key.hasPrefix("PROTOPKG_") {
            digest.add("\(key)=\(value)")
        }
        return digest.finalize()
    }

    /// The settings and the content of every input (a file whose stat stamp is unchanged is
    /// not read again: its digest is kept in `.protopkg/cache/inputs.tsv`).
    func fingerprint(_ ws: ModuleWorkspace, settings: String) -> String {
        var digest = DigestBuilder()
        digest.add(settings)
        let inputs = FileDigestCache(path: "\(BuildCache(moduleDirectory: ws.directory).directory)/inputs.tsv", now: now)
        digest.add(ws.inputDigest(cache: inputs))
        try? inputs.save()
        return digest.finalize()
    }

    static func size(_ bytes: Int) -> String {
        bytes < 10_000 ? "\(bytes) B" : bytes < 10_000_000 ? "\(bytes / 1000) kB" : "\(bytes / 1_000_000) MB"
    }
}
