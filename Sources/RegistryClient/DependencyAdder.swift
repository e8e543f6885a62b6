import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// `protopkg add OWNER/NAME@RANGE`: puts the dependency into protopkg.yaml (edited in place,
/// comments kept) and syncs. The new manifest is resolved before anything is written, so a
/// range that cannot be satisfied leaves the manifest, the lockfile and `.protopkg/deps` as
/// they were.
public struct DependencyAdder {
    public var syncer: Syncer

    public init(syncer: Syncer) { self.syncer = syncer }

    /// - Parameter range: nil takes `^NEWEST`, the newest non-yanked release's caret range.
    /// - Returns: the range written, and what the sync did.
    public func add(_ module: ModuleName, range: VersionRange?, directory: String) throws -> (VersionRange, Syncer.Report) {
        let dir = FileSystem.absolute(directory)
        let loaded = try ModuleManifestFile.load(dir)
        let (file, data, manifest) = (loaded.file, loaded.data, loaded.manifest)
        let path = "\(loaded.directory)/\(file)"
        guard file == Manifest.fileName else {
            throw ProtopkgError(file.isEmpty ? "the directory has no protopkg.yaml to add a dependency to"
                                             : "the module is configured by \(file), which has no protopkg dependencies",
                                at: loaded.displayPath, hint: "create a protopkg.yaml for it first (`protopkg init`)")
        }
        guard module != manifest.name else {
            throw ProtopkgError("\(module) cannot depend on itself", at: ModuleWorkspace.display(path))
        }
        let chosenRange = try range ?? newestCaret(module)
        let text = try ManifestDependencyEditor.setting(module, range: chosenRange, in: String(decoding: data, as: UTF8.self),
                                                        file: ModuleWorkspace.display(path))
        let edited = try Manifest.parse(yaml: text, file: ModuleWorkspace.display(path))
        let plan = try syncer.plan(directory: dir, manifest: edited, update: false)
        try FileSystem.writeAtomically(Data(text.utf8), to: path)
        return (chosenRange, try syncer.install(plan))
    }

    func newestCaret(_ module: ModuleName) throws -> VersionRange {
        guard let api = syncer.api else {
            throw ProtopkgError("no registry given", hint: "pass --registry URL or add `registry: URL` to protopkg.yaml")
        }
        let live = try api.publishedVersions(module).filter { !$0.yanked }.map(\.version)
        guard let newest = live.filter({ !$0.isPrerelease }).max() ?? live.max() else {
            throw ProtopkgError("every version of \(module) is yanked", hint: "name a range explicitly: \(module)@RANGE")
        }
        return try VersionRange("^\(newest)")
    }
}
