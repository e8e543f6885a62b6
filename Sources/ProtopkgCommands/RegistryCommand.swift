import ArgumentParser

struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry", abstract: "Run a protopkg registry and manage its tokens.",
        subcommands: [RegistryServeCommand.self, RegistryTokenCommand.self])
}

struct RegistryTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage registry tokens.", subcommands: [RegistryTokenCreateCommand.self])
}
