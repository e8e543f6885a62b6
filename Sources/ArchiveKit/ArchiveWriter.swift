import CArchive
import Foundation
import ProtopkgBasics

/// Writes archives whose bytes depend only on the entries: fixed mtime, uid/gid 0, no owner
/// names, no gzip timestamp. The caller decides the order; `sortedByPath` is the usual choice.
public enum ArchiveWriter {
    /// 1980-01-01T00:00:00Z, the earliest time a zip can record; used for every entry.
    public static let fixedModificationTime = 315_532_800

    private final class Sink {
        var data = Data()
    }

    public static func write(_ entries: [ArchiveEntry], format: ArchiveFormat) throws -> Data {
        var seen = Set<String>()
        for e in entries where !seen.insert(e.path).inserted {
            throw ProtopkgError("archive entry \(e.path) appears twice")
        }
        guard let archive = archive_write_new() else { throw ProtopkgError("cannot initialise libarchive") }
        defer { archive_write_free(archive) }
        switch format {
        case .tarGzip:
            try check(archive, archive_write_set_format_ustar(archive))
            try check(archive, archive_write_add_filter_gzip(archive))
            try check(archive, archive_write_set_options(archive, "gzip:!timestamp"))
        case .zip:
            try check(archive, archive_write_set_format_zip(archive))
            try check(archive, archive_write_set_options(archive, "zip:compression=deflate"))
        }
        // Pad nothing: the last block is as long as the data needs.
        try check(archive, archive_write_set_bytes_in_last_block(archive, 1))

        let sink = Sink()
        let context = Unmanaged.passRetained(sink)
        defer { context.release() }
        try check(archive, archive_write_open2(archive, context.toOpaque(), nil, { _, ctx, buffer, length in
            let sink = Unmanaged<Sink>.fromOpaque(ctx!).takeUnretainedValue()
            sink.data.append(buffer!.assumingMemoryBound(to: UInt8.self), count: length)
            return length
        }, nil, nil))

        for e in entries {
            guard let entry = archive_entry_new() else { throw ProtopkgError("cannot initialise libarchive entry") }
            defer { archive_entry_free(entry) }
            archive_entry_set_pathname_utf8(entry, e.path)
            archive_entry_set_filetype(entry, CARCHIVE_IFREG)
            archive_entry_set_perm(entry, mode_t(e.mode))
            archive_entry_set_size(entry, la_int64_t(e.data.count))
            // Zip stores DOS time in the writer's local time zone, so a set mtime would make the bytes
            // depend on TZ; unset, libarchive writes the DOS minimum (1980-01-01 00:00) everywhere.
            if format == .tarGzip { archive_entry_set_mtime(entry, time_t(fixedModificationTime), 0) }
            archive_entry_set_uid(entry, 0)
            archive_entry_set_gid(entry, 0)
            try check(archive, archive_write_header(archive, entry))
            if !e.data.isEmpty {
                let written = e.data.withUnsafeBytes { raw in
                    archive_write_data(archive, raw.baseAddress, raw.count)
                }
                if written != e.data.count { try check(archive, ARCHIVE_FATAL) }
            }
        }
        try check(archive, archive_write_close(archive))
        return sink.data
    }

    static func check(_ archive: OpaquePointer, _ rc: Int32) throws {
        guard rc < ARCHIVE_WARN else { return }
        let reason = archive_error_string(archive).map { String(cString: $0) } ?? "error \(rc)"
        throw ProtopkgError("libarchive: \(reason)")
    }
}

extension Array where Element == ArchiveEntry {
    public var sortedByPath: [ArchiveEntry] { sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) } }
}
