import Foundation
import ProtoPackaging
import ProtopkgBasics

/// The manifest of the module in a directory, read alone, without its sources or dependencies:
/// what `sync` needs before any dependency is on disk. A command reads it once and passes it on.
public struct ModuleManifestFile: Sendable {
    /// Absolute.
    public let directory: String
    /// `protopkg.yaml` or `buf.yaml`.
    public let file: String
    public let data: Data
    public let manifest: Manifest

    public var displayPath: String { ModuleWorkspace.display("\(directory)/\(file)") }

    public static func load(_ directory: String) throws -> ModuleManifestFile {
        let dir = FileSystem.absolute(directory)
        guard FileSystem.isDirectory(dir) else {
            throw ProtopkgError("no such module directory", at: ModuleWorkspace.display(dir),
                                hint: "pass the directory that holds protopkg.yaml")
        }
        for (file, parse) in [("protopkg.yaml", Manifest.parse), ("buf.yaml", Manifest.parseBufYAML)]
            where FileSystem.exists("\(dir)/\(file)") {
            let data = try FileSystem.read("\(dir)/\(file)")
            let manifest = try parse(String(decoding: data, as: UTF8.self), ModuleWorkspace.display("\(dir)/\(file)"))
            return ModuleManifestFile(directory: dir, file: file, data: data, manifest: manifest)
        }
        throw ProtopkgError("no protopkg.yaml or buf.yaml", at: ModuleWorkspace.display(dir),
                            hint: "run `protopkg init \(ModuleWorkspace.display(dir)) --name OWNER/NAME` to start a module here")
    }
}
