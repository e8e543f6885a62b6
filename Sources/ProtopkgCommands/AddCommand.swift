import ArgumentParser
import ProtoPackaging
import ProtoModule
import ProtopkgBasics
import RegistryClient

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a registry dependency to protopkg.yaml (or change its range), then sync.")

    @Argument(help: "OWNER/NAME@RANGE, e.g. acme/billing@^1.2 (without a range: ^ the newest version).") var module: String
    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The registry URL (default: the manifest's `registry`).") var registry: String?

    func run() throws {
        let terminal = Terminal.standard
        let (name, range) = try ModuleReference.parse(module)
        let syncer = try SyncSetup.syncer(registry: registry, module: try ModuleManifestFile.load(directory), terminal: terminal)
        let (written, report) = try DependencyAdder(syncer: syncer)
            .add(name, range: module.contains("@") ? range : nil, directory: directory)
        terminal.print("\(name): \(written) in protopkg.yaml")
        SyncSetup.print(report, terminal: terminal)
    }
}
