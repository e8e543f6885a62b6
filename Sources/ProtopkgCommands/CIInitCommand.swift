import ArgumentParser
import ProtoModule
import ProtopkgBasics

struct CIInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a CI pipeline for an existing module; refuses to overwrite one.")

    @Argument(help: "The module directory (the repository root).") var directory: String = "."
    @Option(help: "github (.github/workflows/protopkg.yml), gitlab (.gitlab-ci.yml) or jenkins (Jenkinsfile).")
    var ci: CIProvider

    func run() throws {
        let dir = FileSystem.absolute(directory)
        let written = try ModuleInitializer.initializeCI(directory: dir, provider: ci)
        let terminal = Terminal.standard
        for path in written { terminal.print("created \(ModuleWorkspace.display("\(dir)/\(path)"))") }
        let fragment = (try? String(contentsOfFile: "\(dir)/build/protopkg.mk", encoding: .utf8)) ?? ""
        if ci == .jenkins && !fragment.contains("\nrelease-check:") {
            terminal.status("note: the Jenkinsfile runs `make -C build lint`, `release-check` and `publish`; this module's "
                            + "build/protopkg.mk has no release-check: replace it with the one `protopkg init` writes")
        }
        terminal.status(CICommand.setupNote(ci, try ModuleManifestFile.load(dir).manifest.name))
    }
}
