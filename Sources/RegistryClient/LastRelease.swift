import Foundation
import GitRepository
import HTTPTransport
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// The release a CI run checks a change against (`protopkg ci against`): the registry's newest
/// version of the module, else the newest `vX.Y.Z` git tag on another commit than HEAD (on a
/// tag's own pipeline, HEAD is the release being made), else none (a first release).
///
/// Only "the registry has no version of this module" falls through to git: a registry that
/// cannot be reached or refuses the token is an error, so a misconfigured CI never silently
/// compares with an older baseline.
public enum LastRelease {
    public struct Found: Equatable {
        /// An `--against` reference (`registry:1.2.0`, `git:v1.2.0`); nil when there is no release.
        public var reference: String?
        /// Why this one, for the log.
        public var reason: String
    }

    public static func find(directory: String, registry option: String?,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            transport: HTTPTransport? = nil) throws -> Found {
        let module = try ModuleManifestFile.load(directory)
        let name = module.manifest.name
        var notes: [String] = []
        if let url = RegistryLocation.optionalURL(option, manifest: module.manifest) {
            let api = RegistryAPI(baseURL: url, token: try CredentialStore.resolveToken(registry: url, environment: environment),
                                  transport: transport ?? CurlTransport())
            let answer = try api.send("GET", api.modulePath(name) + "/versions")
            if answer.status == 404 {
                notes.append("the registry \(api.baseURL) has no version of \(name)")
            } else {
                _ = try api.expect(answer, [200], doing: "listing the versions of \(name)")
                let versions = try api.publishedVersions(name).filter { !$0.yanked }
                if let newest = versions.filter({ !$0.version.isPrerelease }).last ?? versions.last {
                    return Found(reference: "registry:\(newest.version)",
                                 reason: "the registry's newest version of \(name) is \(newest.version)")
                }
                notes.append("every version of \(name) in the registry is yanked")
            }
        } else {
            notes.append("no registry is configured (--registry, the manifest's registry, PROTOPKG_REGISTRY)")
        }
        if let repo = try GitRepository.discover(from: module.directory) {
            let head = try repo.headCommit()
            let tagged = try repo.tags().filter { $0.name.hasPrefix("v") && $0.commit != head }
                .compactMap { tag in (try? SemVer(tag.name)).map { (tag.name, $0) } }
                .max { $0.1 < $1.1 }
            if let (tag, _) = tagged {
                return Found(reference: "git:\(tag)", reason: notes.joined(separator: "; ") + "; the newest release tag is \(tag)")
            }
            notes.append("no vX.Y.Z tag on an earlier commit")
        } else {
            notes.append("the module is not in a git repository")
        }
        return Found(reference: nil, reason: notes.joined(separator: "; ") + ": a first release, nothing to compare with")
    }
}
