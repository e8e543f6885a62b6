import ArgumentParser
import Foundation
import ProtopkgBasics
import RegistryCore
import RegistryServer

struct RegistryTokenCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a token; prints it once, alone on stdout (only its hash is stored).")

    @Option(help: "The registry's data directory.") var data: String
    @Option(help: "read, admin, publish:OWNER/NAME or publish:OWNER/*; repeatable.") var scope: [String]
    @Option(help: "postgres://… when the registry keeps metadata in PostgreSQL.") var database: String?

    func run() async throws {
        let scopes = try scope.map(TokenScope.init)
        guard !scopes.isEmpty else { throw ValidationError("give at least one --scope") }
        let service = try await RegistryApplication.openService(
            RegistryConfiguration(dataDirectory: FileSystem.absolute(data), databaseURL: database))
        let secret = try await service.createToken(scopes: scopes)
        try await service.store.shutdown()
        Terminal.standard.print(secret)
    }
}
