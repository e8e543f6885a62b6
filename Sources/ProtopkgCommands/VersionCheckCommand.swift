import ArgumentParser
import CheckRunner
import ProtoModule
import ProtopkgBasics
import RegistryClient

struct VersionCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Fail when the declared version is lower than the change requires.")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The previous release (default: the newest vX.Y.Z git tag).") var against: String?

    func run() throws {
        let planner = VersionPlanner(registry: RegistryReleaseSource())
        let plan = try planner.plan(directory: directory, against: against)
        let declared = try planner.declaredVersion(plan.module)
        let d = plan.decision
        guard d.accepts(declared) else {
            throw ProtopkgError("version \(declared) is lower than the \(d.bump.rawValue) bump the change requires: \(d.next) or higher",
                                at: ModuleWorkspace.display("\(plan.module.workspace.directory)/\(plan.module.workspace.manifestFile)"),
                                hint: "run `protopkg version bump` to set \(d.next); the changes:\n  " + d.reasons.joined(separator: "\n  "))
        }
        Terminal.standard.print("ok: \(declared) satisfies the change (\(d.bump.rawValue); requires \(d.next) or higher)")
    }
}
