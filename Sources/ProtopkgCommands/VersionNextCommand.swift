import ArgumentParser
import CheckRunner
import Foundation
import ProtoChecks
import ProtopkgBasics
import RegistryClient

struct VersionNextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Print the version the change requires, then why.")

    @Argument(help: "The module directory.") var directory: String = "."
    @Option(help: "The previous release (default: the newest vX.Y.Z git tag).") var against: String?
    @Option(help: "text or json.") var format: String = "text"

    func run() throws {
        let plan = try VersionPlanner(registry: RegistryReleaseSource()).plan(directory: directory, against: against)
        let d = plan.decision
        let terminal = Terminal.standard
        if format == "json" {
            terminal.print(try VersionReport.json(d, against: plan.against))
            return
        }
        terminal.print(d.next.description)
        if let against = plan.against {
            terminal.print("\(d.bump.rawValue) bump from \(d.previous.map { "\($0)" } ?? "?") (compared with \(against))")
        } else {
            terminal.print("first release: no vX.Y.Z tag to compare with")
        }
        for reason in d.reasons { terminal.print("  \(reason)") }
    }
}

