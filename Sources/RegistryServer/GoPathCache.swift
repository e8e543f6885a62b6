import ArchiveKit
import Foundation
import RegistryCore

/// Module paths read from Go zips, by digest (a digest's bytes never change).
final class GoPathCache: @unchecked Sendable {
    private var paths: [String: String?] = [:]
    private let lock = NSLock()

    func modulePath(of zip: ArtifactRecord, service: RegistryService, blobs: BlobCache) async throws -> String? {
        if let known = lock.withLock({ paths[zip.digest] }) { return known }
        guard let buffer = try await blobs.buffer(zip.digest, store: service.blobs) else { return nil }
        let entries = try ArchiveReader.read(Data(buffer: buffer), name: zip.fileName)
        let goMod = entries.filter { $0.path.hasSuffix("/go.mod") }.min { $0.path.count < $1.path.count }
        let path = goMod.flatMap { GoModFile.modulePath(String(decoding: $0.data, as: UTF8.self)) }
        lock.withLock { paths[zip.digest] = path }
        return path
    }
}
