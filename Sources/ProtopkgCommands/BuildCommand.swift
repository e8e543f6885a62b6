import ArgumentParser
import CodeGen
import Foundation
import ProtopkgBasics
import RegistryClient

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the module's targets into DIST: the bundle, the descriptor set, a wheel, a Go module zip.")

    @Argument(help: "The module directory.")
    var directory: String = "."

    @Option(name: .long, help: "The output directory (default: DIR/dist).")
    var out: String?

    @Option(name: .long, help: "Build only this target of the manifest (python, go, descriptor); repeatable.")
    var target: [String] = []

    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        let terminal = Terminal.standard
        let progress = { terminal.status(terminal.dim($0)) }
        let module = try ModulePreparation.prepare(directory: directory, progress: progress)
        if let fetched = module.fetched {
            terminal.status(terminal.dim("fetched \(fetched.lockfile.deps.count) registry dependencies"))
        }
        let report = try ModuleBuilder(toolchain: compilerOption.toolchain, progress: progress).build(module.workspace, out: out, only: target)
        let state = report.upToDate ? "up to date" : "built"
        terminal.print("\(terminal.bold(state)) version \(report.version) (from \(report.versionSource))")
        for line in report.outputs { terminal.print("  \(line)") }
        if !report.upToDate {
            let regenerated = report.regenerated.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            if !regenerated.isEmpty {
                terminal.status(terminal.dim("regenerated files per target: " + regenerated.joined(separator: ", ")))
            }
        }
    }
}
