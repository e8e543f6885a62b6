import ProtopkgBasics
import Yams

/// Reading a `buf.yaml` (v1beta1, v1 or v2) as a manifest, so a team on buf can switch without
/// rewriting its configuration (DESIGN.md §2). What buf and protopkg share — roots, excludes,
/// lint and breaking — is read. BSR dependencies have no protopkg meaning and are only checked to
/// be a list of names; plugins and policies are skipped. The result builds the descriptor target only.
extension Manifest {
    static let bufV1Beta1Keys = ["version", "name", "deps", "build", "lint", "breaking"]
    static let bufV1Keys = ["version", "name", "deps", "build", "lint", "breaking"]

    /// The name of a module read from a buf.yaml that names no BSR repository.
    public static let fallbackName = "local/module"

    /// Parses and validates the text of a `buf.yaml`, version v1beta1, v1 or v2.
    ///
    /// - Parameter file: the name used in error locations.
    /// - Throws: `ProtopkgError` located at `file:line:col`, also for other versions.
    public static func parseBufYAML(yaml: String, file: String) throws -> Manifest {
        let reader = YAMLReader(file: file)
        guard let root = try reader.compose(yaml), !YAMLReader.isNull(root) else {
            throw ProtopkgError("the buf configuration is empty", at: file,
                                hint: "add version: v2, or write a protopkg.yaml instead")
        }
        let entries = try reader.mapping(root, path: "", what: "buf.yaml")
        guard let versionEntry = entries.first(where: { $0.key == "version" }),
              !YAMLReader.isNull(versionEntry.value) else {
            // buf 1.75 refuses a buf.yaml without a version too.
            throw reader.error("missing key \"version\" in buf.yaml", at: root,
                               hint: "add version: v2 (protopkg also reads v1 and v1beta1 files)")
        }
        switch try reader.string(versionEntry.value, path: "version") {
        case "v1beta1": return try parseBufV1Beta1(root, reader: reader)
        case "v1": return try parseBufV1(root, reader: reader)
        case "v2": return try parseBufV2(root, reader: reader)
        case let other:
            throw reader.error("unsupported buf.yaml version \"\(other)\"", at: versionEntry.value,
                               hint: "buf.yaml versions are v1beta1, v1 and v2")
        }
    }

    /// A directory with no configuration: what buf does with it, which is what an empty buf.yaml
    /// v1 says (the directory is the one root, lint STANDARD, breaking FILE, no comment ignores).
    public static func unconfigured() throws -> Manifest {
        Manifest(name: try fallbackModuleName(), lint: LintConfig.defaults(for: .unconfigured),
                 breaking: BreakingConfig.defaults(for: .unconfigured), targets: .default, roots: ["."],
                 source: .unconfigured)
    }

    /// v1beta1: several `build.roots` make one module. `excludes` count from the buf.yaml's
    /// directory and must lie in a root; `ignore` paths count from the roots (they are import
    /// paths), so each is rebased onto every root.
    private static func parseBufV1Beta1(_ root: Node, reader: YAMLReader) throws -> Manifest {
        let fields = try reader.fields(root, path: "", what: "buf.yaml v1beta1", known: bufV1Beta1Keys)
        let name = try bufName(fields, reader: reader)
        if let node = fields["deps"] { _ = try reader.strings(node, path: "deps") }
        var roots = ["."]
        var excludes: [String] = []
        if let build = fields["build"] {
            let buildFields = try reader.fields(build, path: "build", what: "\"build\"", known: ["roots", "excludes"])
            if let node = buildFields["roots"] {
                roots = try distinctRoots(node, path: "build.roots", reader: reader)
            }
            if let node = buildFields["excludes"] {
                for item in try reader.strings(node, path: "build.excludes") {
                    let exclude = try reader.relativePath(item.value, at: item.node, path: "build.excludes")
                    if roots.contains(exclude) {
                        throw reader.error("\"\(exclude)\" is both a root and an exclude, so the whole root is excluded",
                                           at: item.node, hint: "remove it from build.roots instead")
                    }
                    guard roots.contains(where: { SourceModule.covers($0, exclude) }) else {
                        throw reader.error("exclude \"\(exclude)\" is not inside any root", at: item.node,
                                           hint: "v1beta1 excludes count from the buf.yaml's directory, e.g. proto/acme/internal")
                    }
                    excludes.append(exclude)
                }
            }
        }
        var module = SourceModule(roots: roots, excludes: excludes,
                                  lint: try lintSection(fields, source: .bufV1Beta1, reader: reader),
                                  breaking: try breakingSection(fields, source: .bufV1Beta1, reader: reader),
                                  configFile: bufFileName)
        module.rebaseIgnores(ontoEach: roots)
        var manifest = Manifest(name: name, targets: .default, source: .bufV1Beta1)
        manifest.modules = [module]
        return manifest
    }

