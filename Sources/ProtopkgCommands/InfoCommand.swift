import ArgumentParser
import ProtoPackaging
import ProtopkgBasics
import RegistryClient

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Show a module's published versions, or one version's digest and artifacts.")

    @Argument(help: "OWNER/NAME or OWNER/NAME@VERSION.") var module: String
    @Option(help: "The registry URL (default: the manifest's `registry` in the current directory, else PROTOPKG_REGISTRY).")
    var registry: String?
    @Option(help: "text or json.") var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        let parts = module.split(separator: "@", maxSplits: 1).map(String.init)
        let name = try ModuleName(parts[0])
        let url = try RegistryLocation.url(registry, directory: ".")
        let api = RegistryAPI(baseURL: url, token: try CredentialStore.resolveToken(registry: url))
        let terminal = Terminal.standard
        if parts.count == 2 {
            let version = try api.publishedVersion(name, try SemVer(parts[1]))
            terminal.print(format == "json" ? try ModuleInfo.json(version, registry: url)
                                            : ModuleInfo.text(version, registry: url))
        } else {
            let versions = try api.publishedVersions(name)
            terminal.print(format == "json" ? try ModuleInfo.json(module: name, versions: versions)
                                            : ModuleInfo.text(module: name, versions: versions))
        }
    }
}
