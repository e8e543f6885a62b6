import Foundation
import GitRepository
import ProtoBundle
import ProtoCompiler
import ProtoModule
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics
import SwiftProtobuf

/// The release a module is compared with: its schema and, when known, its version.
public struct PreviousRelease {
    public var schema: Schema
    public var version: SemVer?
    /// How to name it to a person (`git:v1.2.0`, `dist/acme-user-1.2.0.protopkg.tgz`).
    public var label: String
    /// File (import path) → the root it was under, relative to the module's directory, when
    /// the release is a directory or a git revision: which module of a workspace it belonged to.
    public var rootOfFile: [String: String] = [:]

    public init(schema: Schema, version: SemVer?, label: String, rootOfFile: [String: String] = [:]) {
        self.schema = schema
        self.version = version
        self.label = label
        self.rootOfFile = rootOfFile
    }

    /// The same release with only `targets` compared (the files of one module of a workspace).
    func schema(checking targets: Set<String>) -> Schema {
        var set = Google_Protobuf_FileDescriptorSet()
        set.file = schema.filesByPath.keys.sorted().compactMap { schema.filesByPath[$0]?.descriptor }
        return Schema(set, targets: targets, sourceInfo: schema.sourceInfo)
    }

    public static func load(_ reference: AgainstReference, current: CheckedModule,
                            toolchain: Toolchain = Toolchain(), registry: RegistryBundleSource? = nil) throws -> PreviousRelease {
        if case .descriptorSet(let path) = reference { return try descriptorSet(path, current: current) }
        return try load(reference, workspace: current.workspace, toolchain: toolchain, registry: registry)
    }

    /// What the previous release is loaded for.
    public enum Use: Sendable {
        /// Everything: the version decision and the changelog compare comments too.
        case everything
        /// Only `breaking`, whose rules read places and comments in the current schema alone: a
        /// previous release compiled from sources is compiled without source info (on
        /// googleapis, breaking then takes about a tenth less time and a fifth less memory).
        case breaking
    }

    /// Loads what needs only the module's workspace (not its compiled schema), so that it can run
    /// beside the module's own compilation. A descriptor set needs the schema: use `load(_:current:)`.
    public static func load(_ reference: AgainstReference, workspace: ModuleWorkspace,
                            toolchain: Toolchain = Toolchain(), registry: RegistryBundleSource? = nil,
                            use: Use = .everything) throws -> PreviousRelease {
        let sourceInfo = use == .everything
        switch reference {
        case .directory(let dir):
            let module = try CheckedModule.compile(try ModuleWorkspace.load(dir), toolchain: toolchain, sourceInfo: sourceInfo)
            return PreviousRelease(schema: module.schema, version: module.workspace.manifest.version,
                                   label: ModuleWorkspace.display(dir), rootOfFile: module.workspace.rootOfFile)
        case .descriptorSet:
            throw ProtopkgError("a descriptor set is compared through load(_:current:)", hint: "report this as a protopkg bug")
        case .bundle(let path):
            return try bundle(path)
        case .git(let revision):
            return try git(revision, workspace: workspace, toolchain: toolchain, sourceInfo: sourceInfo)
        case .registry(let version):
            guard let registry else {
                throw ProtopkgError("--against registry:\(version) needs a registry client here", hint: "report this as a protopkg bug")
            }
            return try fromRegistry(version, workspace: workspace, source: registry)
        }
    }

    static func fromRegistry(_ version: String, workspace ws: ModuleWorkspace, source: RegistryBundleSource) throws -> PreviousRelease {
        let (data, label) = try source.bundle(of: ws, version: version)
        let bundle = try BundleReader(data, name: label)
        guard bundle.manifest.name == ws.manifest.name.description else {
            throw ProtopkgError("\(label) is a bundle of \(bundle.manifest.name), not of \(ws.manifest.name)",
                                hint: "the registry's record is inconsistent; tell its operator")
        }
        return PreviousRelease(schema: try bundle.schema(), version: try? SemVer(bundle.manifest.version), label: label)
    }

