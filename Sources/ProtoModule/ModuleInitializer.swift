import Foundation
import ProtoPackaging
import ProtopkgBasics

/// `protopkg init`: writes a new module. Refuses to overwrite anything, checking every file
/// before writing the first, so a refusal leaves the directory untouched.
public enum ModuleInitializer {
    public static func files(for name: ModuleName, ci: CIProvider? = nil) -> [(String, String)] {
        var files = [("protopkg.yaml", ModuleTemplates.manifest(name)),
         (ModuleTemplates.protoPath(name), ModuleTemplates.sampleProto(name)),
         ("build/Makefile", ModuleTemplates.makefile),
         ("build/protopkg.mk", ModuleTemplates.makeFragment),
         ("build/Dockerfile", ModuleTemplates.dockerfile),
         (".gitignore", ModuleTemplates.gitignore)]
        if let ci { files.append((ci.path, ci.render(name))) }
        return files
    }

    /// Returns the paths written, relative to `directory`.
    public static func initialize(directory: String, name: ModuleName, ci: CIProvider? = nil) throws -> [String] {
        try write(files(for: name, ci: ci), into: directory)
    }

    /// `protopkg ci init`: the CI pipeline alone, for a module that exists.
    public static func initializeCI(directory: String, provider: CIProvider) throws -> [String] {
        let manifest = try ModuleManifestFile.load(directory)
        // Any directory loads as a module now (buf's defaults), but a pipeline builds and publishes,
        // which needs the name and targets of a protopkg.yaml.
        guard manifest.file == Manifest.fileName else {
            throw ProtopkgError(manifest.file.isEmpty ? "the directory has no protopkg.yaml for a pipeline to build and publish"
                                                      : "the module is configured by \(manifest.file); a pipeline builds and publishes with a protopkg.yaml",
                                at: manifest.displayPath, hint: "create one first (`protopkg init DIR --name OWNER/NAME --ci \(provider.rawValue)`)")
        }
        return try write([(provider.path, provider.render(manifest.manifest.name))], into: manifest.directory)
    }

    static func write(_ files: [(String, String)], into directory: String) throws -> [String] {
        let existing = files.map(\.0).filter { FileSystem.exists("\(directory)/\($0)") }
        if !existing.isEmpty {
            throw ProtopkgError("refusing to overwrite existing files: \(existing.joined(separator: ", "))",
                                at: ModuleWorkspace.display(directory),
                                hint: "choose an empty directory, or move those files away first")
        }
        for (path, text) in files { try FileSystem.writeAtomically(Data(text.utf8), to: "\(directory)/\(path)") }
        return files.map(\.0)
    }
}
