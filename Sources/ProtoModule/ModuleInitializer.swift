import Foundation
import ProtoPackaging
import ProtopkgBasics

/// `protopkg init`: writes a new module. Refuses to overwrite anything, checking every file
/// before writing the first, so a refusal leaves the directory untouched.
public enum ModuleInitializer {
    public static func files(for name: ModuleName) -> [(String, String)] {
        [("protopkg.yaml", ModuleTemplates.manifest(name)),
         (ModuleTemplates.protoPath(name), ModuleTemplates.sampleProto(name)),
         ("build/Makefile", ModuleTemplates.makefile),
         ("build/protopkg.mk", ModuleTemplates.makeFragment),
         ("build/Dockerfile", ModuleTemplates.dockerfile),
         (".gitignore", ModuleTemplates.gitignore)]
    }

    /// Returns the paths written, relative to `directory`.
    public static func initialize(directory: String, name: ModuleName) throws -> [String] {
        let files = files(for: name)
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
