/// The exit codes scripts rely on (DESIGN §5).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case error = 1
    case usage = 2
    case findings = 100
}

/// Thrown by a command that printed its findings itself and must exit with `status`.
public struct FindingsFailure: Error {
    public var status: ExitStatus
    public init(status: ExitStatus) { self.status = status }
}
