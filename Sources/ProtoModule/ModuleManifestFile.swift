import Foundation
import ProtoPackaging
import ProtopkgBasics

/// The manifest of the module in a directory, read alone, without its sources or dependencies:
/// what `sync` needs before any dependency is on disk. A command reads it once and passes it on.
///
/// Any directory is a module, as in buf: one with a `protopkg.yaml`, a `buf.yaml` or a
/// `buf.work.yaml` is configured by it; a directory inside a workspace (a module directory of a
/// buf.yaml v2 or of a buf.work.yaml, or a directory below one, or a directory under the `proto`
/// root of a protopkg.yaml) is that workspace with its files under the directory as targets;
/// any other directory is a module with buf's defaults.
public struct ModuleManifestFile: Sendable {
    /// Absolute: where the configuration file is (the workspace root), else the input directory.
    public let directory: String
    /// `protopkg.yaml`, `buf.yaml` or `buf.work.yaml`; empty when no file configures the module.
    public let file: String
    public let data: Data
    public let manifest: Manifest
    /// Absolute: the directory the command was given. Paths are printed relative to it, and only
    /// the module files under it are checked and built.
    public let inputDirectory: String

    public init(directory: String, file: String, data: Data, manifest: Manifest, inputDirectory: String? = nil) {
        self.directory = directory
        self.file = file
        self.data = data
        self.manifest = manifest
        self.inputDirectory = inputDirectory ?? directory
    }

    /// The configuration file as the user should see it; the directory when there is none.
    public var displayPath: String {
        ModuleWorkspace.display(file.isEmpty ? directory : "\(directory)/\(file)")
    }

    public static func load(_ directory: String) throws -> ModuleManifestFile {
        let dir = FileSystem.absolute(directory)
        guard FileSystem.isDirectory(dir) else {
            throw ProtopkgError("no such module directory", at: ModuleWorkspace.display(dir),
                                hint: "pass a directory of .proto files, or one holding protopkg.yaml or buf.yaml")
        }
        if let own = try configuration(in: dir) {
            if own.manifest.source == .bufV1 || own.manifest.source == .bufV1Beta1,
               let workspace = try enclosingWorkspace(of: dir, within: true) {
                return workspace.targeting(dir)
            }
            return own
        }
        if let enclosing = try enclosingWorkspace(of: dir, within: false) { return enclosing.targeting(dir) }
        return ModuleManifestFile(directory: dir, file: "", data: Data(), manifest: try Manifest.unconfigured())
    }

    func targeting(_ input: String) -> ModuleManifestFile {
        ModuleManifestFile(directory: directory, file: file, data: data, manifest: manifest, inputDirectory: input)
    }

    /// The configuration file in `dir` itself: protopkg.yaml first, then a buf workspace file,
    /// then buf.yaml.
    static func configuration(in dir: String) throws -> ModuleManifestFile? {
        if FileSystem.exists("\(dir)/\(Manifest.fileName)") {
            let data = try FileSystem.read("\(dir)/\(Manifest.fileName)")
            let manifest = try Manifest.parse(yaml: String(decoding: data, as: UTF8.self),
                                              file: ModuleWorkspace.display("\(dir)/\(Manifest.fileName)"))
            return ModuleManifestFile(directory: dir, file: Manifest.fileName, data: data, manifest: manifest)
        }
        if FileSystem.exists("\(dir)/\(Manifest.bufWorkFileName)") {
            return try bufWorkspace(in: dir)
        }
        if FileSystem.exists("\(dir)/\(Manifest.bufFileName)") {
            let data = try FileSystem.read("\(dir)/\(Manifest.bufFileName)")
            let manifest = try Manifest.parseBufYAML(yaml: String(decoding: data, as: UTF8.self),
                                                     file: ModuleWorkspace.display("\(dir)/\(Manifest.bufFileName)"))
            return ModuleManifestFile(directory: dir, file: Manifest.bufFileName, data: data, manifest: manifest)
        }
        return nil
    }

    /// A buf.work.yaml and the buf.yaml of each of its directories.
    static func bufWorkspace(in dir: String) throws -> ModuleManifestFile {
        let path = "\(dir)/\(Manifest.bufWorkFileName)"
        let data = try FileSystem.read(path)
        let directories = try Manifest.parseBufWorkYAML(yaml: String(decoding: data, as: UTF8.self),
                                                        file: ModuleWorkspace.display(path))
        var modules: [(directory: String, manifest: Manifest)] = []
        for directory in directories {
            let moduleDir = "\(dir)/\(directory)"
            guard FileSystem.isDirectory(moduleDir) else {
                throw ProtopkgError("the workspace directory \(directory) does not exist", at: ModuleWorkspace.display(path),
                                    hint: "create it or remove it from directories")
            }
            let bufYAML = "\(moduleDir)/\(Manifest.bufFileName)"
            guard FileSystem.exists(bufYAML) else {
                modules.append((directory, try Manifest.unconfigured()))
                continue
            }
            let manifest = try Manifest.parseBufYAML(yaml: String(decoding: try FileSystem.read(bufYAML), as: UTF8.self),
                                                     file: ModuleWorkspace.display(bufYAML))
            guard manifest.source == .bufV1 || manifest.source == .bufV1Beta1 else {
                throw ProtopkgError("a buf.yaml in a buf.work.yaml directory must be version v1 or v1beta1",
                                    at: ModuleWorkspace.display(bufYAML),
                                    hint: "a v2 workspace is one buf.yaml with a modules list; run `buf config migrate`, or set version: v1")
            }
            modules.append((directory, manifest))
        }
        return ModuleManifestFile(directory: dir, file: Manifest.bufWorkFileName, data: data,
                                  manifest: try Manifest.bufWorkspace(modules))
    }

    /// The nearest workspace above `dir` that holds it: a buf.work.yaml listing it (or a
    /// directory holding it), a buf.yaml v2 with a module there, or a protopkg.yaml whose
    /// `proto` holds it. A buf.yaml v1 or v1beta1 on the way is passed over, as buf does: it
    /// configures its own directory only, so a directory below it is a module of its own.
    ///
    /// - Parameter ownModule: `dir` has its own buf.yaml v1, so only a buf.work.yaml can hold it.
    static func enclosingWorkspace(of dir: String, within ownModule: Bool) throws -> ModuleManifestFile? {
        var ancestor = (dir as NSString).deletingLastPathComponent
        while !ancestor.isEmpty {
            if let found = try configuration(in: ancestor),
               found.manifest.source != .bufV1 && found.manifest.source != .bufV1Beta1 {
                let relative = String(dir.dropFirst(ancestor == "/" ? 1 : ancestor.count + 1))
                if ownModule && found.file != Manifest.bufWorkFileName { return nil }
                let holds = found.manifest.modules.contains { module in
                    module.roots.contains { SourceModule.covers($0, relative) }
                }
                return holds ? found : nil
            }
            if ancestor == "/" { break }
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        return nil
    }
}
