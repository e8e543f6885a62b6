import ArgumentParser
import ProtoModule
import ProtopkgBasics
import RegistryClient

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Resolve the registry dependencies, pin them in protopkg.lock, and fetch them into .protopkg/deps.")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The registry URL (default: the manifest's `registry`).") var registry: String?
    @Flag(help: "Take the newest versions the ranges allow instead of the locked ones.") var update = false

    func run() throws {
        let terminal = Terminal.standard
        let module = try ModuleManifestFile.load(directory)
        let syncer = try SyncSetup.syncer(registry: registry, module: module, terminal: terminal)
        SyncSetup.print(try syncer.sync(module, update: update), terminal: terminal)
    }
}
