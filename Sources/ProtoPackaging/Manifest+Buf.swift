import ProtopkgBasics
import Yams

/// Reading a `buf.yaml` (v1 or v2) as a manifest, so a team on buf can switch without rewriting
/// its configuration (DESIGN.md §2). What buf and protopkg share — roots, excludes, lint and
/// breaking — is read. BSR dependencies have no protopkg meaning and are only checked to be a
/// list of names; plugins and policies are skipped. The result builds the descriptor target only.
extension Manifest {
    static let bufV1Keys = ["version", "name", "deps", "build", "lint", "breaking"]
    static let bufV2Keys = ["version", "modules", "deps", "lint", "breaking", "plugins", "policies"]
    static let bufV2ModuleKeys = ["path", "name", "excludes", "lint", "breaking"]

    /// The name of a module read from a buf.yaml that names no BSR repository.
    public static let fallbackName = "local/module"

    /// Parses and validates the text of a `buf.yaml`, version v1 or v2.
    ///
    /// - Parameter file: the name used in error locations.
    /// - Throws: `ProtopkgError` located at `file:line:col`, also for versions other than v1 and v2.
    public static func parseBufYAML(yaml: String, file: String) throws -> Manifest {
        let reader = YAMLReader(file: file)
        guard let root = try reader.compose(yaml), !YAMLReader.isNull(root) else {
            throw ProtopkgError("the buf configuration is empty", at: file,
                                hint: "add version: v2, or write a protopkg.yaml instead")
        }
        let entries = try reader.mapping(root, path: "", what: "buf.yaml")
        guard let versionEntry = entries.first(where: { $0.key == "version" }),
              !YAMLReader.isNull(versionEntry.value) else {
            // buf itself reads a file without a version as v1beta1, which protopkg does not read.
            throw reader.error("missing key \"version\" in buf.yaml", at: root,
                               hint: "protopkg reads buf.yaml v1 and v2; add version: v1 or version: v2")
        }
        switch try reader.string(versionEntry.value, path: "version") {
        case "v1": return try parseBufV1(root, reader: reader)
        case "v2": return try parseBufV2(root, reader: reader)
        case let other:
            throw reader.error("unsupported buf.yaml version \"\(other)\"", at: versionEntry.value,
                               hint: "protopkg reads buf.yaml v1 and v2; run buf config migrate, or write a protopkg.yaml")
        }
    }

    private static func parseBufV1(_ root: Node, reader: YAMLReader) throws -> Manifest {
        let fields = try reader.fields(root, path: "", what: "buf.yaml v1", known: bufV1Keys)
        var name = try fallbackModuleName()
        if let node = fields["name"] {
            name = try moduleName(bsrName: try reader.string(node, path: "name"))
        }
        if let node = fields["deps"] { _ = try reader.strings(node, path: "deps") }
        var excludes: [String] = []
        if let build = fields["build"] {
            let buildFields = try reader.fields(build, path: "build", what: "\"build\"", known: ["excludes"])
            if let node = buildFields["excludes"] {
                excludes = try reader.relativePaths(node, path: "build.excludes")
            }
        }
        let lint = try fields["lint"].map {
            try LintConfig.read($0, path: "lint", source: .bufV1, reader: reader)
        } ?? LintConfig.defaults(for: .bufV1)
        let breaking = try fields["breaking"].map {
            try BreakingConfig.read($0, path: "breaking", source: .bufV1, reader: reader)
        } ?? BreakingConfig()
        return Manifest(name: name, lint: lint, breaking: breaking, targets: .default,
                        roots: ["."], excludes: excludes, source: .bufV1)
    }

