import ArgumentParser
import ProtopkgBasics
import RegistryCore

struct RegistryImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore an archive of `registry export` into an empty registry, checking every digest first.")

    @OptionGroup var storage: RegistryStorageOptions
    @Argument(help: "The archive written by `protopkg registry export`.") var archive: String

    func run() async throws {
        let (store, blobs) = try await storage.open()
        let summary: RegistryBackup.Summary
        do {
            summary = try await RegistryBackup.restore(from: FileSystem.absolute(archive), store: store, blobs: blobs)
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
        Terminal.standard.print("imported \(summary.description) from \(archive)")
    }
}
