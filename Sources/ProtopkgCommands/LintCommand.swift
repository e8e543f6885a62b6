import ArgumentParser
import CheckRunner
import ProtopkgBasics

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check the module against its lint rules (buf's rules and IDs).")

    @Argument(help: "The module: a directory with protopkg.yaml, buf.yaml or buf.work.yaml, a module directory of a buf workspace, or any directory of .proto files.")
    var directory: String = "."

    @Option(help: "text, json, github-actions or gitlab-code-quality.")
    var errorFormat: ErrorFormat = .text

    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        let module = try FindingsOutput.checking(format: errorFormat) { try CheckedModule.load(directory, toolchain: compilerOption.toolchain) }
        CheckedModule.keepUntilExit(module)
        FindingsOutput.warn(ModuleChecks.deprecations(module, kind: "lint"))
        try FindingsOutput.finish(try ModuleChecks.lint(module), format: errorFormat)
    }
}