    private static func parseBufV2(_ root: Node, reader: YAMLReader) throws -> Manifest {
        let fields = try reader.fields(root, path: "", what: "buf.yaml v2", known: bufV2Keys)
        if let node = fields["deps"] { _ = try reader.strings(node, path: "deps") }
        let lint = try fields["lint"].map {
            try LintConfig.read($0, path: "lint", source: .bufV2, reader: reader)
        } ?? LintConfig.defaults(for: .bufV2)
        let breaking = try fields["breaking"].map {
            try BreakingConfig.read($0, path: "breaking", source: .bufV2, reader: reader)
        } ?? BreakingConfig()

        var manifest = Manifest(name: try fallbackModuleName(), lint: lint, breaking: breaking,
                                targets: .default, roots: ["."], source: .bufV2)
        guard let modulesNode = fields["modules"] else { return manifest }
        guard case .sequence(let modules) = modulesNode else {
            throw reader.error("\"modules\" must be a list, found \(YAMLReader.describe(modulesNode))", at: modulesNode,
                               hint: "write modules: [{ path: proto }]")
        }
        guard !modules.isEmpty else { return manifest }

        var roots: [String] = []
        var names: [String] = []
        var excludes: [String] = []
        var lintChoice: (config: LintConfig, path: String)?
        var breakingChoice: (config: BreakingConfig, path: String)?
        for (index, moduleNode) in modules.enumerated() {
            let path = "modules[\(index)]"
            let module = try reader.fields(moduleNode, path: path, what: "\"\(path)\"", known: bufV2ModuleKeys)
            let root = try module["path"].map {
                try reader.relativePath(try reader.string($0, path: "\(path).path"), at: $0, path: "\(path).path")
            } ?? "."
            if roots.contains(root) {
                throw reader.error("module path \"\(root)\" appears twice in \"modules\"", at: module["path"] ?? moduleNode,
                                   hint: "each buf module needs its own directory")
            }
            roots.append(root)
            if let node = module["name"] { names.append(try reader.string(node, path: "\(path).name")) }
            if let node = module["excludes"] {
                excludes += try reader.relativePaths(node, path: "\(path).excludes")
            }
            // A module's own section replaces the top-level one for that module, as in buf. A
            // manifest holds one configuration, so every module must end up with the same one.
            let moduleLint = try module["lint"].map {
                try LintConfig.read($0, path: "\(path).lint", source: .bufV2, reader: reader)
            } ?? lint
            let moduleBreaking = try module["breaking"].map {
                try BreakingConfig.read($0, path: "\(path).breaking", source: .bufV2, reader: reader)
            } ?? breaking
            if let chosen = lintChoice, chosen.config != moduleLint {
                throw conflict("lint", module: root, other: chosen.path, at: module["lint"] ?? moduleNode, reader: reader)
            }
            if let chosen = breakingChoice, chosen.config != moduleBreaking {
                throw conflict("breaking", module: root, other: chosen.path,
                               at: module["breaking"] ?? moduleNode, reader: reader)
            }
            lintChoice = lintChoice ?? (moduleLint, root)
            breakingChoice = breakingChoice ?? (moduleBreaking, root)
        }
        manifest.roots = roots
        manifest.excludes = excludes
        manifest.lint = lintChoice?.config ?? lint
        manifest.breaking = breakingChoice?.config ?? breaking
        if let first = names.first { manifest.name = try moduleName(bsrName: first) }
        return manifest
    }

    private static func conflict(_ section: String, module: String, other: String, at node: Node,
                                 reader: YAMLReader) -> ProtopkgError {
        reader.error("module \"\(module)\" has a different \(section) configuration than module \"\(other)\"",
                     at: node,
                     hint: "protopkg applies one \(section) configuration to all roots of a module; "
                         + "give the modules the same one, or write a protopkg.yaml per module")
    }

    /// `buf.build/acme/user` → `acme/user`. BSR names allow characters that module names do not,
    /// so the two parts are folded into the allowed alphabet; a name that cannot be folded falls
    /// back to `local/module` rather than blocking the switch from buf.
    static func moduleName(bsrName: String) throws -> ModuleName {
        let parts = bsrName.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return try fallbackModuleName() }
        let owner = parts[parts.count - 2]
        let repository = parts[parts.count - 1]
        if let exact = try? ModuleName("\(owner)/\(repository)") { return exact }
        if let folded = try? ModuleName("\(fold(owner))/\(fold(repository))") { return folded }
        return try fallbackModuleName()
    }

    private static func fold(_ part: String) -> String {
        let mapped = part.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        var folded = String(mapped.prefix(ModuleName.maxPartLength))
        while folded.hasPrefix("-") { folded.removeFirst() }
        while folded.hasSuffix("-") { folded.removeLast() }
        return folded
    }

    private static func fallbackModuleName() throws -> ModuleName {
        try ModuleName(fallbackName)
    }
}
