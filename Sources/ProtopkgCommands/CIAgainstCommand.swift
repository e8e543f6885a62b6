import ArgumentParser
import Foundation
import ProtopkgBasics
import RegistryClient

struct CIAgainstCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "against",
        abstract: "Print the last release as an --against reference: the registry's newest version, else the newest vX.Y.Z tag before HEAD; nothing for a first release.")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The registry URL (default: the manifest's `registry`, else PROTOPKG_REGISTRY).") var registry: String?

    func run() throws {
        let found = try LastRelease.find(directory: directory, registry: registry)
        // The choice and why on stderr, for the CI log; only the reference on stdout, for `$(…)`.
        FileHandle.standardError.write(Data("last release: \(found.reference ?? "none") (\(found.reason))\n".utf8))
        if let reference = found.reference { Terminal.standard.print(reference) }
    }
}
