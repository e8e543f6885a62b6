import ArgumentParser
import Foundation
import ProtopkgBasics

/// The root command. Exit codes: 0 success, 1 error, 2 usage, 100 findings.
public struct ProtopkgCommand: AsyncParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "protopkg",
        abstract: "Version, build, lint and publish Protocol Buffers API packages.",
        version: version,
        subcommands: [InitCommand.self, CompileCommand.self, BuildCommand.self, LintCommand.self, BreakingCommand.self, ChangelogCommand.self,
                      VersionCommand.self, ListLintRulesCommand.self, ListBreakingRulesCommand.self,
                      RegistryCommand.self, LoginCommand.self, PublishCommand.self, PullCommand.self,
                      AddCommand.self, SyncCommand.self, InfoCommand.self, CICommand.self, FormatCommand.self]
    )

    public init() {}

    /// Parses, runs, and exits with the code of the contract.
    public static func runMain(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            // Every command but the server does one job and exits: what it is done with can wait
            // for the exit to be freed (Disposal), and its heap grows in large steps (MallocTuning).
            if !(command is RegistryServeCommand) {
                Disposal.keepUntilExit()
                MallocTuning.growInLargeSteps()
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch let error as ProtopkgError {
            Terminal.standard.error(error.description)
            Foundation.exit(ExitStatus.error.rawValue)
        } catch let failure as FindingsFailure {
            Foundation.exit(failure.status.rawValue)
        } catch {
            Foundation.exit(report(error))
        }
    }

    /// ArgumentParser's own errors: help and version exit 0, anything about the arguments exits 2.
    static func report(_ error: Error) -> Int32 {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return 0
        }
        if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
    }
}
