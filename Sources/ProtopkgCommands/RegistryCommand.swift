import ArgumentParser

struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry", abstract: "Run a protopkg registry, manage its tokens, back it up and restore it.",
        subcommands: [RegistryServeCommand.self, RegistryTokenCommand.self, RegistryExportCommand.self, RegistryImportCommand.self])
}

struct RegistryTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage registry tokens.", subcommands: [RegistryTokenCreateCommand.self])
}
