import ArgumentParser
import CheckRunner
import ProtopkgBasics
import RegistryClient

struct VersionBumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bump", abstract: "Write the required version into protopkg.yaml, or tag HEAD with it (--tag).")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The previous release (default: the newest vX.Y.Z git tag).") var against: String?
    @Option(help: "The version of the --against release, when it does not say (a directory of .proto files, a descriptor set).")
    var previousVersion: String?
    @Flag(help: "Create the annotated git tag vX.Y.Z on HEAD instead of editing the manifest.") var tag = false
    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        let planner = VersionPlanner(toolchain: compilerOption.toolchain, registry: RegistryReleaseSource())
        let plan = try planner.plan(directory: directory, against: against,
                                    previousVersion: try VersionPlanner.previousVersion(previousVersion))
        let next = try plan.nextVersion()
        if tag {
            try planner.tag(next, module: plan.module)
            Terminal.standard.print("tagged v\(next)")
        } else {
            try planner.writeVersion(next, module: plan.module)
            Terminal.standard.print("version: \(next)")
        }
    }
}
