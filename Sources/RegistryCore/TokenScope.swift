import ProtoPackaging
import ProtopkgBasics

/// What a token may do: `read`, `publish:OWNER/NAME`, `publish:OWNER/*`, or `admin` (everything).
public enum TokenScope: Hashable, Sendable, CustomStringConvertible {
    case read
    case publish(owner: String, name: String?)
    case admin

    public init(_ text: String) throws {
        switch text {
        case "read": self = .read
        case "admin": self = .admin
        case _ where text.hasPrefix("publish:"):
            let target = String(text.dropFirst("publish:".count))
            let parts = target.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ProtopkgError("invalid scope \"\(text)\"", hint: "use read, admin, publish:OWNER/NAME or publish:OWNER/*")
            }
            if parts[1] == "*" {
                _ = try ModuleName("\(parts[0])/x")
                self = .publish(owner: parts[0], name: nil)
            } else {
                let module = try ModuleName(target)
                self = .publish(owner: module.owner, name: module.name)
            }
        default:
            throw ProtopkgError("invalid scope \"\(text)\"", hint: "use read, admin, publish:OWNER/NAME or publish:OWNER/*")
        }
    }

    public var description: String {
        switch self {
        case .read: return "read"
        case .admin: return "admin"
        case .publish(let owner, let name): return "publish:\(owner)/\(name ?? "*")"
        }
    }

    /// Publishing implies reading the module, as a publisher must see what it compares with.
    public func allowsRead() -> Bool { true }

    public func allowsPublish(_ module: ModuleName) -> Bool {
        switch self {
        case .admin: return true
        case .read: return false
        case .publish(let owner, let name): return owner == module.owner && (name == nil || name == module.name)
        }
    }
}
