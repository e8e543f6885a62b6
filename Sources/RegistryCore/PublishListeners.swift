import Foundation

/// What runs after a publish stored a new version (`RegistryService.onPublish`).
final class PublishListeners: @unchecked Sendable {
    private var listeners: [@Sendable (VersionRecord) async -> Void] = []
    private let lock = NSLock()

    func add(_ listener: @escaping @Sendable (VersionRecord) async -> Void) {
        lock.withLock { listeners.append(listener) }
    }

    func notify(_ record: VersionRecord) async {
        for listener in lock.withLock({ listeners }) { await listener(record) }
    }
}
