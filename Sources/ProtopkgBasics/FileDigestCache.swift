import Foundation

/// SHA-256 digests of files, remembered between runs with each file's stat stamp (size,
/// modification and change times in nanoseconds, inode), so that a file whose stamp is
/// unchanged is not read again: the check `make` and ninja make, plus the change time and
/// inode, which an editor's save or a `git checkout` always moves. Kept as one text file
/// (`STAMP<TAB>DIGEST<TAB>PATH` per line), written atomically, and only when something changed.
public final class FileDigestCache {
    public let path: String
    private var entries: [String: (stamp: String, digest: String)] = [:]
    private var loaded = false
    private var used: Set<String> = []
    private var changed = false
    /// Seconds since 1970 now (tests move it forward instead of sleeping).
    private let now: () -> Double

    public init(path: String, now: @escaping () -> Double = { Date().timeIntervalSince1970 }) {
        self.path = path
        self.now = now
    }

    /// Reads the file on first use: a no-op build decided by `InputStamps` never needs it.
    private func load() {
        guard !loaded else { return }
        loaded = true
        guard let data = FileManager.default.contents(atPath: path) else { return }
        // Read as bytes: thousands of lines, read on every build.
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var tabs: [Int] = []
                var i = lineStart
                while i < lineEnd && tabs.count < 2 {
                    if bytes[i] == 0x09 { tabs.append(i) }
                    i += 1
                }
                if tabs.count == 2, tabs[1] - tabs[0] == 65 {
                    func text(_ from: Int, _ to: Int) -> String {
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
                    }
                    entries[text(tabs[1] + 1, lineEnd)] = (text(lineStart, tabs[0]), text(tabs[0] + 1, tabs[1]))
                }
                lineStart = lineEnd + 1
            }
        }
    }

    /// The file's SHA-256 as hex, or nil when it cannot be read.
    public func digest(of file: String) -> String? {
        load()
        used.insert(file)
        guard let stamp = Stamp(file) else { return nil }
        if let entry = entries[file], entry.stamp == stamp.text { return entry.digest }
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        let digest = SHA256Hex.of(data)
        // A file modified within the clock's resolution of being read could change again
        // unseen under the same stamp; such a file is hashed again next time.
        if let after = Stamp(file), after == stamp, after.isSettled(now: now()) {
            entries[file] = (stamp.text, digest)
            changed = true
        }
        return digest
    }

    /// Writes the cache when a digest was added, keeping only the files asked about this run.
    public func save() throws {
        guard loaded else { return }
        let stale = entries.keys.filter { !used.contains($0) }
        guard changed || !stale.isEmpty else { return }
        for key in stale { entries[key] = nil }
        var text = ""
        for (file, entry) in entries.sorted(by: { $0.key < $1.key }) where !file.contains("\n") {
            text += "\(entry.stamp)\t\(entry.digest)\t\(file)\n"
        }
        try FileSystem.writeAtomically(Data(text.utf8), to: path)
        changed = false
    }

    /// The fields of a stat stamp as numbers (size, modification and change times, device, inode).
    public struct Stamp: Equatable, Sendable {
        public var size: Int64 = 0, mtimeSeconds: Int64 = 0, mtimeNanoseconds: Int64 = 0
        public var ctimeSeconds: Int64 = 0, ctimeNanoseconds: Int64 = 0, device: Int64 = 0, inode: Int64 = 0
        /// The stamp as the cache file writes it.
        public var text: String { "\(size):\(mtimeSeconds).\(mtimeNanoseconds):\(ctimeSeconds).\(ctimeNanoseconds):\(device):\(inode)" }

        /// Last changed (modification or change time) long enough ago, two seconds, that a
        /// later write gets another stamp.
        public func isSettled(now: Double) -> Bool { Double(max(mtimeSeconds, ctimeSeconds)) + 2 <= now }

        /// nil when the file cannot be stat'ed.
        public init?(_ file: String) {
            var info = stat()
            guard stat(file, &info) == 0 else { return nil }
            size = Int64(info.st_size)
            mtimeSeconds = Int64(info.st_mtim.tv_sec)
            mtimeNanoseconds = Int64(info.st_mtim.tv_nsec)
            ctimeSeconds = Int64(info.st_ctim.tv_sec)
            ctimeNanoseconds = Int64(info.st_ctim.tv_nsec)
            device = Int64(bitPattern: UInt64(info.st_dev))
            inode = Int64(bitPattern: UInt64(info.st_ino))
        }
    }
}
