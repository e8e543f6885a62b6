import ArgumentParser
import CheckRunner
import ProtopkgBasics
import RegistryClient

struct BreakingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breaking", abstract: "Find the changes that break consumers, compared with a previous version.")

    @Argument(help: "The module: a directory with protopkg.yaml, buf.yaml or buf.work.yaml, a module directory of a buf workspace, or any directory of .proto files.")
    var directory: String = "."

    @Option(help: "The previous version: a directory (any directory of .proto files), a .binpb descriptor set, a .protopkg.tgz bundle, git:REV, or registry:VERSION|latest.")
    var against: String

    @Option(help: "text, json, github-actions or gitlab-code-quality.")
    var errorFormat: ErrorFormat = .text

    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        let reference = try AgainstReference.parse(against)
        let (module, previous) = try FindingsOutput.checking(format: errorFormat) {
            try CheckedModule.loadWithPrevious(directory, against: reference, toolchain: compilerOption.toolchain,
                                              registry: RegistryReleaseSource(), use: .breaking)
        }
        CheckedModule.keepUntilExit(module, previous.schema)
        FindingsOutput.warn(ModuleChecks.deprecations(module, kind: "breaking"))
        try FindingsOutput.finish(try ModuleChecks.breaking(module, against: previous), format: errorFormat)
    }
}
