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
            // The stat calls are most of the time: both cores share them.
            let stamps = Self.stamps(module.sourcePaths())
            for (file, stamp) in zip(module.files, stamps) {
                builder.add(file)
                guard var stamp else {
                    builder.add("missing")
                    continue
                }
                withUnsafeBytes(of: &stamp) { builder.add($0) }
                if settled && !stamp.isSettled(now: now) { settled = false }
            }
        }
        digest = builder.finalize()
        self.settled = settled
    }

    static func stamps(_ paths: [String?]) -> [FileDigestCache.Stamp?] {
        paths.concurrentMap { $0.flatMap { FileDigestCache.Stamp($0) } }
    }
}
