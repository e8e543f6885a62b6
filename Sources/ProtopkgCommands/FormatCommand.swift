import ArgumentParser
import CodeGen
import Foundation
import ProtopkgBasics

struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format",
        abstract: "Format .proto files in buf format's layout (prints them unless --diff or --write).")

    @Argument(help: "A directory of .proto files, or one .proto file.")
    var path: String = "."

    @Flag(name: .shortAndLong, help: "Print a unified diff instead of the formatted files.")
    var diff = false

    @Flag(name: .shortAndLong, help: "Rewrite the files in place.")
    var write = false

    @Flag(help: "Exit with status 100 when any file is not formatted.")
    var exitCode = false

    func run() throws {
        let files = try SourceFormatter.format(path)
        if diff {
            for file in files where file.changed { FileHandle.standardOutput.write(Data(file.unifiedDiff().utf8)) }
        } else if !write {
            for file in files { FileHandle.standardOutput.write(Data(file.formatted)) }
        }
        if write { try SourceFormatter.write(files) }
        if exitCode && files.contains(where: \.changed) { throw FindingsFailure(status: .findings) }
    }
}
