import ProtopkgBasics
import Yams

/// buf.yaml v2: a workspace whose `modules` list names the module directories. Every path in the
/// file counts from the buf.yaml's directory. A module's own `lint` or `breaking` section
/// replaces the top-level one for that module (not merged: absent keys take buf's defaults).
extension Manifest {
    static let bufV2Keys = ["version", "modules", "deps", "lint", "breaking", "plugins", "policies"]
    static let bufV2ModuleKeys = ["path", "name", "includes", "excludes", "lint", "breaking"]

    static func parseBufV2(_ root: Node, reader: YAMLReader) throws -> Manifest {
        let fields = try reader.fields(root, path: "", what: "buf.yaml v2", known: bufV2Keys)
        if let node = fields["deps"] { _ = try reader.strings(node, path: "deps") }
        let lint = try lintSection(fields, source: .bufV2, reader: reader)
        let breaking = try breakingSection(fields, source: .bufV2, reader: reader)

        var manifest = Manifest(name: try fallbackModuleName(), targets: .default, source: .bufV2)
        manifest.modules = [SourceModule(roots: ["."], lint: lint, breaking: breaking, configFile: bufFileName)]
        guard let modulesNode = fields["modules"] else { return manifest }
        guard case .sequence(let entries) = modulesNode else {
            throw reader.error("\"modules\" must be a list, found \(YAMLReader.describe(modulesNode))", at: modulesNode,
                               hint: "write modules: [{ path: proto }]")
        }
        guard !entries.isEmpty else { return manifest }

        var modules: [SourceModule] = []
        var names: [String] = []
        for (index, node) in entries.enumerated() {
            let path = "modules[\(index)]"
            let module = try reader.fields(node, path: path, what: "\"\(path)\"", known: bufV2ModuleKeys)
            let directory = try module["path"].map {
                try reader.relativePath(try reader.string($0, path: "\(path).path"), at: $0, path: "\(path).path")
            } ?? "."
            let includes = try paths(module["includes"], inside: directory, key: "\(path).includes", reader: reader)
            let excludes = try paths(module["excludes"], inside: directory, key: "\(path).excludes", reader: reader)
            for other in modules {
                let otherRoot = other.roots[0]
                // One directory may hold several modules that split it with includes and excludes.
                if otherRoot == directory, other.includes != includes || other.excludes != excludes { continue }
                if otherRoot == directory {
                    throw reader.error("module path \"\(directory)\" appears twice in \"modules\"", at: module["path"] ?? node,
                                       hint: "each buf module needs its own directory, or its own includes and excludes")
                }
                if SourceModule.covers(otherRoot, directory) || SourceModule.covers(directory, otherRoot) {
                    throw reader.error("module paths \"\(otherRoot)\" and \"\(directory)\" overlap", at: module["path"] ?? node,
                                       hint: "a file must belong to one module; exclude the inner directory from the outer module or move it")
                }
            }
            if let node = module["name"] { names.append(try reader.string(node, path: "\(path).name")) }
            let moduleLint = try module["lint"] == nil ? lint : lintSection(module, prefix: path, source: .bufV2, reader: reader)
            let moduleBreaking = try module["breaking"] == nil
                ? breaking : breakingSection(module, prefix: path, source: .bufV2, reader: reader)
            if let section = module["lint"] {
                try checkIgnores(moduleLint.ignore, moduleLint.ignoreOnly, inside: directory, key: "\(path).lint", at: section, reader: reader)
            }
            if let section = module["breaking"] {
                try checkIgnores(moduleBreaking.ignore, moduleBreaking.ignoreOnly, inside: directory,
                                 key: "\(path).breaking", at: section, reader: reader)
            }
            modules.append(SourceModule(roots: [directory], excludes: excludes, includes: includes,
                                        lint: moduleLint, breaking: moduleBreaking, configFile: bufFileName))
        }
        manifest.modules = modules
        if let first = names.first { manifest.name = try moduleName(bsrName: first) }
        return manifest
    }

    /// `includes` or `excludes` of a module: relative to the buf.yaml's directory, strictly inside
    /// the module's directory (an exclude equal to it would leave the module empty).
    private static func paths(_ node: Node?, inside directory: String, key: String, reader: YAMLReader) throws -> [String] {
        guard let node else { return [] }
        return try reader.strings(node, path: key).map { item in
            let path = try reader.relativePath(item.value, at: item.node, path: key)
            guard path != directory else {
                throw reader.error("\"\(key)\" has \"\(path)\", the module directory itself", at: item.node,
                                   hint: "name a directory inside it, or remove the module")
            }
            guard SourceModule.covers(directory, path) else {
                throw reader.error("\"\(key)\" has \"\(path)\", which is not inside the module directory \"\(directory)\"",
                                   at: item.node, hint: "v2 paths count from the buf.yaml's directory, e.g. \(SourceModule.join(directory, "internal"))")
            }
            return path
        }
    }

    /// A module's own ignore paths must lie in the module, as buf requires.
    private static func checkIgnores(_ ignore: [String], _ ignoreOnly: [String: [String]], inside directory: String,
                                     key: String, at node: Node, reader: YAMLReader) throws {
        for path in ignore + ignoreOnly.keys.sorted().flatMap({ ignoreOnly[$0] ?? [] })
            where !SourceModule.covers(directory, path) {
            throw reader.error("\"\(key)\" ignores \"\(path)\", which is not inside the module directory \"\(directory)\"",
                               at: node, hint: "v2 paths count from the buf.yaml's directory, e.g. \(SourceModule.join(directory, "legacy"))")
        }
    }
}
