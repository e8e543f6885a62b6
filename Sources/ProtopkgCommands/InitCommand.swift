import ArgumentParser
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

extension CIProvider: ExpressibleByArgument {}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a module: protopkg.yaml, a sample proto, build/ (Makefile, Dockerfile), .gitignore and, with --ci, a CI pipeline.")

    @Argument(help: "The directory to create the module in (created if missing).")
    var directory: String

    @Option(help: "The module name, OWNER/NAME (lower-case letters, digits and hyphens).")
    var name: String

    @Option(help: "Also write a CI pipeline: github (.github/workflows/protopkg.yml), gitlab (.gitlab-ci.yml) or jenkins (Jenkinsfile).")
    var ci: CIProvider?

    func run() throws {
        let module = try ModuleName(name)
        let dir = FileSystem.absolute(directory)
        let written = try ModuleInitializer.initialize(directory: dir, name: module, ci: ci)
        let terminal = Terminal.standard
        for path in written { terminal.print("created \(ModuleWorkspace.display("\(dir)/\(path)"))") }
        terminal.status("next: edit \(ModuleTemplates.protoPath(module)), then `protopkg build \(directory)`")
        if let ci { terminal.status(CICommand.setupNote(ci, module)) }
    }
}
