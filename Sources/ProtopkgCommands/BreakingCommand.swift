import ArgumentParser
import CheckRunner
import ProtopkgBasics
import RegistryClient

struct BreakingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breaking", abstract: "Find the changes that break consumers, compared with a previous version.")

    @Argument(help: "The module directory.")
    var directory: String = "."

    @Option(help: "The previous version: a directory, a .binpb descriptor set, a .protopkg.tgz bundle, git:REV, or registry:VERSION|latest.")
    var against: String

    @Option(help: "text, json, github-actions or gitlab-code-quality.")
    var errorFormat: ErrorFormat = .text

    func run() throws {
        let reference = try AgainstReference.parse(against)
        let (module, previous) = try CheckedModule.loadWithPrevious(directory, against: reference,
                                                                      registry: RegistryReleaseSource())
        CheckedModule.keepUntilExit(module, previous.schema)
        try FindingsOutput.finish(try ModuleChecks.breaking(module, against: previous), format: errorFormat)
    }
}
