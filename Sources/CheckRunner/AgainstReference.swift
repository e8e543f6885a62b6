import Foundation
import ProtoPackaging
import ProtopkgBasics

/// What `--against` names: a module directory, a descriptor set (`.binpb`), a bundle
/// (`.protopkg.tgz`), `git:REV` in the repository holding the module, or `registry:VERSION`
/// (`registry:latest`: the newest non-yanked version) of the module in its registry.
public enum AgainstReference: Equatable, Sendable {
    case directory(String)
    case descriptorSet(String)
    case bundle(String)
    case git(String)
    /// An exact version, or `latest`.
    case registry(String)

    public static func parse(_ text: String) throws -> AgainstReference {
        if text.hasPrefix("git:") {
            let rev = String(text.dropFirst(4))
            guard !rev.isEmpty else {
                throw ProtopkgError("--against git: needs a revision", hint: "for example --against git:main or --against git:v1.2.0")
            }
            return .git(rev)
        }
        if text.hasPrefix("registry:") {
            let version = String(text.dropFirst("registry:".count))
            guard version == "latest" || (try? SemVer(version)) != nil else {
                throw ProtopkgError("--against \(text): give an exact version or latest",
                                    hint: "for example --against registry:1.2.0 or --against registry:latest")
            }
            return .registry(version)
        }
        let path = FileSystem.absolute(text)
        if FileSystem.isDirectory(path) { return .directory(path) }
        guard FileSystem.exists(path) else {
            throw ProtopkgError("--against \(text) does not exist",
                                hint: "give a module directory, a .binpb descriptor set, a .protopkg.tgz bundle, git:REV, or registry:VERSION|latest")
        }
        if text.hasSuffix(".protopkg.tgz") || text.hasSuffix(".tgz") || text.hasSuffix(".tar.gz") { return .bundle(path) }
        return .descriptorSet(path)
    }
}
