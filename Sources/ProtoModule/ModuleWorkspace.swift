import Foundation
import ProtoCompiler
import ProtoPackaging
import ProtopkgBasics

/// A module on disk: its manifest (`protopkg.yaml`, else a buf configuration, else buf's
/// defaults), its import roots and sources, and the modules it depends on by local path.
public struct ModuleWorkspace: Sendable {
    /// Absolute: the directory of the manifest (a buf workspace's root).
    public let directory: String
    public let manifest: Manifest
    /// `protopkg.yaml`, `buf.yaml` or `buf.work.yaml`; empty for a directory with no configuration.
    public let manifestFile: String
    public let manifestData: Data
    /// Absolute import roots.
    public let roots: [String]
    /// The module's own `.proto` files as import paths: those of its source modules that lie
    /// under the input directory.
    public let files: [String]
    /// Absolute: the directory the command was given; printed paths are relative to it.
    public let inputDirectory: String
    /// Own file (import path) → the root holding it, relative to `directory`.
    public let rootOfFile: [String: String]
    /// Own file (import path) → the index in `manifest.modules` of the source module it belongs to.
    public let moduleOfFile: [String: Int]
    /// Dependencies with a local `path`, transitively, in dependency order, then the registry
    /// dependencies that `protopkg sync` put under `.protopkg/deps` (all that protopkg.lock
    /// pins); each module once. They are import roots only, never the module's own files.
    public let dependencies: [ModuleWorkspace]

    public static func load(_ directory: String, cwd: String = FileManager.default.currentDirectoryPath) throws -> ModuleWorkspace {
        var visiting: [String] = []
        return try load(FileSystem.absolute(directory, relativeTo: cwd), visiting: &visiting)
    }

    /// A module whose manifest is already read: the manifest is parsed once per command.
    public static func load(_ module: ModuleManifestFile) throws -> ModuleWorkspace {
        var visiting: [String] = []
        return try load(module, visiting: &visiting)
    }

    private static func load(_ dir: String, visiting: inout [String]) throws -> ModuleWorkspace {
        try load(try ModuleManifestFile.load(dir), visiting: &visiting)
    }

    private static func load(_ module: ModuleManifestFile, visiting: inout [String]) throws -> ModuleWorkspace {
        let (dir, manifestFile, data, manifest) = (module.directory, module.file, module.data, module.manifest)
        let configPath = display(manifestFile.isEmpty ? dir : "\(dir)/\(manifestFile)")
        if visiting.contains(dir) {
            throw ProtopkgError("dependency cycle: " + (visiting + [dir]).map(display).joined(separator: " → "))
        }
        visiting.append(dir)
        defer { visiting.removeLast() }

        let roots = manifest.roots.map { FileSystem.absolute($0, relativeTo: dir) }
        for root in roots where !FileSystem.isDirectory(root) {
            throw ProtopkgError("the import root \(display(root)) does not exist", at: configPath,
                                hint: "create it and put the module's .proto files there")
        }
        let input = module.inputDirectory
        let inputRelative = input == dir ? "." : String(input.dropFirst(dir.count + 1))
        var files: [String] = []
        var rootOfFile: [String: String] = [:]
        var moduleOfFile: [String: Int] = [:]
        for (index, source) in manifest.modules.enumerated() {
            for root in source.roots {
                let found = FileSystem.files(under: FileSystem.absolute(root, relativeTo: dir), suffix: ".proto")
                files.reserveCapacity(files.count + found.count)
                rootOfFile.reserveCapacity(rootOfFile.count + found.count)
                moduleOfFile.reserveCapacity(moduleOfFile.count + found.count)
                for f in found {
                    let path = SourceModule.join(root, f)
                    guard source.contains(path), SourceModule.covers(inputRelative, path), moduleOfFile[f] == nil else { continue }
                    files.append(f)
                    rootOfFile[f] = root
                    moduleOfFile[f] = index
                }
            }
        }
        var deps: [ModuleWorkspace] = []
        for dep in manifest.deps {
            guard let path = dep.path else { continue }
            let depWorkspace = try load(FileSystem.absolute(path, relativeTo: dir), visiting: &visiting)
            guard depWorkspace.manifest.name == dep.name else {
                throw ProtopkgError("dependency \(dep.name) points at \(display(depWorkspace.directory)), which is module \(depWorkspace.manifest.name)",
                                    at: configPath)
            }
            if let v = depWorkspace.manifest.version, !dep.range.contains(v) {
                throw ProtopkgError("dependency \(dep.name) at \(display(depWorkspace.directory)) is version \(v), outside the range \(dep.range)",
                                    at: configPath, hint: "widen the range or update the dependency")
            }
            for d in depWorkspace.dependencies + [depWorkspace] where !deps.contains(where: { $0.manifest.name == d.manifest.name }) {
                deps.append(d)
            }
        }
        let fromRegistry = manifest.deps.filter { $0.path == nil }
        if !fromRegistry.isEmpty {
            let synced = try syncedDependencies(fromRegistry, moduleDirectory: dir, manifestPath: configPath)
            for d in synced where !deps.contains(where: { $0.manifest.name == d.manifest.name }) { deps.append(d) }
        }
        return ModuleWorkspace(directory: dir, manifest: manifest, manifestFile: manifestFile, manifestData: data,
                               roots: roots, files: files.sorted(), inputDirectory: input, rootOfFile: rootOfFile,
                               moduleOfFile: moduleOfFile, dependencies: deps)
    }

