import Dispatch
import Foundation

/// Values read from the store, kept for a short time (`ttl`) and only while the registry's
/// change counter (`RegistryService.generation`) has not moved since they were read: a publish or
/// a yank in this process bumps the counter, so this process never serves what it changed itself
/// from before the change. Another replica's change is seen when the entry expires, which is why
/// the time to live must stay short (a few seconds) when several replicas share one database.
/// A `ttl` of zero turns the cache off. (Inlinable so that other modules get it specialized
/// for their types: it sits on the path of every cached read.)
public final class ExpiringCache<Key: Hashable, Value>: @unchecked Sendable {
    @usableFromInline
    struct Entry {
        @usableFromInline var value: Value
        @usableFromInline var generation: UInt64
        @usableFromInline var expires: UInt64

        @inlinable
        init(value: Value, generation: UInt64, expires: UInt64) {
            self.value = value
            self.generation = generation
            self.expires = expires
        }
    }

    @usableFromInline var entries: [Key: Entry] = [:]
    @usableFromInline let lock = NSLock()
    @usableFromInline let ttl: UInt64
    @usableFromInline let capacity: Int

    /// - Parameters:
    ///   - ttl: seconds an entry lives; 0 keeps nothing.
    ///   - capacity: the most entries kept; a full cache drops its expired entries, then all.
    public init(ttl: Double, capacity: Int = 1024) {
        self.ttl = ttl > 0 ? UInt64(ttl * 1e9) : 0
        self.capacity = max(1, capacity)
    }

    @inlinable
    public var isEnabled: Bool { ttl > 0 }

    /// The value stored under the key at `generation`, while it has not expired.
    @inlinable
    public func get(_ key: Key, generation: UInt64) -> Value? {
        guard ttl > 0 else { return nil }
        let now = DispatchTime.now().uptimeNanoseconds
        return lock.withLock {
            guard let entry = entries[key], entry.generation == generation, entry.expires > now else { return nil }
            return entry.value
        }
    }

    /// Stores a value read at `generation`: the counter as it was *before* the read began, so a
    /// change that raced with the read leaves an entry nobody will take.
    @inlinable
    public func put(_ key: Key, _ value: Value, generation: UInt64) {
        guard ttl > 0 else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        lock.withLock {
            if entries.count >= capacity, entries[key] == nil {
                entries = entries.filter { $0.value.expires > now && $0.value.generation == generation }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = Entry(value: value, generation: generation, expires: now + ttl)
        }
    }

    @inlinable
    public func removeAll() {
        lock.withLock { entries.removeAll() }
    }
}
