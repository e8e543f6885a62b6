import ArgumentParser
import Foundation
import ProtopkgBasics
import RegistryClient

struct CIAgainstCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "against",
        abstract: "Print the last release as an --against reference: the registry's newest version not above the declared one, else the newest such vX.Y.Z tag before HEAD; nothing for a first release.")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The registry URL (default: the manifest's `registry`, else PROTOPKG_REGISTRY).") var registry: String?
    @Flag(help: "Only releases in the declared version's release line (its major; its minor below 1.0.0): the baseline for `breaking`, empty when the version starts a new line.")
    var sameLine = false

    func run() throws {
        let found = try LastRelease.find(directory: directory, registry: registry, sameLine: sameLine)
        // The choice and why on stderr, for the CI log; only the reference on stdout, for `$(…)`.
        FileHandle.standardError.write(Data("last release: \(found.reference ?? "none") (\(found.reason))\n".utf8))
        if let reference = found.reference { Terminal.standard.print(reference) }
    }
}
