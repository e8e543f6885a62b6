/// Failures of a registry request that map to an HTTP status a client can act on.
public struct RegistryError: Error, Sendable, CustomStringConvertible {
    public var status: Int
    public var message: String

    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    public static func unauthorized(_ m: String = "a token is required: send Authorization: Bearer TOKEN") -> RegistryError { .init(401, m) }
    public static func forbidden(_ m: String) -> RegistryError { .init(403, m) }
    public static func notFound(_ m: String) -> RegistryError { .init(404, m) }

    public var description: String { "\(status): \(message)" }
}
