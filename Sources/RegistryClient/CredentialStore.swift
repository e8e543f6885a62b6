import Foundation
import ProtopkgBasics

/// Tokens by registry URL in `$XDG_CONFIG_HOME/protopkg/credentials.json` (else
/// `~/.config/protopkg/…`), file mode 0600. `PROTOPKG_TOKEN` overrides it.
public struct CredentialStore {
    public let path: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base = environment["XDG_CONFIG_HOME"] ?? "\(environment["HOME"] ?? NSHomeDirectory())/.config"
        path = "\(base)/protopkg/credentials.json"
    }

    public static func normalized(_ url: String) -> String { url.hasSuffix("/") ? String(url.dropLast()) : url }

    func load() throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        guard let tokens = try? JSONDecoder().decode([String: String].self, from: data) else {
            throw ProtopkgError("the credentials file is not valid JSON", at: path, hint: "remove it and run `protopkg login` again")
        }
        return tokens
    }

    public func token(for registry: String) throws -> String? { try load()[Self.normalized(registry)] }

    public func save(token: String, for registry: String) throws {
        var tokens = try load()
        tokens[Self.normalized(registry)] = token
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let dir = (path as NSString).deletingLastPathComponent
        try FileSystem.createDirectory(dir)
        chmod(dir, 0o700)
        // Written with mode 0600 from the start: the token is never readable by others, not even briefly.
        let tmp = "\(path).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw ProtopkgError("cannot write credentials: \(String(cString: strerror(errno)))", at: tmp) }
        let data = try encoder.encode(tokens)
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fchmod(fd, 0o600)
        close(fd)
        guard rename(tmp, path) == 0 else { throw ProtopkgError("cannot save credentials", at: path) }
    }

    /// `PROTOPKG_TOKEN`, else the stored token for the registry, else nil.
    public static func resolveToken(registry: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let token = environment["PROTOPKG_TOKEN"], !token.isEmpty { return token }
        return try CredentialStore(environment: environment).token(for: registry)
    }
}
