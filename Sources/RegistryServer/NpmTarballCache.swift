import Foundation
import RegistryCore

/// Facts of tarballs by digest (a digest's bytes never change); bounded, emptied when full.
final class NpmTarballCache: @unchecked Sendable {
    private var entries: [String: NpmTarballFacts] = [:]
    private let lock = NSLock()
    private let capacity = 4096

    func facts(of tarball: ArtifactRecord, service: RegistryService, blobs: BlobCache) async throws -> NpmTarballFacts {
        if let known = lock.withLock({ entries[tarball.digest] }) { return known }
        guard let buffer = try await blobs.buffer(tarball.digest, store: service.blobs) else {
            throw RegistryError(500, "\(tarball.fileName) is missing from the blob store")
        }
        let facts = try NpmTarballFacts(tarball: Data(buffer: buffer), name: tarball.fileName)
        lock.withLock {
            if entries.count >= capacity { entries.removeAll() }
            entries[tarball.digest] = facts
        }
        return facts
    }
}
