import ArgumentParser
import CheckRunner
import ProtopkgBasics

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check the module against its lint rules (buf's rules and IDs).")

    @Argument(help: "The module directory.")
    var directory: String = "."

    @Option(help: "text, json, github-actions or gitlab-code-quality.")
    var errorFormat: ErrorFormat = .text

    func run() throws {
        let module = try CheckedModule.load(directory)
        CheckedModule.keepUntilExit(module)
        try FindingsOutput.finish(try ModuleChecks.lint(module), format: errorFormat)
    }
}
