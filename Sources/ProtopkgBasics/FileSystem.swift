import Foundation

/// File-system operations with the guarantees the tool promises: no half-written files.
public enum FileSystem {
    /// Writes through a temporary file in the same directory, then renames it into place.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try createDirectory(dir.isEmpty ? "." : dir)
        let tmp = "\(path).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: tmp, contents: data) else {
            throw ProtopkgError("cannot write file", at: path, hint: "check that the directory exists and is writable")
        }
        // A file replaced keeps its permissions (an executable script, a group-writable file).
        var existing = stat()
        if stat(path, &existing) == 0 { chmod(tmp, existing.st_mode & 0o7777) }
        if rename(tmp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw ProtopkgError("cannot move file into place: \(reason)", at: path)
        }
    }

    public static func createDirectory(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw ProtopkgError("exists and is not a directory", at: path, hint: "move the file away or choose another path")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ProtopkgError("cannot create directory: \(error.localizedDescription)", at: path)
        }
    }

    public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    public static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    public static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProtopkgError("cannot read file", at: path)
        }
        return data
    }

    /// Regular files below `root` whose names end in `suffix`, as sorted paths relative to `root`.
    public static func files(under root: String, suffix: String = "") -> [String] {
        // The directories are walked on both cores (a tree such as googleapis has thousands of
        // them, and reading them is most of the time). The top levels are read first, breadth
        // first, until there are enough directories to share out: googleapis has two at the top,
        // and one of them holds nearly every file.
        var found: [String] = []
        var frontier = [""]
        for _ in 0..<4 where frontier.count < 64 {
            var next: [String] = []
            for directory in frontier {
                walk(directory.isEmpty ? root : "\(root)/\(directory)", prefix: directory.isEmpty ? "" : "\(directory)/",
                     suffix: suffix, into: &found, descend: false, directories: &next)
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        let parts = frontier.concurrentMap { directory -> [String] in
            var files: [String] = []
            var unused: [String] = []
            walk("\(root)/\(directory)", prefix: "\(directory)/", suffix: suffix, into: &files, descend: true, directories: &unused)
            return files
        }
        return (found + parts.joined()).sorted()
    }

    /// readdir(3) walk: directory entries carry their type, so no file is stat'ed (a
    /// FileManager enumerator stats each one and builds a URL for it, ten times slower on a
    /// tree of thousands of files). Hidden directories are skipped; symbolic links are listed
    /// like files and not followed, as the enumerator did.
    private static func walk(_ directory: String, prefix: String, suffix: String, into out: inout [String],
                             descend: Bool, directories: inout [String]) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let (name, type) = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { (String(cString: $0), entry.pointee.d_type) }
            }
            if name == "." || name == ".." { continue }
            var isDirectory = Int32(type) == Int32(DT_DIR)
            if Int32(type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isDirectory = lstat("\(directory)/\(name)", &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isDirectory {
                if name.hasPrefix(".") { continue }
                if descend {
                    walk("\(directory)/\(name)", prefix: "\(prefix)\(name)/", suffix: suffix, into: &out,
                         descend: true, directories: &directories)
                } else {
                    directories.append(prefix + name)
                }
            } else if name.hasSuffix(suffix) {
                out.append(prefix + name)
            }
        }
    }

    public static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A fresh private directory under the system temporary directory.
    public static func makeTemporaryDirectory(prefix: String = "protopkg") throws -> String {
        let base = (NSTemporaryDirectory() as NSString).standardizingPath
        var template = Array("\(base)/\(prefix).XXXXXX".utf8CString)
        guard let p = mkdtemp(&template) else {
            throw ProtopkgError("cannot create a temporary directory: \(String(cString: strerror(errno)))")
        }
        return String(cString: p)
    }

    /// `path` joined to `base` when relative, normalized. A path with a `..` component goes
    /// through Foundation's `standardizingPath`, which resolves symbolic links so that `..`
    /// leaves the directory a link points to (a module reached through a link finds its
    /// `../common` beside the real directory). Any other path is normalized on the text: that
    /// resolution costs a readlink per component, and it ran for every file (a tenth of a
    /// lint of googleapis).
    public static func absolute(_ path: String, relativeTo base: String = FileManager.default.currentDirectoryPath) -> String {
        let path = path.hasPrefix("~") ? (path as NSString).expandingTildeInPath : path
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        if joined.split(separator: "/").contains("..") { return (joined as NSString).standardizingPath }
        return normalized(joined)
    }

    /// A path with `.` and empty components dropped and `..` taken back over the component
    /// before it (never above the root; kept at the start of a relative path).
    public static func normalized(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/") {
            if component == "." { continue }
            if component == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                    continue
                }
                if isAbsolute { continue }
            }
            parts.append(component)
        }
        let text = parts.joined(separator: "/")
        return isAbsolute ? "/" + text : (text.isEmpty ? "." : text)
    }

    /// `path` as seen from the directory `base` (both absolute): `proto/a.proto` below it,
    /// `../common/proto/a.proto` beside it, `.` for the directory itself.
    public static func relative(_ path: String, from base: String) -> String {
        let to = path.split(separator: "/")
        let from = base.split(separator: "/")
        var common = 0
        while common < to.count, common < from.count, to[common] == from[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
