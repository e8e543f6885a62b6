import Foundation
import Hummingbird
import Logging
import NIOCore
import ProtopkgBasics
import RegistryCore

/// Builds the registry server: storage from the configuration, routes, and a callback that
/// reports the bound address (port 0 picks a free one).
public enum RegistryApplication {
    public static func openService(_ config: RegistryConfiguration) async throws -> RegistryService {
        try FileSystem.createDirectory(config.dataDirectory)
        let store: SQLRegistryStore
        if let url = config.databaseURL {
            store = try await PostgresBackend.open(url: url)
        } else {
            store = try await SQLiteBackend.open(path: "\(config.dataDirectory)/registry.sqlite")
        }
        return RegistryService(store: store, blobs: try FileBlobStore(directory: "\(config.dataDirectory)/blobs"),
                               publicRead: config.publicRead)
    }

    public static func buildRouter(service: RegistryService, maxUploadBytes: Int) -> Router<BasicRequestContext> {
        let router = Router()
        let api = RegistryRoutes(service: service, maxUploadBytes: maxUploadBytes)
        api.register(on: router)
        PyPIRoutes(service: service, api: api).register(on: router)
        return router
    }

    public static func buildApplication(_ config: RegistryConfiguration, service: RegistryService,
                                        onListening: @escaping @Sendable (String, Int) async -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "protopkg.registry")
        logger.logLevel = .warning
        return Application(
            router: buildRouter(service: service, maxUploadBytes: config.maxUploadBytes),
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: "protopkg"),
            onServerRunning: { channel in await onListening(config.host, channel.localAddress?.port ?? config.port) },
            logger: logger)
    }
}
