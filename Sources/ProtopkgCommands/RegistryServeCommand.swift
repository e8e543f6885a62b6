import ArgumentParser
import Foundation
import Hummingbird
import ProtopkgBasics
import RegistryCore
import RegistryServer


struct RegistryServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve a registry: SQLite and blobs under --data, or PostgreSQL with --database (and --blobs postgres).")

    @Option(help: "The data directory (SQLite database and blobs).") var data: String
    @Option(help: "HOST:PORT to listen on (port 0 picks a free one).") var listen: String = "127.0.0.1:8080"
    @Option(help: "postgres://user:password@host:port/database to keep metadata in PostgreSQL.") var database: String?
    @Option(help: "Where blobs live: files (under --data) or postgres (in the --database, so replicas share no directory).")
    var blobs: BlobBackend = .files
    @Flag(help: "Let anyone read without a token.") var publicRead = false
    @Option(help: "Seconds reads are served from memory (0: never). With several replicas, another replica's publish or yank shows after at most this long.")
    var cacheTtl: Double = 3
    @Option(help: "PEM file of the server certificate (chain): serve HTTPS. Needs --tls-key.") var tlsCert: String?
    @Option(help: "PEM file of the certificate's private key.") var tlsKey: String?

    func run() async throws {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]) else {
            throw ValidationError("--listen takes HOST:PORT, e.g. 127.0.0.1:8080")
        }
        let config = RegistryConfiguration(dataDirectory: FileSystem.absolute(data), host: String(listen[..<colon]),
                                           port: port, databaseURL: database, publicRead: publicRead, cacheTTL: max(0, cacheTtl),
                                           tlsCertificate: tlsCert.map { FileSystem.absolute($0) },
                                           tlsKey: tlsKey.map { FileSystem.absolute($0) }, blobs: blobs)
        try RegistryApplication.validate(config)
        let service = try await RegistryApplication.openService(config)
        let scheme = config.tlsCertificate == nil ? "http" : "https"
        do {
            let app = try RegistryApplication.buildApplication(config, service: service) { host, port in
                Terminal.standard.print("protopkg registry listening on \(scheme)://\(host):\(port)")
            }
            try await app.runService()
        } catch {
            try? await service.store.shutdown()
            throw error
        }
        try await service.store.shutdown()
    }
}
