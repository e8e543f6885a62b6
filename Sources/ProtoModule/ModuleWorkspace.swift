import Foundation
import ProtoCompiler
import ProtoPackaging
import ProtopkgBasics

/// A module on disk: its manifest (`protopkg.yaml`, else `buf.yaml`), its import roots and
/// sources, and the modules it depends on by local path.
public struct ModuleWorkspace: Sendable {
    public let directory: String
    public let manifest: Manifest
    /// `protopkg.yaml` or `buf.yaml`.
    public let manifestFile: String
    public let manifestData: Data
    /// Absolute import roots.
    public let roots: [String]
    /// The module's own `.proto` files as import paths.
    public let files: [String]
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
        if visiting.contains(dir) {
            throw ProtopkgError("dependency cycle: " + (visiting + [dir]).map(display).joined(separator: " → "))
        }
        visiting.append(dir)
        defer { visiting.removeLast() }

        let roots = manifest.roots.map { FileSystem.absolute($0, relativeTo: dir) }
        for root in roots where !FileSystem.isDirectory(root) {
            throw ProtopkgError("the import root \(display(root)) does not exist", at: display("\(dir)/\(manifestFile)"),
                                hint: "create it and put the module's .proto files there")
        }
        var files: [String] = []
        for root in roots {
            let rel = manifest.excludes.map { FileSystem.absolute($0, relativeTo: dir) }
            for f in FileSystem.files(under: root, suffix: ".proto")
                where !rel.contains(where: { "\(root)/\(f)".hasPrefix($0 + "/") }) {
                files.append(f)
            }
        }
        var deps: [ModuleWorkspace] = []
        for dep in manifest.deps {
            guard let path = dep.path else { continue }
            let depWorkspace = try load(FileSystem.absolute(path, relativeTo: dir), visiting: &visiting)
            guard depWorkspace.manifest.name == dep.name else {
                throw ProtopkgError("dependency \(dep.name) points at \(display(depWorkspace.directory)), which is module \(depWorkspace.manifest.name)",
                                    at: display("\(dir)/\(manifestFile)"))
            }
            if let v = depWorkspace.manifest.version, !dep.range.contains(v) {
                throw ProtopkgError("dependency \(dep.name) at \(display(depWorkspace.directory)) is version \(v), outside the range \(dep.range)",
                                    at: display("\(dir)/\(manifestFile)"), hint: "widen the range or update the dependency")
            }
            for d in depWorkspace.dependencies + [depWorkspace] where !deps.contains(where: { $0.manifest.name == d.manifest.name }) {
                deps.append(d)
            }
        }
        let fromRegistry = manifest.deps.filter { $0.path == nil }
        if !fromRegistry.isEmpty {
            let synced = try syncedDependencies(fromRegistry, moduleDirectory: dir, manifestPath: display("\(dir)/\(manifestFile)"))
            for d in synced where !deps.contains(where: { $0.manifest.name == d.manifest.name }) { deps.append(d) }
        }
        return ModuleWorkspace(directory: dir, manifest: manifest, manifestFile: manifestFile, manifestData: data,
                               roots: roots, files: files.sorted(), dependencies: deps)
    }

    /// A path as the user should see it: relative to the working directory when below it.
    public static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if path == cwd { return "." }
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    /// The module's sources as an import resolver whose messages name paths from the working directory.
    public var resolver: DirectoryImportResolver {
        DirectoryImportResolver(roots: roots, displayPrefixes: roots.map { Self.display($0) + "/" })
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
        return [resolver] + dependencies.map(\.resolver)
    }

    /// Every input file's bytes, for fingerprints: manifests and sources of this module and its dependencies.
    public func inputDigest() throws -> String {
        var digest = DigestBuilder()
        for ws in [self] + dependencies {
            digest.add(ws.directory)
            digest.add(ws.manifestData)
            for f in ws.files {
                digest.add(f)
                digest.add(ws.resolver.read(f) ?? Data())
            }
        }
        return digest.finalize()
    }
}
