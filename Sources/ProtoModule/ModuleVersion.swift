import Foundation
import GitRepository
import ProtoBundle
import ProtoPackaging
import ProtopkgBasics

/// The version a build stamps, and the git state it was built from.
public struct ModuleVersion: Sendable, Equatable {
    public var version: SemVer
    public var git: BundleManifest.GitState?
    /// `protopkg.yaml` or `git tag v1.2.0`: said in the build's summary.
    public var source: String

    /// The manifest's version, else the newest `vX.Y.Z` tag on HEAD (read with libgit2).
    /// Dirty means a module input (manifest or a file under an import root) differs from HEAD.
    public static func resolve(_ ws: ModuleWorkspace) throws -> ModuleVersion {
        let repo = try GitRepository.discover(from: ws.directory)
        var git: BundleManifest.GitState?
        var tagged: SemVer?
        if let repo, let commit = try repo.headCommit() {
            var dirty = false
            let inputs = [ws.manifestFile].filter { !$0.isEmpty } + ws.manifest.roots
            for input in inputs {
                if let rel = repo.relativePath(of: FileSystem.absolute(input, relativeTo: ws.directory)),
                   try repo.isDirty(under: rel.isEmpty ? nil : rel) {
                    dirty = true
                    break
                }
            }
            git = BundleManifest.GitState(commit: commit, dirty: dirty)
            tagged = try repo.tags().filter { $0.commit == commit && $0.name.hasPrefix("v") }
                .compactMap { try? SemVer($0.name) }.max()
        }
        if let v = ws.manifest.version {
            return ModuleVersion(version: v, git: git, source: ws.manifestFile)
        }
        if let tagged {
            return ModuleVersion(version: tagged, git: git, source: "git tag v\(tagged)")
        }
        throw ProtopkgError("the module has no version", at: ws.configDisplayPath,
                            hint: "add `version: 1.0.0` to protopkg.yaml, or tag the commit: `git tag v1.0.0`")
    }
}
