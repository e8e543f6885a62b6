import Foundation
import ProtopkgBasics

/// What `--against` names: a module directory, a descriptor set (`.binpb`), a bundle
/// (`.protopkg.tgz`), or `git:REV` in the repository holding the module.
public enum AgainstReference: Equatable, Sendable {
    case directory(String)
    case descriptorSet(String)
    case bundle(String)
    case git(String)

    public static func parse(_ text: String) throws -> AgainstReference {
        if text.hasPrefix("git:") {
            let rev = String(text.dropFirst(4))
            guard !rev.isEmpty else {
                throw ProtopkgError("--against git: needs a revision", hint: "for example --against git:main or --against git:v1.2.0")
            }
            return .git(rev)
        }
        if text.hasPrefix("registry:") {
            throw ProtopkgError("--against \(text): comparing with a registry version needs the registry client, which is not built yet",
                                hint: "compare with the release's bundle (--against dist/OWNER-NAME-VERSION.protopkg.tgz) or a git tag (--against git:vX.Y.Z)")
        }
        let path = FileSystem.absolute(text)
        if FileSystem.isDirectory(path) { return .directory(path) }
        guard FileSystem.exists(path) else {
            throw ProtopkgError("--against \(text) does not exist",
                                hint: "give a module directory, a .binpb descriptor set, a .protopkg.tgz bundle, or git:REV")
        }
        if text.hasSuffix(".protopkg.tgz") || text.hasSuffix(".tgz") || text.hasSuffix(".tar.gz") { return .bundle(path) }
        return .descriptorSet(path)
    }
}
