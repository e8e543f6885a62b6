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
    @Option(help: "The version of the --against release, when it does not say (a directory of .proto files, a descriptor set).")
    var previousVersion: String?
    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        let planner = VersionPlanner(toolchain: compilerOption.toolchain, registry: RegistryReleaseSource())
        let plan = try planner.plan(directory: directory, against: against,
                                    previousVersion: try VersionPlanner.previousVersion(previousVersion))
        _ = try plan.nextVersion()
        let declared = try planner.declaredVersion(plan.module)
        let d = plan.decision
        guard d.accepts(declared) else {
            throw ProtopkgError("version \(declared) is lower than the change requires (\(d.impact.rawValue), a \(d.bump.rawValue) bump): \(d.next) or higher",
                                at: plan.module.workspace.configDisplayPath,
                                hint: "run `protopkg version bump` to set \(d.next); the changes:\n  " + d.reasons.joined(separator: "\n  "))
        }
        Terminal.standard.print("ok: \(declared) satisfies the change (\(d.impact.rawValue), a \(d.bump.rawValue) bump; requires \(d.next) or higher)")
    }
}
