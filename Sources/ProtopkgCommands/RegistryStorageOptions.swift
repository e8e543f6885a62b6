import ArgumentParser
import ProtopkgBasics
import RegistryCore

extension BlobBackend: ExpressibleByArgument {}

/// Where a registry command finds the registry's state: the options `serve` takes for it.
struct RegistryStorageOptions: ParsableArguments {
    @Option(help: "The registry's data directory (SQLite database and blobs).") var data: String
    @Option(help: "postgres://… when the registry keeps metadata in PostgreSQL.") var database: String?
    @Option(help: "Where the blobs are: files (under --data) or postgres (in the --database).") var blobs: BlobBackend = .files

    func open() async throws -> (store: SQLRegistryStore, blobs: BlobStore) {
        try await RegistryStorage.open(dataDirectory: FileSystem.absolute(data), databaseURL: database, blobs: blobs)
    }
}
