import Foundation
import ProtoBundle
import ProtoPackaging
import ProtopkgBasics

/// Registry dependencies as `protopkg sync` leaves them: `protopkg.lock` pins every module
/// (direct and transitive), and each one's bundle is extracted under
/// `.protopkg/deps/OWNER/NAME/` — `proto/` (the import root), `gen/<lang>/`, its
/// `protopkg.json`, and a `.digest` file naming the bundle it came from.
extension ModuleWorkspace {
    public static let syncedFolder = ".protopkg/deps"
    /// Written last into an extracted dependency: `sha256:HEX` of the bundle.
    public static let syncedDigestFile = ".digest"

    public static func syncedDirectory(of module: ModuleName, in moduleDirectory: String) -> String {
        "\(moduleDirectory)/\(syncedFolder)/\(module.owner)/\(module.name)"
    }

    static func syncedDependencies(_ declared: [Dependency], moduleDirectory dir: String,
                                   manifestPath: String) throws -> [ModuleWorkspace] {
        let lockPath = "\(dir)/\(Lockfile.fileName)"
        let names = declared.map { "\($0.name) \($0.range)" }.joined(separator: ", ")
        guard FileSystem.exists(lockPath) else {
            throw ProtopkgError("\(names) come\(declared.count == 1 ? "s" : "") from the registry and \(declared.count == 1 ? "is" : "are") not synced "
                                    + "(no \(Lockfile.fileName)): run `protopkg sync`",
                                at: manifestPath, hint: "sync resolves the ranges, writes protopkg.lock and fetches the sources into \(syncedFolder)")
        }
        let lock = try Lockfile.parse(yaml: String(decoding: try FileSystem.read(lockPath), as: UTF8.self), file: display(lockPath))
        for dep in declared {
            guard let entry = lock.entry(named: dep.name) else {
                throw ProtopkgError("\(dep.name) \(dep.range) is not in \(Lockfile.fileName): run `protopkg sync`", at: manifestPath)
            }
            guard dep.range.contains(entry.version) else {
                throw ProtopkgError("\(Lockfile.fileName) pins \(dep.name) at \(entry.version), outside the range \(dep.range): run `protopkg sync`",
                                    at: manifestPath)
            }
        }
        return try lock.deps.map { try synced($0, moduleDirectory: dir) }
    }

    static func synced(_ entry: LockedDependency, moduleDirectory dir: String) throws -> ModuleWorkspace {
        let depDir = syncedDirectory(of: entry.name, in: dir)
        let marker = (try? String(contentsOfFile: "\(depDir)/\(syncedDigestFile)", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard marker == entry.digest else {
            let what = marker == nil ? "are missing" : "are not the ones \(Lockfile.fileName) pins"
            throw ProtopkgError("the sources of \(entry.name)@\(entry.version) \(what): run `protopkg sync`", at: display(depDir))
        }
        let data = try FileSystem.read("\(depDir)/\(BundleManifest.fileName)")
        let bundle: BundleManifest
        do {
            bundle = try JSONDecoder().decode(BundleManifest.self, from: data)
        } catch {
            throw ProtopkgError("\(BundleManifest.fileName) is not valid: \(error): run `protopkg sync`", at: display(depDir))
        }
        var manifest = Manifest(name: entry.name, version: entry.version)
        manifest.deps = bundle.deps.compactMap { name, range in
            guard let name = try? ModuleName(name), let range = try? VersionRange(range) else { return nil }
            return Dependency(name: name, range: range)
        }.sorted { $0.name < $1.name }
        manifest.targets = Targets(go: goTarget(in: "\(depDir)/gen/go/go.mod"))
        // Whether its Swift package exists is all a swift target of the consumer needs to know.
        manifest.targets.swift = bundle.targets.contains("swift") ? SwiftTarget() : nil
        let root = "\(depDir)/\(Manifest.protoRoot)"
        let files = FileSystem.files(under: root, suffix: ".proto")
        return ModuleWorkspace(directory: depDir, manifest: manifest, manifestFile: BundleManifest.fileName, manifestData: data,
                               roots: [root], files: files, inputDirectory: depDir,
                               rootOfFile: Dictionary(uniqueKeysWithValues: files.map { ($0, Manifest.protoRoot) }),
                               moduleOfFile: Dictionary(uniqueKeysWithValues: files.map { ($0, 0) }), dependencies: [])
    }

    /// The Go module a synced dependency's stubs belong to, from the go.mod sync took out of its
    /// Go module zip, without the `/vN` suffix the manifest's `go.module` never has.
    static func goTarget(in goMod: String) -> GoTarget? {
        guard let text = try? String(contentsOfFile: goMod, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("module ") }) else { return nil }
        var path = line.dropFirst("module ".count).trimmingCharacters(in: .whitespaces)
        if let slash = path.lastIndex(of: "/"), path[path.index(after: slash)...].range(of: #"^v\d+$"#, options: .regularExpression) != nil {
            path = String(path[..<slash])
        }
        return try? GoTarget(module: path)
    }
}

extension ModuleWorkspace {
    /// True when the module declares registry dependencies (without `path:`) whose sources are
    /// not in place as protopkg.lock pins them: what `build` fetches before it compiles.
    public static func registryDependenciesNeedSync(_ module: ModuleManifestFile) throws -> Bool {
        let fromRegistry = module.manifest.deps.filter { $0.path == nil }
        guard !fromRegistry.isEmpty else { return false }
        do {
            _ = try syncedDependencies(fromRegistry, moduleDirectory: module.directory, manifestPath: module.displayPath)
            return false
        } catch {
            return true
        }
    }
}
