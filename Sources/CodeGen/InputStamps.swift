import Foundation
import ProtoModule
import ProtopkgBasics

/// The quick half of the no-op check: one digest of every input's stat stamp (the manifests'
/// bytes, and each source file's path, size, times and inode, for the module and its
/// dependencies). When it equals the last build's and no input changed in the last two seconds,
/// nothing is read or hashed; otherwise the build falls back to the content fingerprint.
struct InputStamps {
    let digest: String
    /// No input changed recently enough for a later write to keep its stamp.
    let settled: Bool

    init(_ ws: ModuleWorkspace, settings: String, now: Double) {
        var builder = DigestBuilder()
        builder.add(settings)
        var settled = true
        for module in [ws] + ws.dependencies {
            builder.add(module.directory)
            builder.add(module.manifestData)
            var absoluteRoots: [String: String] = [:]
            for file in module.files {
                builder.add(file)
                guard let root = module.rootOfFile[file] else { continue }
                let absolute = absoluteRoots[root] ?? FileSystem.absolute(root, relativeTo: module.directory)
                absoluteRoots[root] = absolute
                guard let stamp = FileDigestCache.stamp("\(absolute)/\(file)") else {
                    builder.add("missing")
                    continue
                }
                builder.add(stamp.text)
                if settled && !FileDigestCache.isSettled(stamp, now: now) { settled = false }
            }
        }
        digest = builder.finalize()
        self.settled = settled
    }
}
