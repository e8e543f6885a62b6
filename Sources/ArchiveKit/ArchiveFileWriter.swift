import CArchive
import Foundation
import ProtopkgBasics

/// Writes a tar.gz to a file one entry at a time, so an archive larger than memory (a registry
/// backup) never needs to be held whole. Same fixed metadata as `ArchiveWriter`. The caller
/// writes to a temporary path and renames it when `close` succeeds.
public final class ArchiveFileWriter {
    private var archive: OpaquePointer?
    private var seen = Set<String>()
    public let path: String

    public init(path: String) throws {
        self.path = path
        guard let a = archive_write_new() else { throw ProtopkgError("cannot initialise libarchive") }
        archive = a
        do {
            // pax: no 8 GiB or path-length ceiling, unlike ustar.
            try ArchiveWriter.check(a, archive_write_set_format_pax_restricted(a))
            try ArchiveWriter.check(a, archive_write_add_filter_gzip(a))
            try ArchiveWriter.check(a, archive_write_set_options(a, "gzip:!timestamp"))
            try ArchiveWriter.check(a, archive_write_open_filename(a, path))
        } catch {
            archive_write_free(a)
            archive = nil
            throw ProtopkgError("cannot write the archive: \(error)", at: path)
        }
    }

    deinit {
        if let archive { archive_write_free(archive) }
    }

    public func add(path entryPath: String, data: Data, mode: Int32 = 0o644) throws {
        guard let a = archive else { throw ProtopkgError("the archive is closed", at: path) }
        try ArchiveReader.validate(path: entryPath, archive: path)
        guard seen.insert(entryPath).inserted else { throw ProtopkgError("archive entry \(entryPath) appears twice", at: path) }
        guard let entry = archive_entry_new() else { throw ProtopkgError("cannot initialise libarchive entry") }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname_utf8(entry, entryPath)
        archive_entry_set_filetype(entry, CARCHIVE_IFREG)
        archive_entry_set_perm(entry, mode_t(mode))
        archive_entry_set_size(entry, la_int64_t(data.count))
        archive_entry_set_mtime(entry, time_t(ArchiveWriter.fixedModificationTime), 0)
        archive_entry_set_uid(entry, 0)
        archive_entry_set_gid(entry, 0)
        try ArchiveWriter.check(a, archive_write_header(a, entry))
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { raw in
                archive_write_data(a, raw.baseAddress! + offset, raw.count - offset)
            }
            if written <= 0 { try ArchiveWriter.check(a, ARCHIVE_FATAL) }
            offset += written
        }
    }

    /// Flushes and closes the file; the archive is complete only when this returns.
    public func close() throws {
        guard let a = archive else { return }
        defer {
            archive_write_free(a)
            archive = nil
        }
        try ArchiveWriter.check(a, archive_write_close(a))
    }
}
