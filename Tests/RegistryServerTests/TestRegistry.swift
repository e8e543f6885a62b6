import Hummingbird
import HummingbirdTesting
import RegistryCore
import RegistryServer

/// A registry application for one test: built over `config`, driven by a test client, and its
/// store closed whatever the test does (SQLite aborts the process when a connection is dropped
/// open, which would hide the failure that threw).
enum TestRegistry {
    static func run(_ config: RegistryConfiguration, _ mode: TestingSetup,
                    _ body: (RegistryService, any TestClientProtocol) async throws -> Void) async throws {
        let service = try await RegistryApplication.openService(config)
        do {
            let app = try RegistryApplication.buildApplication(config, service: service) { _, _ in }
            try await app.test(mode) { client in try await body(service, client) }
        } catch {
            try await service.store.shutdown()
            throw error
        }
        try await service.store.shutdown()
    }
}
