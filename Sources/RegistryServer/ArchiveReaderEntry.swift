import ArchiveKit
import Foundation

/// One entry of an archive by its exact path.
enum ArchiveReaderEntry {
    static func find(_ path: String, in archive: Data, archive name: String) throws -> Data? {
        try ArchiveReader.read(archive, name: name).first { $0.path == path }?.data
    }
}
