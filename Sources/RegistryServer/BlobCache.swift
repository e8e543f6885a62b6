import Foundation
import Hummingbird
import NIOCore
import RegistryCore

/// Blobs as response bodies. A blob never changes under its digest, so small ones are kept in
/// memory as `ByteBuffer`s (up to `budget` bytes in all, oldest dropped first) and a response
/// shares the cached storage instead of copying it; a miss reads the file straight into a buffer.
/// Blobs larger than `largest` are streamed in chunks (from disk, or from the blob store's
/// pieces) and never cached.
final class BlobCache: @unchecked Sendable {
    private var entries: [String: ByteBuffer] = [:]
    private var order: [String] = []
    private var bytes = 0
    private let lock = NSLock()
    let budget: Int
    let largest: Int
    private let fileIO = FileIO()

    init(budget: Int = 64 << 20, largest: Int = 4 << 20) {
        self.budget = budget
        self.largest = largest
    }

    /// The blob's bytes when they are in memory.
    func cached(_ digest: String) -> ByteBuffer? { lock.withLock { entries[digest] } }

    /// Whether a blob of this many bytes is kept in memory once read.
    func keeps(size: Int) -> Bool { size <= largest }

    /// The blob's bytes as a response body, or nil when the store has no such blob.
    func body(_ digest: String, store: BlobStore, context: some RequestContext) async throws -> ResponseBody? {
        if let cached = lock.withLock({ entries[digest] }) { return ResponseBody(byteBuffer: cached) }
        guard let path = store.path(of: digest) else { return try await storeBody(digest, store: store) }
        guard let size = Self.size(path) else { return nil }
        if size > largest { return try await fileIO.loadFile(path: path, context: context) }
        guard let buffer = Self.read(path, size: size) else { return nil }
        put(digest, buffer)
        return ResponseBody(byteBuffer: buffer)
    }

    /// The blob's bytes (through the cache when small enough).
    func buffer(_ digest: String, store: BlobStore) async throws -> ByteBuffer? {
        if let cached = lock.withLock({ entries[digest] }) { return cached }
        guard let path = store.path(of: digest) else {
            guard let data = try await store.get(digest) else { return nil }
            let buffer = ByteBuffer(bytes: data)
            if data.count <= largest { put(digest, buffer) }
            return buffer
        }
        guard let size = Self.size(path), let buffer = Self.read(path, size: size) else { return nil }
        if size <= largest { put(digest, buffer) }
        return buffer
    }

    /// A blob of a store without files (PostgreSQL): small ones read whole and kept; large ones
    /// streamed piece by piece, so a replica holds one piece of a multi-MB bundle at a time.
    private func storeBody(_ digest: String, store: BlobStore) async throws -> ResponseBody? {
        guard let size = try await store.size(of: digest) else { return nil }
        if size <= largest {
            guard let data = try await store.get(digest) else { return nil }
            let buffer = ByteBuffer(bytes: data)
            put(digest, buffer)
            return ResponseBody(byteBuffer: buffer)
        }
        return ResponseBody(contentLength: size) { writer in
            let found = try await store.read(digest) { piece in try await writer.write(ByteBuffer(bytes: piece)) }
            guard found else { throw RegistryError(500, "blob \(digest) vanished from the blob store while being sent") }
            try await writer.finish(nil)
        }
    }

    private func put(_ digest: String, _ buffer: ByteBuffer) {
        lock.withLock {
            guard entries[digest] == nil, buffer.readableBytes <= budget else { return }
            while bytes + buffer.readableBytes > budget, !order.isEmpty {
                let old = order.removeFirst()
                bytes -= entries.removeValue(forKey: old)?.readableBytes ?? 0
            }
            entries[digest] = buffer
            order.append(digest)
            bytes += buffer.readableBytes
        }
    }

    static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Reads a whole file of `size` bytes (blobs never change) into one buffer, with no
    /// intermediate copy; nil when it cannot be read or is shorter.
    static func read(_ path: String, size: Int) -> ByteBuffer? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = ByteBufferAllocator().buffer(capacity: size)
        while buffer.readableBytes < size {
            let wanted = size - buffer.readableBytes
            var result = 0
            _ = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { raw -> Int in
                result = Foundation.read(fd, raw.baseAddress!, wanted)
                return max(result, 0)
            }
            if result == 0 || (result < 0 && errno != EINTR) { return nil }
        }
        return buffer
    }
}
