import CArchive
import Foundation
import ProtopkgBasics

/// Reads a tar(.gz) from a file one entry at a time (a registry backup may not fit in memory),
/// with the same safety checks as `ArchiveReader`: plain relative paths, regular files only,
/// entries no larger than `maxEntryBytes`.
public final class ArchiveFileReader {
    private var archive: OpaquePointer?
    public let path: String
    public let maxEntryBytes: Int

    public init(path: String, maxEntryBytes: Int = 1 << 30) throws {
        self.path = path
        self.maxEntryBytes = maxEntryBytes
        guard FileSystem.exists(path) else { throw ProtopkgError("no such file", at: path) }
        guard let a = archive_read_new() else { throw ProtopkgError("cannot initialise libarchive") }
        archive = a
        archive_read_support_filter_gzip(a)
        archive_read_support_format_tar(a)
        guard archive_read_open_filename(a, path, 1 << 16) == ARCHIVE_OK else {
            let reason = Self.errorText(a)
            archive_read_free(a)
            archive = nil
            throw ProtopkgError("not a readable archive: \(reason)", at: path)
        }
    }

    deinit {
        if let archive { archive_read_free(archive) }
    }

    /// The next regular file, or nil at the end of the archive.
    public func next() throws -> ArchiveEntry? {
        guard let a = archive else { return nil }
        while true {
            var header: OpaquePointer?
            let rc = archive_read_next_header(a, &header)
            if rc == ARCHIVE_EOF { return nil }
            guard rc >= ARCHIVE_WARN, let header else {
                throw ProtopkgError("corrupt or truncated archive: \(Self.errorText(a))", at: path)
            }
            let name = archive_entry_pathname_utf8(header).map { String(cString: $0) }
                ?? archive_entry_pathname(header).map { String(cString: $0) } ?? ""
            let type = Int32(archive_entry_filetype(header))
            if type == Int32(CARCHIVE_IFDIR) { try ArchiveReader.validate(path: name, archive: path); continue }
            guard type == Int32(CARCHIVE_IFREG), archive_entry_hardlink(header) == nil else {
                throw ProtopkgError("archive entry \(name) is not a regular file (links and devices are refused)", at: path)
            }
            try ArchiveReader.validate(path: name, archive: path)
            let declared = archive_entry_size_is_set(header) != 0 ? Int(archive_entry_size(header)) : 0
            guard declared <= maxEntryBytes else {
                throw ProtopkgError("archive entry \(name) is larger than \(maxEntryBytes) bytes", at: path)
            }
            var content = Data(capacity: declared)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = archive_read_data(a, &chunk, chunk.count)
                if n == 0 { break }
                guard n > 0 else { throw ProtopkgError("corrupt or truncated archive entry \(name): \(Self.errorText(a))", at: path) }
                content.append(chunk, count: n)
                guard content.count <= maxEntryBytes else {
                    throw ProtopkgError("archive entry \(name) is larger than \(maxEntryBytes) bytes", at: path)
                }
            }
            let mode = Int32(archive_entry_perm(header)) & 0o777
            return ArchiveEntry(path: name, data: content, mode: mode == 0 ? 0o644 : mode)
        }
    }

    private static func errorText(_ a: OpaquePointer) -> String {
        archive_error_string(a).map { String(cString: $0) } ?? "unknown error"
    }
}
