import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Runs a protoc-compatible driver on a descriptor set given with `--descriptor_set_in`,
/// collecting whatever it writes into the output directories.
enum ProtocPluginRun {
    static func run(executable: String, leadingArguments: [String] = [], set: Google_Protobuf_FileDescriptorSet,
                    files: [String], outputArguments: (String) -> [String], tool: String) throws -> GeneratedFiles {
        let scratch = try FileSystem.makeTemporaryDirectory(prefix: "protopkg-gen")
        defer { FileSystem.remove(scratch) }
        let input = "\(scratch)/in.binpb", out = "\(scratch)/out"
        try FileSystem.createDirectory(out)
        try FileSystem.writeAtomically(try set.serializedBytes(), to: input)
        var args = ["--descriptor_set_in=\(input)"] + outputArguments(out) + files
        let argFile = "\(scratch)/args.txt"
        try FileSystem.writeAtomically(Data(args.joined(separator: "\n").utf8), to: argFile)
        args = leadingArguments + ["@\(argFile)"]
        let result = try ProcessRunner.run(executable, args)
        guard result.status == 0 else {
            throw ProtopkgError("\(tool) failed: \(result.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))",
                                hint: "check that \(tool) is installed and matches the protoc in use")
        }
        return .loading(from: out)
    }
}
