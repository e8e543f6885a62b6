import Foundation
import ProtopkgBasics
import Yams

extension Manifest {
    /// The top-level keys of protopkg.yaml, in the order the documentation lists them.
    static let keys = ["name", "version", "deps", "lint", "breaking", "targets", "registry"]

    /// Parses and validates the text of a `protopkg.yaml`.
    ///
    /// - Parameter file: the name used in error locations (`protopkg.yaml`, or a path to it).
    /// - Throws: `ProtopkgError` located at `file:line:col` of the offending key or value.
    public static func parse(yaml: String, file: String) throws -> Manifest {
        let reader = YAMLReader(file: file)
        guard let root = try reader.compose(yaml), !YAMLReader.isNull(root) else {
            throw ProtopkgError("the manifest is empty; it needs at least a name", at: file,
                                hint: "write name: owner/name, e.g. name: acme/user")
        }
        let fields = try reader.fields(root, path: "", what: "the manifest", known: keys)

        guard let nameNode = fields["name"] else {
            throw reader.error("missing key \"name\" in the manifest", at: root,
                               hint: "write name: owner/name, e.g. name: acme/user")
        }
        let nameText = try reader.string(nameNode, path: "name")
        let name = try reader.validate(nameNode, key: "name") { try ModuleName(nameText) }

        var manifest = Manifest(name: name, source: .protopkgYAML)
        if let node = fields["version"] {
            manifest.version = try readVersion(node, reader: reader)
        }
        if let node = fields["deps"] {
            manifest.deps = try Dependency.readAll(node, reader: reader)
        }
        if let node = fields["lint"] {
            manifest.lint = try LintConfig.read(node, path: "lint", source: .protopkgYAML, reader: reader)
        }
        if let node = fields["breaking"] {
            manifest.breaking = try BreakingConfig.read(node, path: "breaking", source: .protopkgYAML, reader: reader)
        }
        if let node = fields["targets"] {
            manifest.targets = try Targets.read(node, reader: reader)
        }
        if let node = fields["registry"] {
            manifest.registry = try readRegistry(node, reader: reader)
        }
        return manifest
    }

    /// YAML turns `version: 1.3` into a number, and `1.3` is not a full version either way; the
    /// hint says so, since the author likely meant 1.3.0.
    private static func readVersion(_ node: Node, reader: YAMLReader) throws -> SemVer {
        guard case .scalar = node else {
            throw reader.error("\"version\" must be a version like 1.3.0, found \(YAMLReader.describe(node))",
                               at: node, hint: "write version: 1.3.0, or leave the key out to take the newest git tag")
        }
        let text = try reader.string(node, path: "version")
        do {
            return try SemVer(text)
        } catch {
            let tag = node.tag.rawValue
            var hint = (error as? ProtopkgError)?.hint ?? "write a version like 1.3.0 or 2.0.0-rc.1"
            if tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue {
                hint = "YAML reads \(text) as a number, and a version needs all three numbers: "
                    + "write e.g. version: \(Self.completed(text))"
            }
            let reason = (error as? ProtopkgError)?.message ?? "invalid version \"\(text)\": \(error)"
            throw reader.error("key \"version\": \(reason)", at: node, hint: hint)
        }
    }

    /// `1` → `1.0.0`, `1.3` → `1.3.0`: the version the author most likely meant.
    private static func completed(_ text: String) -> String {
        var parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        while parts.count < 3 { parts.append("0") }
        return parts.joined(separator: ".")
    }

    private static func readRegistry(_ node: Node, reader: YAMLReader) throws -> String {
        let text = try reader.string(node, path: "registry")
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else {
            throw reader.error("key \"registry\": \"\(text)\" is not an http or https URL", at: node,
                               hint: "write the registry's base URL, e.g. registry: https://protopkg.example.com")
        }
        return text
    }
}
