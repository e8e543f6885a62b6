import ProtopkgBasics
import Yams

/// A module this one imports, with the versions it accepts.
///
/// In `protopkg.yaml`, `deps:` maps a module name either to a range (`acme/common: ^1.2`) or to
/// `{ version: ^1.2, path: ../common }`. With a `path` the dependency is read from that directory
/// (its own `protopkg.yaml` and `proto/`), relative to the directory of the manifest: the monorepo
/// case, where a module builds against its neighbour's working copy instead of a registry release.
/// The range still applies to the neighbour's declared version and is what a published bundle records.
public struct Dependency: Sendable, Equatable {
    public var name: ModuleName
    public var range: VersionRange
    /// A local directory holding the dependency, relative to the manifest's directory.
    public var path: String?

    public init(name: ModuleName, range: VersionRange, path: String? = nil) {
        self.name = name
        self.range = range
        self.path = path
    }

    static let mapKeys = ["version", "path"]
}

extension Dependency {
    /// Reads the `deps:` mapping; the result is sorted by name so that output does not depend on
    /// the order the author wrote the keys in.
    static func readAll(_ node: Node, reader: YAMLReader) throws -> [Dependency] {
        let entries = try reader.mapping(node, path: "deps", what: "\"deps\"")
        var deps: [Dependency] = []
        for entry in entries {
            let keyPath = YAMLReader.join("deps", entry.key)
            let name = try reader.validate(entry.keyNode, key: keyPath) { try ModuleName(entry.key) }
            deps.append(try read(entry.value, name: name, keyPath: keyPath, reader: reader))
        }
        return deps.sorted { $0.name < $1.name }
    }

    private static func read(_ node: Node, name: ModuleName, keyPath: String, reader: YAMLReader) throws -> Dependency {
        switch node {
        case .scalar where !YAMLReader.isNull(node):
            return Dependency(name: name, range: try readRange(node, keyPath: keyPath, reader: reader))
        case .mapping:
            let fields = try reader.fields(node, path: keyPath, what: "\"\(keyPath)\"", known: mapKeys)
            guard let versionNode = fields["version"] else {
                throw reader.error("dependency \"\(name)\" has no \"version\"", at: node,
                                   hint: "give a version range, e.g. { version: ^1.0, path: ../common }")
            }
            let versionPath = YAMLReader.join(keyPath, "version")
            let range = try readRange(versionNode, keyPath: versionPath, reader: reader)
            var path: String?
            if let pathNode = fields["path"] {
                path = try readPath(pathNode, keyPath: YAMLReader.join(keyPath, "path"), reader: reader)
            }
            return Dependency(name: name, range: range, path: path)
        default:
            throw reader.error(
                "\"\(keyPath)\" must be a version range or a map with version and path, found \(YAMLReader.describe(node))",
                at: node, hint: "write \(name): ^1.2 or \(name): { version: ^1.2, path: ../\(name.name) }")
        }
    }

    private static func readRange(_ node: Node, keyPath: String, reader: YAMLReader) throws -> VersionRange {
        guard case .scalar = node, !YAMLReader.isNull(node) else {
            throw reader.error("\"\(keyPath)\" must be a version range such as ^1.2, found \(YAMLReader.describe(node))",
                               at: node)
        }
        let text = try reader.string(node, path: keyPath)
        return try reader.validate(node, key: keyPath) { try VersionRange(text) }
    }

    private static func readPath(_ node: Node, keyPath: String, reader: YAMLReader) throws -> String {
        var path = try reader.string(node, path: keyPath)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard !path.isEmpty, !path.contains("\0") else {
            throw reader.error("\"\(keyPath)\" must be a directory path, found \(YAMLReader.describe(node))", at: node,
                               hint: "give the dependency's directory relative to this manifest, e.g. ../common")
        }
        return path
    }
}
