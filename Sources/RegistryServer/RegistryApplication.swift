import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import ProtopkgBasics
import RegistryCore

/// Builds the registry server: storage from the configuration, routes, and a callback that
/// reports the bound address (port 0 picks a free one).
public enum RegistryApplication {
    public static func openService(_ config: RegistryConfiguration) async throws -> RegistryService {
        let (store, blobs) = try await RegistryStorage.open(dataDirectory: config.dataDirectory, databaseURL: config.databaseURL,
                                                            blobs: config.blobs)
        return RegistryService(store: store, blobs: blobs, publicRead: config.publicRead, cacheTTL: config.cacheTTL)
    }

    static let serverName = "protopkg"

    /// Checks what can be checked before any storage is opened: the TLS files.
    public static func validate(_ config: RegistryConfiguration) throws {
        _ = try TLSSetup.configuration(config)
    }

    public static func buildRouter(service: RegistryService, maxUploadBytes: Int,
                                   metrics: RegistryMetrics = RegistryMetrics()) -> Router<BasicRequestContext> {
        buildRouter(maxUploadBytes: maxUploadBytes, hot: HotReads(service: service, metrics: metrics, serverName: serverName))
    }

    /// `tls`: whether the server speaks HTTPS (answers with absolute URLs say so).
    static func buildRouter(maxUploadBytes: Int, hot: HotReads, tls: Bool = false) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware(metrics: hot.metrics))
        router.add(middleware: SwiftRegistryMiddleware())
        // Pages first: a page's path may also fit a protocol's pattern (see WebRoute).
        router.add(middleware: WebMiddleware(pages: WebPages(service: hot.service, tls: tls, hot: hot)))
        let support = RouteSupport(hot: hot, maxUploadBytes: maxUploadBytes)
        HealthController(support: support).register(on: router)
        APIController(support: support).register(on: router)
        PyPIController(support: support).register(on: router)
        GoProxyController(support: support).register(on: router)
        NpmController(support: support, secure: tls).register(on: router)
        SwiftRegistryController(support: support).register(on: router)
        return router
    }

    public static func buildApplication(_ config: RegistryConfiguration, service: RegistryService,
                                        onListening: @escaping @Sendable (String, Int) async -> Void) throws -> some ApplicationProtocol {
        var logger = Logger(label: "protopkg.registry")
        logger.logLevel = .warning
        // Reads whose answer is cached are answered on the connection's event loop, from the bytes
        // read (RawHotReadHandler) or after HTTP decoding (HotReadHandler).
        let hot = HotReads(service: service, metrics: RegistryMetrics(), serverName: serverName)
        let http = RegistryHTTP1Channel.builder(hot: hot)
        return Application(
            router: buildRouter(maxUploadBytes: config.maxUploadBytes, hot: hot, tls: config.tlsCertificate != nil),
            server: try TLSSetup.configuration(config).map { try .tls(http, tlsConfiguration: $0) } ?? http,
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: serverName),
            onServerRunning: { channel in await onListening(config.host, channel.localAddress?.port ?? config.port) },
            logger: logger)
    }
}
