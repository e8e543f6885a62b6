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
        let (store, blobs) = try await RegistryStorage.open(dataDirectory: config.dataDirectory, databaseURL: config.databaseURL)
        return RegistryService(store: store, blobs: blobs, publicRead: config.publicRead, cacheTTL: config.cacheTTL)
    }

    static let serverName = "protopkg"

    public static func buildRouter(service: RegistryService, maxUploadBytes: Int,
                                   metrics: RegistryMetrics = RegistryMetrics()) -> Router<BasicRequestContext> {
        buildRouter(maxUploadBytes: maxUploadBytes, hot: HotReads(service: service, metrics: metrics, serverName: serverName))
    }

    static func buildRouter(maxUploadBytes: Int, hot: HotReads) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware(metrics: hot.metrics))
        let support = RouteSupport(hot: hot, maxUploadBytes: maxUploadBytes)
        HealthController(support: support).register(on: router)
        APIController(support: support).register(on: router)
        PyPIController(support: support).register(on: router)
        return router
    }

    public static func buildApplication(_ config: RegistryConfiguration, service: RegistryService,
                                        onListening: @escaping @Sendable (String, Int) async -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "protopkg.registry")
        logger.logLevel = .warning
        // Reads whose answer is cached are answered on the connection's event loop (HotReadHandler).
        let hot = HotReads(service: service, metrics: RegistryMetrics(), serverName: serverName)
        return Application(
            router: buildRouter(maxUploadBytes: config.maxUploadBytes, hot: hot),
            server: .http1(configuration: .init(additionalChannelHandlers: [HotReadHandler(hot)])),
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: serverName),
            onServerRunning: { channel in await onListening(config.host, channel.localAddress?.port ?? config.port) },
            logger: logger)
    }
}
