import CheckRunner
import Foundation
import HTTPTransport
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// Serves `--against registry:VERSION|latest` for `breaking` and `version`: the module's own
/// release from the manifest's `registry` (else `PROTOPKG_REGISTRY`), through the cache.
public struct RegistryReleaseSource: RegistryBundleSource {
    public var environment: [String: String]
    /// Nil: libcurl, set up only when a registry reference is actually used, so that checks
    /// against anything else never pay for it.
    public var transport: HTTPTransport?
    public var cache: DownloadCache

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: HTTPTransport? = nil, cache: DownloadCache? = nil) {
        self.environment = environment
        self.transport = transport
        self.cache = cache ?? DownloadCache(environment: environment)
    }

    public func bundle(of workspace: ModuleWorkspace, version: String) throws -> (data: Data, label: String) {
        let module = workspace.manifest.name
        guard let url = workspace.manifest.registry ?? environment["PROTOPKG_REGISTRY"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw ProtopkgError("--against registry:\(version) needs to know the registry",
                                at: workspace.configDisplayPath,
                                hint: "add `registry: URL` to the manifest or set PROTOPKG_REGISTRY")
        }
        let api = RegistryAPI(baseURL: url, token: try CredentialStore.resolveToken(registry: url, environment: environment),
                              transport: transport ?? CurlTransport())
        let versions = try api.publishedVersions(module)
        let record: PublishedVersion
        if version == "latest" {
            let live = versions.filter { !$0.yanked }
            guard let newest = live.filter({ !$0.version.isPrerelease }).last ?? live.last else {
                throw ProtopkgError("every published version of \(module) is yanked, so there is no latest",
                                    hint: "compare with an exact version: --against registry:VERSION")
            }
            record = newest
        } else {
            guard let exact = versions.first(where: { $0.version.description == version }) else {
                throw ProtopkgError("the registry \(api.baseURL) has no version \(version) of \(module)",
                                    hint: "published: " + versions.map { $0.version.description + ($0.yanked ? " (yanked)" : "") }
                                        .joined(separator: ", "))
            }
            record = exact
        }
        return (try api.bundle(record, cache: cache), "registry:\(record.version)")
    }
}
