import ArgumentParser
import CheckRunner
import ProtopkgBasics
import RegistryClient

struct VersionBumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bump", abstract: "Write the required version into protopkg.yaml, or tag HEAD with it (--tag).")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The previous release (default: the newest vX.Y.Z git tag).") var against: String?
    @Flag(help: "Create the annotated git tag vX.Y.Z on HEAD instead of editing the manifest.") var tag = false

    func run() throws {
        let planner = VersionPlanner(registry: RegistryReleaseSource())
        let plan = try planner.plan(directory: directory, against: against)
        let next = plan.decision.next
        if tag {
            try planner.tag(next, module: plan.module)
            Terminal.standard.print("tagged v\(next)")
        } else {
            try planner.writeVersion(next, module: plan.module)
            Terminal.standard.print("version: \(next)")
        }
    }
}
