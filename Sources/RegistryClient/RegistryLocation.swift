import Foundation
import ProtoModule
import ProtopkgBasics

/// The registry a command talks to: `--registry`, else the manifest's `registry`, else
/// `PROTOPKG_REGISTRY`.
enum RegistryLocation {
    static func url(_ option: String?, directory: String) throws -> String {
        guard let url = try optionalURL(option, directory: directory) else {
            throw ProtopkgError("no registry given", hint: "pass --registry URL or add `registry: URL` to protopkg.yaml")
        }
        return url
    }

    /// Nil when nothing names a registry. Only the manifest is read, so this works before the
    /// module's registry dependencies are synced; a directory without a manifest is no error.
    static func optionalURL(_ option: String?, directory: String) throws -> String? {
        if let option { return option }
        let dir = FileSystem.absolute(directory)
        if FileSystem.exists("\(dir)/protopkg.yaml") || FileSystem.exists("\(dir)/buf.yaml"),
           let fromManifest = try ModuleWorkspace.loadManifest(dir).manifest.registry {
            return fromManifest
        }
        if let fromEnvironment = ProcessInfo.processInfo.environment["PROTOPKG_REGISTRY"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return nil
    }
}
