import ArgumentParser
import ProtoModule
import ProtoPackaging
import ProtopkgBasics

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a module: protopkg.yaml, a sample proto, build/ (Makefile, Dockerfile) and .gitignore.")

    @Argument(help: "The directory to create the module in (created if missing).")
    var directory: String

    @Option(help: "The module name, OWNER/NAME (lower-case letters, digits and hyphens).")
    var name: String

    func run() throws {
        let module = try ModuleName(name)
        let dir = FileSystem.absolute(directory)
        let written = try ModuleInitializer.initialize(directory: dir, name: module)
        let terminal = Terminal.standard
        for path in written { terminal.print("created \(ModuleWorkspace.display("\(dir)/\(path)"))") }
        terminal.status("next: edit \(ModuleTemplates.protoPath(module)), then `protopkg build \(directory)`")
    }
}
