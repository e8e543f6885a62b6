import ProtopkgBasics
import Yams

/// `buf.work.yaml` (buf's v1 workspaces): `directories` lists module directories, each with its
/// own buf.yaml v1 or v1beta1 (or none, meaning buf's defaults). The workspace compiles as one
/// import space; each directory is linted and compared with its own configuration.
extension Manifest {
    /// The `directories` of a buf.work.yaml, validated as buf does: `version: v1`, relative paths
    /// inside the workspace, none twice, none inside another.
    public static func parseBufWorkYAML(yaml: String, file: String) throws -> [String] {
        let reader = YAMLReader(file: file)
        guard let root = try reader.compose(yaml), !YAMLReader.isNull(root) else {
            throw ProtopkgError("the buf.work.yaml is empty", at: file, hint: "write version: v1 and directories: [proto]")
        }
        let fields = try reader.fields(root, path: "", what: "buf.work.yaml", known: ["version", "directories"])
        guard let versionNode = fields["version"] else {
            throw reader.error("missing key \"version\" in buf.work.yaml", at: root, hint: "add version: v1")
        }
        let version = try reader.string(versionNode, path: "version")
        guard version == "v1" else {
            throw reader.error("unsupported buf.work.yaml version \"\(version)\"", at: versionNode,
                               hint: version == "v2" ? "buf v2 workspaces are a buf.yaml with a modules list; buf.work.yaml is only v1"
                                                     : "write version: v1")
        }
        guard let directoriesNode = fields["directories"] else {
            throw reader.error("missing key \"directories\" in buf.work.yaml", at: root, hint: "list the module directories, e.g. directories: [proto]")
        }
        var directories: [String] = []
        for item in try reader.strings(directoriesNode, path: "directories") {
            let directory = try reader.relativePath(item.value, at: item.node, path: "directories")
            guard directory != "." else {
                throw reader.error("\"directories\" has the workspace root itself", at: item.node,
                                   hint: "list subdirectories; a module at the root needs no buf.work.yaml")
            }
            if let other = directories.first(where: { SourceModule.covers($0, directory) || SourceModule.covers(directory, $0) }) {
                throw reader.error(other == directory ? "directory \"\(directory)\" appears twice in \"directories\""
                                                      : "directory \"\(other)\" contains directory \"\(directory)\"",
                                   at: item.node, hint: "each module directory once, none inside another")
            }
            directories.append(directory)
        }
        guard !directories.isEmpty else {
            throw reader.error("\"directories\" is empty", at: directoriesNode, hint: "list the module directories, e.g. directories: [proto]")
        }
        return directories
    }

    /// The workspace manifest: each directory's modules placed under that directory.
    ///
    /// - Parameter modules: each directory with the manifest read from its buf.yaml, or
    ///   `Manifest.unconfigured()` when it has none. A buf.yaml v2 has no place in a buf.work.yaml
    ///   workspace; the caller refuses it with the file's location.
    public static func bufWorkspace(_ modules: [(directory: String, manifest: Manifest)]) throws -> Manifest {
        let named = modules.first { $0.manifest.name.description != fallbackName }
        var manifest = Manifest(name: try named?.manifest.name ?? fallbackModuleName(), targets: .default, source: .bufWork)
        manifest.modules = modules.flatMap { entry in entry.manifest.modules.map { $0.rebased(under: entry.directory) } }
        return manifest
    }
}
