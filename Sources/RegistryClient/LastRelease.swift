import Foundation
import GitRepository
import HTTPTransport
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// The release a CI run checks a change against (`protopkg ci against`): among the registry's
/// versions of the module, else the `vX.Y.Z` git tags on other commits than HEAD (on a tag's
/// own pipeline HEAD is the release being made), the newest one not above the version the
/// module declares; none for a first release.
///
/// `sameLine` narrows that to the declared version's release line (its major; its minor below
/// 1.0.0), the baseline for `breaking`: a version that starts a new line may break, and
/// `version check` (against the plain last release) is what says whether the bump is right.
///
/// Only "the registry has no version of this module" falls through to git: a registry that
/// cannot be reached or refuses the token is an error, so a misconfigured CI never silently
/// compares with an older baseline.
public enum LastRelease {
    public struct Found: Equatable {
        /// An `--against` reference (`registry:1.2.0`, `git:v1.2.0`); nil when there is none.
        public var reference: String?
        /// Why this one, for the log.
        public var reason: String
    }

    public static func find(directory: String, registry option: String?, sameLine: Bool = false,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            transport: HTTPTransport? = nil) throws -> Found {
        let module = try ModuleManifestFile.load(directory)
        let name = module.manifest.name
        let repo = try GitRepository.discover(from: module.directory)
        let head = try repo?.headCommit()
        let tags = try repo?.tags().filter { $0.name.hasPrefix("v") }
            .compactMap { tag in (try? SemVer(tag.name)).map { (name: tag.name, version: $0, commit: tag.commit) } } ?? []
        let declared = module.manifest.version ?? tags.filter { $0.commit == head }.map(\.version).max()
        var notes: [String] = []
        if let declared { notes.append("\(name) declares \(declared)") }

        func pick(_ versions: [SemVer]) -> SemVer? {
            var fitting = versions.filter { declared == nil || !(declared! < $0) }
            if sameLine, let d = declared { fitting = fitting.filter { line($0) == line(d) } }
            return fitting.filter { !$0.isPrerelease }.max() ?? fitting.max()
        }
        let scope = sameLine ? "in its release line " : ""

        if let url = RegistryLocation.optionalURL(option, manifest: module.manifest) {
            let api = RegistryAPI(baseURL: url, token: try CredentialStore.resolveToken(registry: url, environment: environment),
                                  transport: transport ?? CurlTransport())
            let answer = try api.send("GET", api.modulePath(name) + "/versions")
            if answer.status == 404 {
                notes.append("the registry \(api.baseURL) has no version of it")
            } else {
                _ = try api.expect(answer, [200], doing: "listing the versions of \(name)")
                let live = try api.publishedVersions(name).filter { !$0.yanked }.map(\.version)
                if let chosen = pick(live) {
                    return Found(reference: "registry:\(chosen)",
                                 reason: (notes + ["the registry's newest release \(scope)not above it is \(chosen)"]).joined(separator: "; "))
                }
                notes.append(live.isEmpty ? "every version of it in the registry is yanked"
                                          : "the registry has no release \(scope)not above it (\(live.map(\.description).joined(separator: ", ")))")
            }
        } else {
            notes.append("no registry is configured (--registry, the manifest's registry, PROTOPKG_REGISTRY)")
        }
        if repo == nil {
            notes.append("the module is not in a git repository")
        } else {
            let earlier = tags.filter { $0.commit != head }
            if let chosen = pick(earlier.map(\.version)), let tag = earlier.first(where: { $0.version == chosen }) {
                return Found(reference: "git:\(tag.name)",
                             reason: (notes + ["the newest release tag \(scope)before this commit is \(tag.name)"]).joined(separator: "; "))
            }
            notes.append("no vX.Y.Z tag \(scope)on an earlier commit")
        }
        let what = sameLine && declared != nil ? "\(declared!) starts a release line: nothing to check for breaking changes"
                                               : "a first release: nothing to compare with"
        return Found(reference: nil, reason: notes.joined(separator: "; ") + ": " + what)
    }

    /// Versions that must stay compatible: one major, or one minor below 1.0.0.
    static func line(_ v: SemVer) -> [Int] { v.major == 0 ? [0, v.minor] : [v.major] }
}