    /// The configuration file as errors name it; the directory when no file configures the module.
    public var configDisplayPath: String {
        Self.display(manifestFile.isEmpty ? directory : "\(directory)/\(manifestFile)")
    }

    /// A path as the user should see it: relative to the working directory when below it.
    public static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if path == cwd { return "." }
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    /// The module's sources as an import resolver whose messages name paths from the input
    /// directory, as findings do.
    public var resolver: DirectoryImportResolver { resolver(displayedFrom: inputDirectory) }

    /// The module's sources as an import resolver whose messages name paths from `base`
    /// (absolute): a dependency's files are shown from the directory of the module using it.
    public func resolver(displayedFrom base: String) -> DirectoryImportResolver {
        DirectoryImportResolver(roots: roots, displayPrefixes: roots.map { root in
            let relative = FileSystem.relative(root, from: base)
            return relative == "." ? "" : relative + "/"
        })
    }

    /// A path under `directory` (`proto/acme/a.proto`) as printed: relative to the input directory.
    public func displayPath(fromManifestDirectory path: String) -> String {
        FileSystem.relative(FileSystem.absolute(path, relativeTo: directory), from: inputDirectory)
    }

    /// Own sources first, then each dependency's; a file defined twice is an error.
    public func importResolvers() throws -> [ImportResolver] {
        var owner: [String: String] = [:]
        for ws in [self] + dependencies {
            for f in ws.files {
                if let other = owner[f] {
                    throw ProtopkgError("\(f) is defined by both \(other) and \(ws.manifest.name)",
                                        hint: "each import path may belong to one module only; move or rename one of them")
                }
                owner[f] = ws.manifest.name.description
            }
        }
        return [resolver] + dependencies.map { $0.resolver(displayedFrom: inputDirectory) }
    }

    /// The absolute path of each of `files`, in order (nil for a file with no root recorded).
    public func sourcePaths() -> [String?] {
        var absoluteRoots: [String: String] = [:]
        return files.map { file in
            guard let root = rootOfFile[file] else { return nil }
            let absolute = absoluteRoots[root] ?? FileSystem.absolute(root, relativeTo: directory)
            absoluteRoots[root] = absolute
            return "\(absolute)/\(file)"
        }
    }

    /// Every input file's content, for fingerprints: manifests and sources of this module and its
    /// dependencies; `cache` spares reading a source file whose stat stamp is unchanged.
    public func inputDigest(cache: FileDigestCache) -> String {
        var digest = DigestBuilder()
        for ws in [self] + dependencies {
            digest.add(ws.directory)
            digest.add(ws.manifestData)
            let resolver = ws.resolver
            for (file, path) in zip(ws.files, ws.sourcePaths()) {
                digest.add(file)
                digest.add(path.flatMap(cache.digest(of:)) ?? SHA256Hex.of(resolver.read(file) ?? Data()))
            }
        }
        return digest.finalize()
    }
}
