import ArgumentParser
import Foundation
import ProtopkgBasics
import RegistryClient

struct LoginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login", abstract: "Store a registry token (file mode 0600) for later commands.")

    @Argument(help: "The registry URL.") var url: String
    @Flag(help: "Read the token from standard input (keeps it out of the shell history).") var tokenStdin = false

    func run() throws {
        guard tokenStdin else { throw ValidationError("pass --token-stdin and the token on standard input") }
        let token = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw ProtopkgError("no token on standard input") }
        let store = CredentialStore()
        try store.save(token: token, for: url)
        Terminal.standard.print("saved the token for \(CredentialStore.normalized(url)) in \(store.path)")
    }
}
