import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// What `publish --all ROOT` publishes, in which order: every module under ROOT (each directory
/// with a protopkg.yaml), dependencies before the modules that use them. A dependency counts
/// when it names another module under ROOT, by `path` or from the registry; modules that cannot
/// be ordered (a cycle, a name used twice) are set aside with the reason.
public struct PublishPlan {
    public struct Module {
        public var manifest: ModuleManifestFile
        /// The modules under ROOT this one depends on.
        public var dependencies: [ModuleName]
        public var name: ModuleName { manifest.manifest.name }
    }

    public var ordered: [Module]
    /// Modules that cannot be published, and why.
    public var unorderable: [(module: Module, reason: String)]

    /// Directories never searched: outputs, synced dependencies, VCS and package-manager state.
    static let skipped: Set<String> = ["dist", "node_modules", ".git", ".protopkg", ".build", ".venv"]

    public static func discover(root: String) throws -> [ModuleManifestFile] {
        let base = FileSystem.absolute(root)
        guard FileSystem.isDirectory(base) else {
            throw ProtopkgError("no such directory", at: ModuleWorkspace.display(base), hint: "give the root of the modules to publish")
        }
        var found: [ModuleManifestFile] = []
        var queue = [base]
        while let dir = queue.popLast() {
            if FileSystem.exists("\(dir)/protopkg.yaml") { found.append(try ModuleManifestFile.load(dir)) }
            let children = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for child in children.sorted() where !skipped.contains(child) && !child.hasPrefix(".") {
                let path = "\(dir)/\(child)"
                var isDir: ObjCBool = false
                // Symbolic links are not followed: a link back up would never end.
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
                      (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil else { continue }
                queue.append(path)
            }
        }
        guard !found.isEmpty else {
            throw ProtopkgError("no module (protopkg.yaml) under this directory", at: ModuleWorkspace.display(base),
                                hint: "give the directory that holds the modules, or `protopkg init` one")
        }
        return found.sorted { $0.directory < $1.directory }
    }

    public init(modules: [ModuleManifestFile]) {
        ordered = []
        unorderable = []
        var byName: [ModuleName: [ModuleManifestFile]] = [:]
        for m in modules { byName[m.manifest.name, default: []].append(m) }
        var candidates: [ModuleName: Module] = [:]
        for (name, files) in byName.sorted(by: { $0.key < $1.key }) {
            let nodes = files.map { Module(manifest: $0, dependencies: []) }
            guard files.count == 1 else {
                let places = files.map { ModuleWorkspace.display($0.directory) }.joined(separator: ", ")
                for node in nodes { unorderable.append((node, "\(files.count) modules are named \(name) (\(places)): rename all but one")) }
                continue
            }
            let manifest = files[0]
            let deps = manifest.manifest.deps.map(\.name).filter { byName[$0] != nil && $0 != name }
            candidates[name] = Module(manifest: manifest, dependencies: Array(Set(deps)).sorted())
        }
        // Kahn's algorithm, smallest name first among the ready ones, so the order is stable.
        var remaining = candidates
        while true {
            let ready = remaining.values.filter { m in m.dependencies.allSatisfy { remaining[$0] == nil } }
                .sorted { $0.name < $1.name }
            guard let next = ready.first else { break }
            ordered.append(next)
            remaining[next.name] = nil
        }
        for module in remaining.values.sorted(by: { $0.name < $1.name }) {
            let cycle = Self.cycle(from: module.name, in: remaining)
            let reason = cycle.map { "its dependencies form a cycle: " + $0.map(\.description).joined(separator: " → ") }
                ?? "it depends on modules in a dependency cycle (\(module.dependencies.filter { remaining[$0] != nil }.map(\.description).joined(separator: ", ")))"
            unorderable.append((module, reason))
        }
    }

    /// A path of dependencies from `start` back to itself, if there is one.
    static func cycle(from start: ModuleName, in modules: [ModuleName: Module]) -> [ModuleName]? {
        var path: [ModuleName] = [start]
        var visited: Set<ModuleName> = []
        func walk(_ name: ModuleName) -> Bool {
            for dep in modules[name]?.dependencies ?? [] {
                if dep == start { path.append(dep); return true }
                guard modules[dep] != nil, visited.insert(dep).inserted else { continue }
                path.append(dep)
                if walk(dep) { return true }
                path.removeLast()
            }
            return false
        }
        return walk(start) ? path : nil
    }
}
