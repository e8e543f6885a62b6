import ArchiveKit
import Foundation
import ProtoBundle
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

/// Puts a verified bundle where builds read it: `.protopkg/deps/OWNER/NAME/` with `proto/`,
/// `gen/<lang>/` (and `gen/go/go.mod` from the Go module zip, so the directory is a usable Go
/// module), `protopkg.json` and, last, the `.digest` marker. Everything is written into a fresh
/// staging directory beside the target and swapped in with renames, so a build never sees half
/// a dependency. Every path is checked again before anything is written, whatever the archive
/// reader already refused.
public enum DependencyExtractor {
    public static func isInstalled(_ dependency: LockedDependency, at directory: String) -> Bool {
        let marker = try? String(contentsOfFile: "\(directory)/\(ModuleWorkspace.syncedDigestFile)", encoding: .utf8)
        return marker?.trimmingCharacters(in: .whitespacesAndNewlines) == dependency.digest
            && FileSystem.exists("\(directory)/\(BundleManifest.fileName)")
    }

    public static func install(_ bundle: BundleReader, as dependency: LockedDependency, into directory: String) throws {
        var files: [String: Data] = [:]
        for (path, data) in bundle.entries where path.hasPrefix("proto/") || path.hasPrefix("gen/") {
            files[path] = data
        }
        if let goMod = try goMod(in: bundle) { files["gen/go/go.mod"] = goMod }
        files[BundleManifest.fileName] = try bundle.manifest.encoded()
        try write(files, as: dependency, into: directory)
    }

    /// Writes `files` (relative path → bytes) as the dependency's directory, replacing it.
    public static func write(_ files: [String: Data], as dependency: LockedDependency, into directory: String) throws {
        let label = "\(dependency.name)@\(dependency.version)"
        let parent = (directory as NSString).deletingLastPathComponent
        let base = (directory as NSString).lastPathComponent
        try FileSystem.createDirectory(parent)
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = "\(parent)/.\(base).new-\(suffix)"
        defer { FileSystem.remove(staging) }
        try FileSystem.createDirectory(staging)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            try ArchiveReader.validate(path: path, archive: label)
            let target = ((staging + "/" + path) as NSString).standardizingPath
            guard target.hasPrefix(staging + "/"), path == BundleManifest.fileName || path.hasPrefix("proto/") || path.hasPrefix("gen/") else {
                throw ProtopkgError("the bundle of \(label) has an entry outside proto/ and gen/: \(path)", hint: "refusing to extract it")
            }
            try FileSystem.createDirectory((target as NSString).deletingLastPathComponent)
            guard FileManager.default.createFile(atPath: target, contents: data) else {
                throw ProtopkgError("cannot write file", at: ModuleWorkspace.display(target))
            }
        }
        try FileSystem.writeAtomically(Data((dependency.digest + "\n").utf8), to: "\(staging)/\(ModuleWorkspace.syncedDigestFile)")

        guard FileSystem.exists(directory) else {
            try move(staging, to: directory)
            return
        }
        let old = "\(parent)/.\(base).old-\(suffix)"
        try move(directory, to: old)
        do {
            try move(staging, to: directory)
        } catch {
            try? move(old, to: directory)
            throw error
        }
        FileSystem.remove(old)
    }

    /// Removes dependency directories that the lockfile no longer pins, and leftovers of
    /// interrupted syncs (the dot-named staging directories).
    public static func prune(_ folder: String, keeping lockfile: Lockfile) {
        let fm = FileManager.default
        let kept = Set(lockfile.deps.map(\.name.description))
        for owner in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] {
            let ownerDir = "\(folder)/\(owner)"
            guard FileSystem.isDirectory(ownerDir) else { continue }
            for name in (try? fm.contentsOfDirectory(atPath: ownerDir)) ?? [] where name.hasPrefix(".") || !kept.contains("\(owner)/\(name)") {
                FileSystem.remove("\(ownerDir)/\(name)")
            }
            if (try? fm.contentsOfDirectory(atPath: ownerDir))?.isEmpty == true { FileSystem.remove(ownerDir) }
        }
    }

    /// `go.mod` from the bundle's Go module zip (`MODULE@vX.Y.Z/go.mod`), if it has one.
    static func goMod(in bundle: BundleReader) throws -> Data? {
        guard let zip = bundle.artifacts.first(where: { $0.key.hasPrefix("go/") && $0.key.hasSuffix(".zip") })?.value else {
            return nil
        }
        let entries = try ArchiveReader.read(zip, name: "the Go module zip of \(bundle.manifest.name)@\(bundle.manifest.version)")
        return entries.first { entry in
            let parts = entry.path.split(separator: "/")
            return parts.count >= 2 && parts.last == "go.mod" && parts.dropLast().joined(separator: "/").contains("@")
                && entries.allSatisfy { $0.path.hasPrefix(parts.dropLast().joined(separator: "/") + "/") }
        }?.data
    }

    private static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw ProtopkgError("cannot move \(ModuleWorkspace.display(from)) into place: \(String(cString: strerror(errno)))",
                                at: ModuleWorkspace.display(to))
        }
    }
}
