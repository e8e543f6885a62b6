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

    public init(toolchain: Toolchain = Toolchain(), progress: @escaping (String) -> Void = { _ in }) {
        self.toolchain = toolchain
        self.progress = progress
    }

    /// `only` limits the build to some of the manifest's targets; the bundle is always written.
    public func build(directory: String, out: String? = nil, only: [String] = []) throws -> BuildReport {
        let ws = try ModuleWorkspace.load(directory)
        for name in only where !ws.manifest.targets.names.contains(name) {
            throw ProtopkgError("unknown target \"\(name)\"", at: ModuleWorkspace.display("\(ws.directory)/\(ws.manifestFile)"),
                                hint: "the manifest declares: \(ws.manifest.targets.names.joined(separator: ", "))")
        }
        let wants = { (name: String) in only.isEmpty || only.contains(name) }
        let version = try ModuleVersion.resolve(ws)
        let outDir = FileSystem.absolute(out ?? "dist", relativeTo: out == nil ? ws.directory : FileManager.default.currentDirectoryPath)
        if FileSystem.exists(outDir) && !FileSystem.isDirectory(outDir) {
            throw ProtopkgError("the output path exists and is not a directory", at: ModuleWorkspace.display(outDir),
                                hint: "remove it or pass another directory with --out")
        }
        let cache = BuildCache(moduleDirectory: ws.directory)
        let fingerprint = try fingerprint(ws, version: version, outDir: outDir, only: only)
        if let state = cache.isUpToDate(fingerprint: fingerprint) {
            return BuildReport(upToDate: true, version: version.version.description, versionSource: version.source,
                               outputs: state.summary, regenerated: [:], compiledFiles: 0)
        }

        progress("compiling \(ws.files.count) files")
        let frontEnd = try toolchain.frontEnd()
        let compiled = try frontEnd.compile(CompileRequest(sources: try ws.importResolvers(), files: ws.files))
        let set = try compiled.descriptorSet()
        var tools: [String: String] = [frontEnd.protoc: BuildCache.stamp(frontEnd.protoc)]
        var toolVersions = ["protoc": compiled.compilerVersion]
        var artifacts: [(String, Data)] = []
        var generated: [String: GeneratedFiles] = [:]
        var regenerated: [String: Int] = [:]
        let stem = "\(ws.manifest.name.fileStem)-\(version.version)"

        if let target = ws.manifest.targets.python, wants("python") {
            let python = try toolchain.python()
            let info = try PythonToolchainInfo.read(python: python)
            tools[python] = BuildCache.stamp(python)
            tools[info.location] = BuildCache.stamp(info.location)
            toolVersions["grpcio-tools"] = info.grpcToolsVersion
            progress("generating python stubs")
            let generator = PythonGenerator(python: python, info: info, grpc: target.grpc)
            let (files, count) = try IncrementalGeneration(cache: cache, generator: generator).run(set: set, files: ws.files)
            let requirements = try WheelPackager.requirements(
                python: info, grpcRuntime: target.grpc ? PythonGenerator.grpcRuntimeVersion(in: files) : nil,
                deps: ws.manifest.deps)
            let (name, wheel) = try WheelPackager.package(.init(module: ws.manifest.name, version: version.version,
                                                                files: files, requirements: requirements))
            artifacts.append(("python/\(name)", wheel))
            generated["python"] = files
            regenerated["python"] = count
        }
        if let target = ws.manifest.targets.go, wants("go") {
            let protocGenGo = try toolchain.plugin("protoc-gen-go", package: "protoc-gen-go")
            let protocGenGoGRPC = target.grpc ? try toolchain.plugin("protoc-gen-go-grpc", package: "protoc-gen-go-grpc") : nil
            let goVersion = toolchain.version(of: protocGenGo).components(separatedBy: " ").last ?? "v1.28.1"
            let grpcVersion = protocGenGoGRPC.map { toolchain.version(of: $0).components(separatedBy: " ").last ?? "1.0" }
            for tool in [protocGenGo] + (protocGenGoGRPC.map { [$0] } ?? []) { tools[tool] = BuildCache.stamp(tool) }
            toolVersions["protoc-gen-go"] = goVersion
            if let grpcVersion { toolVersions["protoc-gen-go-grpc"] = grpcVersion }

            let modulePath = GoPackageMapping.modulePath(target.module, major: version.version.major)
            var moduleOfFile: [String: String] = Dictionary(uniqueKeysWithValues: ws.files.map { ($0, modulePath) })
            var requires = ["google.golang.org/protobuf": goVersion.hasPrefix("v") ? goVersion : "v\(goVersion)"]
            if let grpcVersion, !set.file.filter({ ws.files.contains($0.name) && !$0.service.isEmpty }).isEmpty {
                requires["google.golang.org/grpc"] = GoModulePackager.grpcRuntime(forPluginVersion: grpcVersion)
            }
            for dep in ws.dependencies {
                guard let depGo = dep.manifest.targets.go else { continue }
                let declared = ws.manifest.dependency(named: dep.manifest.name)?.range.lowestAdmitted
                let depVersion = declared ?? dep.manifest.version ?? SemVer(major: 0, minor: 0, patch: 0)
                let depPath = GoPackageMapping.modulePath(depGo.module, major: depVersion.major)
                for f in dep.files { moduleOfFile[f] = depPath }
                requires[depPath] = GoModulePackager.goVersion(depVersion)
            }
            progress("generating go stubs")
            let generator = GoGenerator(protoc: frontEnd.protoc, protocGenGo: protocGenGo, protocGenGoGRPC: protocGenGoGRPC,
                                        modulePath: modulePath, mapping: GoPackageMapping(moduleOfFile: moduleOfFile),
                                        toolVersions: toolVersions.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: ","))
            let (files, count) = try IncrementalGeneration(cache: cache, generator: generator).run(set: set, files: ws.files)
            let (_, name, zip) = try GoModulePackager.package(.init(modulePath: modulePath, version: version.version,
                                                                    files: files, requires: requires),
                                                              fileStem: ws.manifest.name.fileStem)
            artifacts.append(("go/\(name)", zip))
            generated["go"] = files
            regenerated["go"] = count
        }
        let descriptorBytes = compiled.bytes
        if ws.manifest.targets.descriptor != nil, wants("descriptor") { artifacts.append(("\(stem).binpb", descriptorBytes)) }

        progress("packing the bundle")
        var sources: [String: Data] = [:]
        for f in ws.files { sources[f] = ws.resolver.read(f) }
        let bundleManifest = BundleManifest(
            name: ws.manifest.name.description, version: version.version.description,
            deps: Dictionary(uniqueKeysWithValues: ws.manifest.deps.map { ($0.name.description, $0.range.description) }),
            targets: ws.manifest.targets.names, git: version.git, toolchain: toolVersions, digests: [:],
            breaking: .init(ws.manifest.breaking))
        let bundle = try BundlePackager.package(.init(manifest: bundleManifest, sources: sources,
                                                      descriptorSet: descriptorBytes, generated: generated,
                                                      artifacts: Dictionary(uniqueKeysWithValues: artifacts)))
        artifacts.insert(("\(stem).protopkg.tgz", bundle), at: 0)

        let written = try OutputDirectory(path: outDir).replace(with: artifacts)
        let summary = zip(artifacts, written).map { "\(ModuleWorkspace.display($1))  (\(Self.size($0.1.count)))" }
        try cache.saveState(.init(fingerprint: fingerprint, tools: tools,
                                  outputs: written.map(BuildCache.output), summary: summary))
        return BuildReport(upToDate: false, version: version.version.description, versionSource: version.source,
                           outputs: summary, regenerated: regenerated, compiledFiles: set.file.count)
    }

    func fingerprint(_ ws: ModuleWorkspace, version: ModuleVersion, outDir: String, only: [String]) throws -> String {
        var digest = DigestBuilder()
        digest.add(Self.formatVersion)
        digest.add(only.sorted().joined(separator: ","))
        digest.add(try ws.inputDigest())
        digest.add("\(version.version) \(version.git?.commit ?? "-") \(version.git?.dirty ?? false)")
        digest.add(outDir)
        for (key, value) in toolchain.environment.sorted(by: { $0.key < $1.key })
            where key == "PATH" || key.hasPrefix("PROTOPKG_") {
            digest.add("\(key)=\(value)")
        }
        return digest.finalize()
    }

    static func size(_ bytes: Int) -> String {
        bytes < 10_000 ? "\(bytes) B" : bytes < 10_000_000 ? "\(bytes / 1000) kB" : "\(bytes / 1_000_000) MB"
    }
}
