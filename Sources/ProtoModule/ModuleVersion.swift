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

    /// What `resolve` would answer, as a key read without libgit2: the manifest's version and
    /// where HEAD stands (`GitHead`). While the key and every input file's stat stamp stay the
    /// same, `resolve` cannot answer differently: the version is the manifest's; a commit moves
    /// HEAD; staging writes the index; and only input files (which have stamps) count as dirty.
    /// nil when only `resolve` can tell: the version comes from tags, the config selects files
    /// with includes or excludes, or the repository is one `GitHead` does not read.
    public static func quickKey(_ ws: ModuleWorkspace, now: Double = Date().timeIntervalSince1970) -> String? {
        guard let version = ws.manifest.version,
              ws.manifest.modules.allSatisfy({ $0.excludes.isEmpty && $0.includes.isEmpty }) else { return nil }
        switch GitHead.read(from: ws.directory, now: now) {
        case .outside: return "\(version) outside git"
        case .at(let head): return "\(version) \(head)"
        case .unreadable: return nil
        }
    }

    /// The manifest's version, else the newest `vX.Y.Z` tag on HEAD (read with libgit2).
    /// Dirty means a module input (the manifest, or a `.proto` file under an import root) differs
    /// from HEAD: changed, staged, deleted or untracked. Other files under the roots do not count.
    public static func resolve(_ ws: ModuleWorkspace) throws -> ModuleVersion {
        let repo = try GitRepository.discover(from: ws.directory)
        var git: BundleManifest.GitState?
        var tagged: SemVer?
        if let repo, let commit = try repo.headCommit() {
            var dirty = false
            let manifest = [ws.manifestFile].filter { !$0.isEmpty }
            for input in manifest + ws.manifest.roots {
                let isManifest = manifest.contains(input)
                if let rel = repo.relativePath(of: FileSystem.absolute(input, relativeTo: ws.directory)),
                   try repo.isDirty(under: rel.isEmpty ? nil : rel, counting: { isManifest || $0.hasSuffix(".proto") }) {
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
