import CGit2
import Foundation
import ProtopkgBasics

/// A git repository read through libgit2: never through the `git` command, never touching
/// the work tree.
public final class GitRepository {
    private static let initialise: Void = { git_libgit2_init(); return () }()

    let handle: OpaquePointer
    /// The work tree's root, with a trailing slash removed; nil for a bare repository.
    public let workdir: String?

    private init(handle: OpaquePointer) {
        self.handle = handle
        workdir = git_repository_workdir(handle).map { String(cString: $0) }.map {
            $0.hasSuffix("/") ? String($0.dropLast()) : $0
        }
    }

    deinit { git_repository_free(handle) }

    /// The repository containing `path`, searching upwards; nil when `path` is in none.
    public static func discover(from path: String) throws -> GitRepository? {
        // Outside any repository, say so without loading libgit2: starting it takes 7 ms or more.
        guard mayBeInRepository(path) else { return nil }
        _ = initialise
        var repo: OpaquePointer?
        let rc = git_repository_open_ext(&repo, path, 0, nil)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "open the git repository at \(path)")
        return GitRepository(handle: repo!)
    }

    /// False only when neither `path` nor any directory above it holds a `.git` or looks like a
    /// bare repository (`HEAD`, `objects`, `refs`), so libgit2's upward search could find nothing.
    static func mayBeInRepository(_ path: String) -> Bool { GitHead.gitDirectory(above: path) != nil }

    /// The commit HEAD points at, or nil when the branch has no commit yet.
    public func headCommit() throws -> String? {
        var oid = git_oid()
        let rc = git_reference_name_to_id(&oid, handle, "HEAD")
        if rc == GIT_ENOTFOUND.rawValue || rc == GIT_EUNBORNBRANCH.rawValue { return nil }
        try Self.check(rc, "read HEAD")
        return Self.hex(oid)
    }

    /// Resolves any revision libgit2 understands (`v1.2.0`, `main`, `HEAD~3`) to a commit id.
    public func resolveCommit(_ revision: String) throws -> String {
        var object: OpaquePointer?
        let rc = git_revparse_single(&object, handle, "\(revision)^{commit}")
        if rc == GIT_ENOTFOUND.rawValue || rc == GIT_EAMBIGUOUS.rawValue || rc == GIT_EINVALIDSPEC.rawValue {
            throw ProtopkgError("git revision \"\(revision)\" does not exist", at: workdir,
                                hint: "use a tag, a branch or a commit of this repository (see `git log`, `git tag`)")
        }
        try Self.check(rc, "resolve \(revision)")
        defer { git_object_free(object) }
        return Self.hex(git_object_id(object).pointee)
    }

    /// Every tag with the commit it points at (annotated tags peeled).
    public func tags() throws -> [(name: String, commit: String)] {
        var names = git_strarray()
        try Self.check(git_tag_list(&names, handle), "list tags")
        defer { git_strarray_dispose(&names) }
        var out: [(String, String)] = []
        for i in 0..<names.count {
            guard let cName = names.strings[i] else { continue }
            let name = String(cString: cName)
            if let commit = try? resolveCommit("refs/tags/\(name)") { out.append((name, commit)) }
        }
        return out
    }

    /// Whether tracked files were changed or untracked, unignored files exist under `subdirectory`
    /// (a file or directory relative to the work tree; nil means the whole tree).
    /// `counts` picks the paths (relative to the work tree) that matter; by default, all.
    public func isDirty(under subdirectory: String? = nil, counting counts: (String) -> Bool = { _ in true }) throws -> Bool {
        var options = git_status_options()
        try Self.check(git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)), "prepare status")
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_STATUS_OPT_EXCLUDE_SUBMODULES.rawValue
        var list: OpaquePointer?
        if let subdirectory, !subdirectory.isEmpty, subdirectory != "." {
            let spec = strdup(subdirectory)
            defer { free(spec) }
            var specs: UnsafeMutablePointer<CChar>? = spec
            try withUnsafeMutablePointer(to: &specs) { p in
                options.pathspec = git_strarray(strings: p, count: 1)
                try Self.check(git_status_list_new(&list, handle, &options), "read the work tree status")
            }
        } else {
            try Self.check(git_status_list_new(&list, handle, &options), "read the work tree status")
        }
        defer { git_status_list_free(list) }
        for i in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, i)?.pointee else { continue }
            for delta in [entry.head_to_index, entry.index_to_workdir] {
                guard let delta = delta?.pointee else { continue }
                for path in [delta.old_file.path, delta.new_file.path] {
                    if let path, counts(String(cString: path)) { return true }
                }
            }
        }
        return false
    }

    /// `path` relative to the work tree, or nil when it lies outside it.
    public func relativePath(of path: String) -> String? {
        guard let workdir else { return nil }
        let absolute = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: workdir).resolvingSymlinksInPath().path
        if absolute == root { return "" }
        guard absolute.hasPrefix(root + "/") else { return nil }
        return String(absolute.dropFirst(root.count + 1))
    }

    static func hex(_ oid: git_oid) -> String {
        var copy = oid
        return String(cString: git_oid_tostr_s(&copy))
    }

    static func check(_ rc: Int32, _ what: String) throws {
        guard rc < 0 else { return }
        let detail = git_error_last().map { String(cString: $0.pointee.message) } ?? "error \(rc)"
        throw ProtopkgError("git: cannot \(what): \(detail)")
    }
}
