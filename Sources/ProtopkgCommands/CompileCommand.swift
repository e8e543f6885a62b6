import ArgumentParser
import Foundation
import ProtoCompiler
import ProtoModule
import ProtopkgBasics

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile the module's .proto files into a descriptor set (like protoc --descriptor_set_out).")

    @Argument(help: "The module directory.")
    var directory: String = "."

    @Option(name: .shortAndLong, help: "The descriptor set to write (FILE.binpb).")
    var output: String

    @Flag(help: "Include every imported file, so the set is self-contained.")
    var includeImports = false

    @Flag(help: "Keep source locations and comments.")
    var includeSourceInfo = false

    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        let ws = try ModuleWorkspace.load(directory)
        let frontEnd = try compilerOption.toolchain.frontEnd()
        let result = try frontEnd.compile(CompileRequest(sources: try ws.importResolvers(), files: ws.files,
                                                         includeSourceInfo: includeSourceInfo))
        let bytes = try result.serialized(includeImports: includeImports, includeSourceInfo: includeSourceInfo)
        try FileSystem.writeAtomically(bytes, to: FileSystem.absolute(output))
        Terminal.standard.status("wrote \(output) (\(bytes.count) bytes)")
    }
}
