import Foundation
import ProtoModule
import ProtopkgBasics

/// Puts a build's artifacts into the output directory: everything is first written to a staging
/// directory beside it, then each file is renamed into place. Nothing reaches the output
/// directory unless every artifact was written.
struct OutputDirectory {
    let path: String

    /// Returns the absolute paths written, in the order given.
    func replace(with artifacts: [(String, Data)]) throws -> [String] {
        let parent = (path as NSString).deletingLastPathComponent
        try FileSystem.createDirectory(parent)
        let staging = "\(parent)/.\((path as NSString).lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)"
        FileSystem.remove(staging)
        defer { FileSystem.remove(staging) }
        do {
            for (rel, data) in artifacts { try FileSystem.writeAtomically(data, to: "\(staging)/\(rel)") }
        } catch {
            throw ProtopkgError("cannot write the build's output beside \(ModuleWorkspace.display(path)): \(error)",
                                hint: "check that \(ModuleWorkspace.display(parent)) is writable and the disk is not full")
        }
        try FileSystem.createDirectory(path)
        for (rel, _) in artifacts {
            try FileSystem.createDirectory(("\(path)/\(rel)" as NSString).deletingLastPathComponent)
        }
        var written: [String] = []
        for (rel, _) in artifacts {
            let target = "\(path)/\(rel)"
            guard rename("\(staging)/\(rel)", target) == 0 else {
                throw ProtopkgError("cannot move \(rel) into \(ModuleWorkspace.display(path)): \(String(cString: strerror(errno)))")
            }
            written.append(target)
        }
        return written
    }
}
