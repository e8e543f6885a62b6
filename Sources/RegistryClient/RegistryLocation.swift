import Foundation
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// The registry a command talks to: `--registry`, else the manifest's `registry`, else
/// `PROTOPKG_REGISTRY`.
public enum RegistryLocation {
    public static func url(_ option: String?, manifest: Manifest?) throws -> String {
        guard let url = optionalURL(option, manifest: manifest) else {
            throw ProtopkgError("no registry given", hint: "pass --registry URL or add `registry: URL` to protopkg.yaml")
        }
        return url
    }

    /// For commands that may run outside a module: a directory without a manifest is no error.
    public static func url(_ option: String?, directory: String) throws -> String {
        try url(option, manifest: try manifestIfAny(directory))
    }

    /// Nil when nothing names a registry.
    public static func optionalURL(_ option: String?, manifest: Manifest?) -> String? {
        if let option { return option }
        if let fromManifest = manifest?.registry { return fromManifest }
        if let fromEnvironment = ProcessInfo.processInfo.environment["PROTOPKG_REGISTRY"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return nil
    }

    /// The API client for the registry named by `option` or the manifest, with the stored or
    /// environment token; nil when no registry is named.
    public static func api(_ option: String?, manifest: Manifest?) throws -> RegistryAPI? {
        try optionalURL(option, manifest: manifest).map { url in
            RegistryAPI(baseURL: url, token: try CredentialStore.resolveToken(registry: url))
        }
    }

    static func manifestIfAny(_ directory: String) throws -> Manifest? {
        let dir = FileSystem.absolute(directory)
        guard FileSystem.exists("\(dir)/protopkg.yaml") || FileSystem.exists("\(dir)/buf.yaml") else { return nil }
        return try ModuleManifestFile.load(dir).manifest
    }
}