    /// v1: the buf.yaml's directory is the one root; every path counts from it.
    private static func parseBufV1(_ root: Node, reader: YAMLReader) throws -> Manifest {
        let fields = try reader.fields(root, path: "", what: "buf.yaml v1", known: bufV1Keys)
        let name = try bufName(fields, reader: reader)
        if let node = fields["deps"] { _ = try reader.strings(node, path: "deps") }
        var excludes: [String] = []
        if let build = fields["build"] {
            let buildFields = try reader.fields(build, path: "build", what: "\"build\"", known: ["excludes"])
            if let node = buildFields["excludes"] {
                excludes = try reader.relativePaths(node, path: "build.excludes")
            }
        }
        var manifest = Manifest(name: name, targets: .default, source: .bufV1)
        manifest.modules = [SourceModule(roots: ["."], excludes: excludes,
                                         lint: try lintSection(fields, source: .bufV1, reader: reader),
                                         breaking: try breakingSection(fields, source: .bufV1, reader: reader),
                                         configFile: bufFileName)]
        return manifest
    }

    /// The `lint` section under `fields` (whose own path is `prefix`), or the defaults of `source`.
    static func lintSection(_ fields: YAMLReader.Fields, prefix: String = "", source: Source,
                            reader: YAMLReader) throws -> LintConfig {
        try fields["lint"].map {
            try LintConfig.read($0, path: YAMLReader.join(prefix, "lint"), source: source, reader: reader)
        } ?? LintConfig.defaults(for: source)
    }

    /// As `lintSection`, for `breaking`.
    static func breakingSection(_ fields: YAMLReader.Fields, prefix: String = "", source: Source,
                                reader: YAMLReader) throws -> BreakingConfig {
        try fields["breaking"].map {
            try BreakingConfig.read($0, path: YAMLReader.join(prefix, "breaking"), source: source, reader: reader)
        } ?? BreakingConfig.defaults(for: source)
    }

    /// A list of roots, each once, none inside another (buf refuses overlapping roots: a file
    /// would have two import paths).
    static func distinctRoots(_ node: Node, path: String, reader: YAMLReader) throws -> [String] {
        var roots: [String] = []
        for item in try reader.strings(node, path: path) {
            let root = try reader.relativePath(item.value, at: item.node, path: path)
            if let other = roots.first(where: { SourceModule.covers($0, root) || SourceModule.covers(root, $0) }) {
                throw reader.error(other == root ? "root \"\(root)\" appears twice in \"\(path)\""
                                                 : "roots \"\(other)\" and \"\(root)\" overlap", at: item.node,
                                   hint: "a file must have one import path; list directories that do not contain each other")
            }
            roots.append(root)
        }
        return roots.isEmpty ? ["."] : roots
    }

    static func bufName(_ fields: YAMLReader.Fields, reader: YAMLReader) throws -> ModuleName {
        guard let node = fields["name"] else { return try fallbackModuleName() }
        return try moduleName(bsrName: try reader.string(node, path: "name"))
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

    static func fallbackModuleName() throws -> ModuleName {
        try ModuleName(fallbackName)
    }
}

extension SourceModule {
    /// v1beta1 `ignore` paths are import paths: the same path names a file under any root.
    mutating func rebaseIgnores(ontoEach roots: [String]) {
        func rebase(_ paths: [String]) -> [String] {
            var out: [String] = []
            for path in paths {
                for root in roots where !out.contains(SourceModule.join(root, path)) { out.append(SourceModule.join(root, path)) }
            }
            return out
        }
        lint.ignore = rebase(lint.ignore)
        lint.ignoreOnly = lint.ignoreOnly.mapValues(rebase)
        breaking.ignore = rebase(breaking.ignore)
        breaking.ignoreOnly = breaking.ignoreOnly.mapValues(rebase)
    }
}
