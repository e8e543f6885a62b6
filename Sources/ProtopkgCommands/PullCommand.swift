import ArgumentParser
import ProtoPackaging
import ProtopkgBasics
import RegistryClient

struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull", abstract: "Fetch the newest version matching a range: one language's stubs, or the sources.")

    @Argument(help: "OWNER/NAME@RANGE, e.g. acme/billing@^1.2") var module: String
    @Option(help: "python, go, swift (the SwiftPM source archive), descriptor or proto.") var lang: String
    @Option(help: "The directory to write into.") var out: String
    @Option(help: "The registry URL.") var registry: String

    func run() throws {
        let (name, range) = try ModuleReference.parse(module)
        let api = RegistryAPI(baseURL: registry, token: try CredentialStore.resolveToken(registry: registry))
        let (version, files) = try Puller(api: api).pull(name, range, language: lang, into: FileSystem.absolute(out))
        Terminal.standard.print("pulled \(name)@\(version) (\(lang))")
        for f in files { Terminal.standard.print("  \(f)") }
    }
}
