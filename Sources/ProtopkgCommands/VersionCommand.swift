import ArgumentParser

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "The semantic version a change requires: next, check, bump.",
        subcommands: [VersionNextCommand.self, VersionCheckCommand.self, VersionBumpCommand.self])
}
