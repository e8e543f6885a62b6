import ArgumentParser
import CodeGen
import Foundation
import ProtopkgBasics
import RegistryClient

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Build and publish the module (or, with --all, every module under a root in dependency order); the registry refuses a version that does not match the change.")

    @Argument(help: "The module directory; with --all, the root to search for modules.") var directory: String = "."
    @Option(help: "The registry URL (default: the manifest's `registry`).") var registry: String?
    @Flag(help: "Ask the registry whether it would accept the version, without publishing.") var dryRun = false
    @Flag(help: "Publish every module under the directory, dependencies first, skipping versions published with identical content; exit 1 if any is refused.")
    var all = false
    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        if all { return try publishAll() }
        let terminal = Terminal.standard
        let status = { terminal.status(terminal.dim($0)) }
        let module = try ModulePreparation.prepare(directory: directory, registry: registry, progress: status)
        let url = try RegistryLocation.url(registry, manifest: module.workspace.manifest)
        let api = RegistryAPI(baseURL: url, token: try CredentialStore.resolveToken(registry: url))
        let progress = ProgressLine(terminal: terminal, label: "uploading")
        let result = try Publisher(api: api, builder: ModuleBuilder(toolchain: compilerOption.toolchain, progress: status))
            .publish(module.workspace, dryRun: dryRun, progress: progress.callback)
        progress.finish()
        switch result {
        case .published(let label): terminal.print("published \(label) to \(url)")
        case .alreadyPublished(let label): terminal.print("\(label) is already published with the same content: nothing to do")
        case .wouldBeAccepted(let label): terminal.print("\(label) would be accepted by \(url) (dry run)")
        }
    }

    func publishAll() throws {
        let terminal = Terminal.standard
        let status = { terminal.status(terminal.dim($0)) }
        let plan = PublishPlan(modules: try PublishPlan.discover(root: directory))
        let step = MonorepoPublisher.registryStep(registry: registry, dryRun: dryRun, builder: ModuleBuilder(toolchain: compilerOption.toolchain, progress: status),
                                                  progress: status)
        let entries = MonorepoPublisher.run(plan, step: step, progress: status)
        terminal.print(MonorepoPublisher.summary(entries, dryRun: dryRun))
        if MonorepoPublisher.anyRefused(entries) { throw FindingsFailure(status: .error) }
    }
}