    static func descriptorSet(_ path: String, current: CheckedModule) throws -> PreviousRelease {
        let set = try decode(try FileSystem.read(path), from: path)
        // Files the current module only imports are dependencies there too, not targets.
        let importsOnly = Set(current.schema.filesByPath.keys).subtracting(current.workspace.files)
        let targets = Set(set.file.map(\.name)).subtracting(importsOnly)
        return PreviousRelease(schema: Schema(set, targets: targets), version: nil, label: ModuleWorkspace.display(path))
    }

    static func decode(_ data: Data, from path: String) throws -> Google_Protobuf_FileDescriptorSet {
        do {
            return try Google_Protobuf_FileDescriptorSet(serializedBytes: data)
        } catch {
            throw ProtopkgError("not a descriptor set: \(error)", at: ModuleWorkspace.display(path),
                                hint: "write one with `protopkg compile DIR -o FILE.binpb --include-imports`")
        }
    }

    static func bundle(_ path: String) throws -> PreviousRelease {
        let bundle = try BundleReader(try FileSystem.read(path), name: ModuleWorkspace.display(path))
        return PreviousRelease(schema: try bundle.schema(), version: try? SemVer(bundle.manifest.version),
                               label: ModuleWorkspace.display(path))
    }

    static func git(_ revision: String, workspace ws: ModuleWorkspace, toolchain: Toolchain, sourceInfo: Bool) throws -> PreviousRelease {
        guard let repo = try GitRepository.discover(from: ws.directory), let moduleDir = repo.relativePath(of: ws.directory) else {
            throw ProtopkgError("--against git:\(revision): \(ModuleWorkspace.display(ws.directory)) is not in a git repository",
                                hint: "compare with a directory, a descriptor set or a bundle instead")
        }
        let commit = try repo.resolveCommit(revision)
        let tree = try repo.files(at: commit, under: moduleDir)
        // The module's own files as they were: under its roots, inside its source modules, and
        // under the directory the command was given (one module of a workspace).
        let input = FileSystem.relative(ws.inputDirectory, from: ws.directory)
        var sources: [String: Data] = [:]
        var rootOfFile: [String: String] = [:]
        for source in ws.manifest.modules {
            for root in source.roots {
                let prefix = root == "." ? "" : root + "/"
                for (path, data) in tree where path.hasPrefix(prefix) && path.hasSuffix(".proto") {
                    let importPath = String(path.dropFirst(prefix.count))
                    guard source.contains(path), SourceModule.covers(input, path), sources[importPath] == nil else { continue }
                    sources[importPath] = data
                    rootOfFile[importPath] = root
                }
            }
        }
        guard !sources.isEmpty else {
            throw ProtopkgError("the module has no .proto files at git revision \(revision)",
                                at: ModuleWorkspace.display(ws.directory), hint: "choose a revision at which the module existed")
        }
        let resolver = InMemoryImportResolver(files: sources, displayPrefix: "git:\(revision):")
        let files = sources.keys.sorted()
        let compiled = try toolchain.frontEnd().compile(CompileRequest(
            sources: [resolver] + ws.dependencies.map(\.resolver), files: files, includeSourceInfo: sourceInfo, output: .descriptors))
        var version = try repo.tags().filter { $0.commit == commit }.compactMap { try? SemVer($0.name) }.max()
        if version == nil, let yaml = tree[ws.manifestFile], ws.manifestFile == "protopkg.yaml" {
            version = (try? Manifest.parse(yaml: String(decoding: yaml, as: UTF8.self), file: ws.manifestFile))?.version
        }
        return PreviousRelease(schema: Schema(try compiled.descriptorSet(), targets: Set(files), sourceInfo: compiled.sourceInfoProvider),
                               version: version,
                               label: "git:\(revision)", rootOfFile: rootOfFile)
    }

    /// The newest `vX.Y.Z` tag of the repository holding the module: the default previous release.
    public static func newestTag(of ws: ModuleWorkspace) throws -> String? {
        guard let repo = try GitRepository.discover(from: ws.directory) else { return nil }
        return try repo.tags().filter { $0.name.hasPrefix("v") }
            .compactMap { tag in (try? SemVer(tag.name)).map { (tag.name, $0) } }
            .max { $0.1 < $1.1 }?.0
    }
}
