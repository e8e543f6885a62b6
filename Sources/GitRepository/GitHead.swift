import Foundation
import ProtopkgBasics

/// Where HEAD stands, read from the repository's files without libgit2, for the no-op build:
/// loading and starting libgit2 alone takes about 8 ms (it parses the system's CA bundle), and
/// its status of a large tree about 40 ms more. The answer is a key that changes whenever HEAD
/// moves or the index is written, so a build can tell that nothing git knows about has changed
/// since the last one. Anything this reader does not understand (a reftable repository, a HEAD
/// it cannot parse, an index written moments ago) is `.unreadable`: ask libgit2.
public enum GitHead: Equatable, Sendable {
    /// Neither the path nor any directory above it holds a repository.
    case outside
    /// HEAD's commit ("unborn" before the first one) and the index file's stat stamp.
    case at(String)
    case unreadable

    public static func read(from path: String, now: Double = Date().timeIntervalSince1970) -> GitHead {
        guard let gitDir = gitDirectory(above: path) else { return .outside }
        let common = commonDirectory(gitDir)
        guard let head = text(gitDir + "/HEAD"), let commit = resolve(head, common: common, depth: 0) else {
            return .unreadable
        }
        var index = "-"
        if let stamp = FileDigestCache.Stamp(gitDir + "/index") {
            // A write in the same instant could leave the same stamp: only trust a settled index.
            guard stamp.isSettled(now: now) else { return .unreadable }
            index = stamp.text
        }
        return .at("\(commit) \(index)")
    }

    /// The git directory of the repository holding `path`, found as libgit2 finds it: a `.git`
    /// directory, a `.git` file naming one (linked work trees, submodules), or a bare repository.
    static func gitDirectory(above path: String) -> String? {
        var dir = FileSystem.absolute(path, relativeTo: FileManager.default.currentDirectoryPath)
        while true {
            let dotGit = dir == "/" ? "/.git" : dir + "/.git"
            if FileSystem.isDirectory(dotGit) { return dotGit }
            if FileSystem.exists(dotGit) {
                guard let line = text(dotGit), line.hasPrefix("gitdir: ") else { return dotGit }
                let target = String(line.dropFirst("gitdir: ".count))
                return FileSystem.absolute(target, relativeTo: dir)
            }
            if FileSystem.exists(dir + "/HEAD") && FileSystem.isDirectory(dir + "/objects") && FileSystem.isDirectory(dir + "/refs") {
                return dir
            }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return nil }
            dir = parent
        }
    }

    /// Where the shared refs live: the main repository's git directory for a linked work tree.
    private static func commonDirectory(_ gitDir: String) -> String {
        guard let common = text(gitDir + "/commondir") else { return gitDir }
        return FileSystem.absolute(common, relativeTo: gitDir)
    }

    /// The commit a HEAD or ref file's content points at; "unborn" for a branch with no commit
    /// yet; nil for what only libgit2 should judge.
    private static func resolve(_ content: String, common: String, depth: Int) -> String? {
        if isObjectID(content) { return content }
        guard content.hasPrefix("ref: "), depth < 5 else { return nil }
        let ref = String(content.dropFirst("ref: ".count))
        // Reftable repositories keep this placeholder in HEAD; their refs are not files.
        guard ref.hasPrefix("refs/"), !ref.contains(".."), ref != "refs/heads/.invalid" else { return nil }
        if let loose = text(common + "/" + ref) { return resolve(loose, common: common, depth: depth + 1) }
        if FileSystem.isDirectory(common + "/" + ref) { return nil }
        // A repository with many tags has a large packed-refs: look for the one line, "ID REF".
        if let packed = text(common + "/packed-refs").map({ "\n" + $0 + "\n" }),
           let found = packed.range(of: " " + ref + "\n") {
            let id = packed[packed[..<found.lowerBound].lastIndex(of: "\n").map(packed.index(after:))!..<found.lowerBound]
            return isObjectID(String(id)) ? String(id) : nil
        }
        return "unborn"
    }

    private static func isObjectID(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }

    /// A small file's content without its trailing newline; nil when it cannot be read.
    private static func text(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else { return nil }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
