import CodeGen
import ProtopkgBasics

/// The registry a command talks to: `--registry`, else the manifest's `registry`.
enum RegistryLocation {
    static func url(_ option: String?, directory: String) throws -> String {
        if let option { return option }
        if let fromManifest = try ModuleWorkspace.load(directory).manifest.registry { return fromManifest }
        throw ProtopkgError("no registry given", hint: "pass --registry URL or add `registry: URL` to protopkg.yaml")
    }
}
