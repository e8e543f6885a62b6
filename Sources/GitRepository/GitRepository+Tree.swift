import CGit2
import Foundation
import ProtopkgBasics

extension GitRepository {
    /// Every blob under `directory` (relative to the repository root; "" for all) at `revision`,
    /// keyed by path relative to `directory`, read from the object database: the work tree and
    /// the index are not touched.
    public func files(at revision: String, under directory: String) throws -> [String: Data] {
        let commit = try resolveCommit(revision)
        var object: OpaquePointer?
        let spec = directory.isEmpty ? "\(commit)^{tree}" : "\(commit):\(directory)"
        let rc = git_revparse_single(&object, handle, spec)
        if rc == GIT_ENOTFOUND.rawValue { return [:] }
        try Self.check(rc, "find \(directory.isEmpty ? "the tree" : directory) at \(revision)")
        defer { git_object_free(object) }
        guard git_object_type(object) == GIT_OBJECT_TREE else {
            throw ProtopkgError("\(directory) is not a directory at \(revision)")
        }
        final class Walk { var entries: [(String, git_oid)] = [] }
        let walk = Walk()
        let context = Unmanaged.passRetained(walk)
        defer { context.release() }
        try Self.check(git_tree_walk(object, GIT_TREEWALK_PRE, { root, entry, payload in
            guard let entry, git_tree_entry_type(entry) == GIT_OBJECT_BLOB else { return 0 }
            let walk = Unmanaged<Walk>.fromOpaque(payload!).takeUnretainedValue()
            let path = String(cString: root!) + String(cString: git_tree_entry_name(entry))
            walk.entries.append((path, git_tree_entry_id(entry).pointee))
            return 0
        }, context.toOpaque()), "walk the tree at \(revision)")
        var out: [String: Data] = [:]
        for (path, oid) in walk.entries {
            var id = oid
            var blob: OpaquePointer?
            try Self.check(git_blob_lookup(&blob, handle, &id), "read \(path) at \(revision)")
            defer { git_blob_free(blob) }
            let size = Int(git_blob_rawsize(blob))
            out[path] = size == 0 ? Data() : Data(bytes: git_blob_rawcontent(blob), count: size)
        }
        return out
    }

    /// Creates the annotated tag `name` on HEAD, signed by the repository's configured identity
    /// (else a protopkg one). Refuses an existing tag.
    public func createAnnotatedTag(_ name: String, message: String) throws {
        guard let commit = try headCommit() else {
            throw ProtopkgError("the repository has no commit to tag", at: workdir, hint: "commit first")
        }
        var object: OpaquePointer?
        try Self.check(git_revparse_single(&object, handle, commit), "find HEAD")
        defer { git_object_free(object) }
        var signature: UnsafeMutablePointer<git_signature>?
        if git_signature_default(&signature, handle) < 0 {
            try Self.check(git_signature_now(&signature, "protopkg", "protopkg@localhost"), "make a signature")
        }
        defer { git_signature_free(signature) }
        var oid = git_oid()
        let rc = git_tag_create(&oid, handle, name, object, signature, message, 0)
        if rc == GIT_EEXISTS.rawValue {
            throw ProtopkgError("the tag \(name) exists already", at: workdir, hint: "versions are immutable: bump to a new version")
        }
        try Self.check(rc, "create the tag \(name)")
    }
}
