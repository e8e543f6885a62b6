import ArgumentParser
import ProtopkgBasics
import RegistryCore

struct RegistryExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Back up a registry into one archive: every version, artifact and token hash, with digests.")

    @OptionGroup var storage: RegistryStorageOptions
    @Option(name: .shortAndLong, help: "The archive to write (.tar.gz); written whole or not at all.") var output: String

    func run() async throws {
        let (store, blobs) = try await storage.open()
        let summary: RegistryBackup.Summary
        do {
            summary = try await RegistryBackup.export(store: store, blobs: blobs, to: FileSystem.absolute(output))
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
        Terminal.standard.print("exported \(summary.description) to \(output)")
    }
}
