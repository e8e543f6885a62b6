import Foundation
import ProtopkgBasics
import Yams

extension Lockfile {
    static let keys = ["version", "registry", "deps"]
    static let entryKeys = ["name", "version", "digest"]

    static let header = """
        # protopkg.lock: written by `protopkg sync`; commit it, do not edit it.
        # The exact version and the SHA-256 of the bundle of every registry dependency.

        """

    /// Parses and validates the text of a `protopkg.lock`.
    /// - Parameter file: the name used in error locations.
    public static func parse(yaml: String, file: String) throws -> Lockfile {
        let reader = YAMLReader(file: file)
        let regenerate = "run `protopkg sync --update` to write it again"
        guard let root = try reader.compose(yaml), !YAMLReader.isNull(root) else {
            throw ProtopkgError("the lockfile is empty", at: file, hint: regenerate)
        }
        let fields = try reader.fields(root, path: "", what: "the lockfile", known: keys)
        guard let versionNode = fields["version"] else {
            throw reader.error("missing key \"version\" in the lockfile", at: root, hint: regenerate)
        }
        let format = try reader.string(versionNode, path: "version")
        guard format == String(formatVersion) else {
            throw reader.error("lockfile format \(format) is not one this protopkg reads (it reads \(formatVersion))",
                               at: versionNode, hint: "upgrade protopkg, or \(regenerate)")
        }
        var lockfile = Lockfile()
        if let node = fields["registry"] { lockfile.registry = try reader.string(node, path: "registry") }
        guard let depsNode = fields["deps"] else { return lockfile }
        guard case .sequence(let items) = depsNode else {
            throw reader.error("\"deps\" must be a list, found \(YAMLReader.describe(depsNode))", at: depsNode, hint: regenerate)
        }
        var deps: [LockedDependency] = []
        for item in items {
            let entry = try reader.fields(item, path: "deps", what: "a \"deps\" entry", known: entryKeys)
            func required(_ key: String) throws -> (String, Node) {
                guard let node = entry[key] else {
                    throw reader.error("a \"deps\" entry has no \"\(key)\"", at: item, hint: regenerate)
                }
                return (try reader.string(node, path: "deps.\(key)"), node)
            }
            let (nameText, nameNode) = try required("name")
            let name = try reader.validate(nameNode, key: "deps.name") { try ModuleName(nameText) }
            let (versionText, versionNode) = try required("version")
            let version = try reader.validate(versionNode, key: "deps.version") { try SemVer(versionText) }
            let (digestText, digestNode) = try required("digest")
            guard let hex = LockedDependency.parseDigest(digestText) else {
                throw reader.error("\"\(digestText)\" is not a digest of the form sha256:<64 hex digits>", at: digestNode,
                                   hint: regenerate)
            }
            if deps.contains(where: { $0.name == name }) {
                throw reader.error("\(name) is locked twice", at: nameNode, hint: regenerate)
            }
            deps.append(LockedDependency(name: name, version: version, sha256: hex))
        }
        lockfile.deps = deps.sorted { $0.name < $1.name }
        return lockfile
    }

    /// The file's text: the header comment, then the fields in a fixed order, so that the same
    /// resolution always writes the same bytes (and diffs of the file stay small).
    public func yaml() throws -> String {
        var pairs: [(Node, Node)] = [("version", Node(String(Self.formatVersion)))]
        if let registry { pairs.append(("registry", Node(registry))) }
        let entries = deps.map { dep -> Node in
            .mapping(Node.Mapping([("name", Node(dep.name.description)), ("version", Node(dep.version.description)),
                                   ("digest", Node(dep.digest))]))
        }
        pairs.append(("deps", .sequence(Node.Sequence(entries))))
        let body = try Yams.serialize(node: .mapping(Node.Mapping(pairs)), indent: 2, width: -1, sortKeys: false)
        return Self.header + body
    }
}
