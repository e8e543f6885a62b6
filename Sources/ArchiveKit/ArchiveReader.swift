import CArchive
import Foundation
import ProtopkgBasics

/// Reads tar(.gz) and zip archives into memory, refusing anything that could escape the
/// extraction directory or exhaust it: absolute paths, `..`, links, devices, oversized data.
public enum ArchiveReader {
    public static func read(_ data: Data, name: String = "archive", limits: ArchiveLimits = ArchiveLimits()) throws -> [ArchiveEntry] {
        guard let archive = archive_read_new() else { throw ProtopkgError("cannot initialise libarchive") }
        defer { archive_read_free(archive) }
        archive_read_support_filter_gzip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_zip(archive)
        return try data.withUnsafeBytes { raw -> [ArchiveEntry] in
            guard archive_read_open_memory(archive, raw.baseAddress, raw.count) == ARCHIVE_OK else {
                throw ProtopkgError("not a readable archive: \(errorText(archive))", at: name)
            }
            var entries: [ArchiveEntry] = []
            var total = 0
            var header: OpaquePointer?
            while true {
                let rc = archive_read_next_header(archive, &header)
                if rc == ARCHIVE_EOF { break }
                guard rc >= ARCHIVE_WARN, let header else {
                    throw ProtopkgError("corrupt archive: \(errorText(archive))", at: name)
                }
                let path = archive_entry_pathname_utf8(header).map { String(cString: $0) }
                    ?? archive_entry_pathname(header).map { String(cString: $0) } ?? ""
                let type = Int32(archive_entry_filetype(header))
                if type == Int32(CARCHIVE_IFDIR) { try validate(path: path, archive: name); continue }
                guard type == Int32(CARCHIVE_IFREG), archive_entry_hardlink(header) == nil else {
                    throw ProtopkgError("archive entry \(path) is not a regular file (links and devices are refused)", at: name)
                }
                try validate(path: path, archive: name)
                guard entries.count < limits.maxEntries else {
                    throw ProtopkgError("archive has more than \(limits.maxEntries) entries", at: name)
                }
                let declared = archive_entry_size_is_set(header) != 0 ? Int(archive_entry_size(header)) : 0
                guard declared <= limits.maxEntryBytes else {
                    throw ProtopkgError("archive entry \(path) is larger than \(limits.maxEntryBytes) bytes", at: name)
                }
                var content = Data()
                var chunk = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    let n = archive_read_data(archive, &chunk, chunk.count)
                    if n == 0 { break }
                    guard n > 0 else { throw ProtopkgError("corrupt archive entry \(path): \(errorText(archive))", at: name) }
                    content.append(chunk, count: n)
                    total += n
                    guard content.count <= limits.maxEntryBytes, total <= limits.maxTotalBytes else {
                        throw ProtopkgError("archive expands beyond the size limit (\(limits.maxTotalBytes) bytes)", at: name)
                    }
                }
                let mode = Int32(archive_entry_perm(header)) & 0o777
                entries.append(ArchiveEntry(path: path, data: content, mode: mode == 0 ? 0o644 : mode))
            }
            return entries
        }
    }

    /// A relative path of plain components: no leading `/`, no `..`, no empty or `.` parts.
    public static func validate(path: String, archive: String) throws {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if trimmed.isEmpty || trimmed.hasPrefix("/") || trimmed.contains("\\") || trimmed.contains("\0") {
            throw ProtopkgError("archive entry has an unsafe path \"\(path)\"", at: archive)
        }
        for part in trimmed.split(separator: "/", omittingEmptySubsequences: false) where part == ".." || part.isEmpty || part == "." {
            throw ProtopkgError("archive entry has an unsafe path \"\(path)\"", at: archive)
        }
    }

    private static func errorText(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
    }
}
