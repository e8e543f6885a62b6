import ArgumentParser
import CheckRunner
import Foundation
import ProtoChecks
import ProtopkgBasics
import RegistryClient

struct VersionNextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Print the version the change requires, then why.")

    @Argument(help: "The module directory (any directory of .proto files).") var directory: String = "."
    @Option(help: "The previous release (default: the newest vX.Y.Z git tag).") var against: String?
    @Option(help: "The version of the --against release, when it does not say (a directory of .proto files, a descriptor set).")
    var previousVersion: String?
    @Option(help: "text or json.") var format: String = "text"

    @OptionGroup var compilerOption: CompilerOption

    func run() throws {
        let plan = try VersionPlanner(toolchain: compilerOption.toolchain, registry: RegistryReleaseSource())
            .plan(directory: directory, against: against, previousVersion: try VersionPlanner.previousVersion(previousVersion))
        let d = plan.decision
        let terminal = Terminal.standard
        let hint = "hint: the version of \(plan.against ?? "the reference") is unknown; pass --previous-version X.Y.Z "
            + "to get the next version (below 1.0.0 a breaking change moves the minor number, an addition the patch)"
        if format == "json" {
            terminal.print(try VersionReport.json(d, against: plan.against, previousVersionUnknown: plan.previousVersionUnknown))
            if plan.previousVersionUnknown { FileHandle.standardError.write(Data((hint + "\n").utf8)) }
            return
        }
        if plan.previousVersionUnknown, let against = plan.against {
            terminal.print("\(d.bump.rawValue) bump: \(Self.describe(d.impact)) (compared with \(against), whose version is unknown)")
        } else if let against = plan.against {
            terminal.print(d.next.description)
            terminal.print("\(d.bump.rawValue) bump from \(d.previous.map { "\($0)" } ?? "?"): \(Self.describe(d.impact)) (compared with \(against))")
        } else {
            terminal.print(d.next.description)
            terminal.print("first release: no vX.Y.Z tag to compare with")
        }
        for reason in d.reasons { terminal.print("  \(reason)") }
        if plan.previousVersionUnknown { FileHandle.standardError.write(Data((hint + "\n").utf8)) }
    }

    static func describe(_ impact: VersionImpact) -> String {
        switch impact {
        case .breaking: return "breaking change"
        case .additive: return "additive change"
        case .compatible: return "compatible change"
        case .none: return "no change"
        }
    }
}
