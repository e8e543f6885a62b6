/// Failures below HTTP: the caller may retry `connection` errors with backoff.
public enum HTTPTransportError: Error, CustomStringConvertible, Equatable {
    case connection(url: String, reason: String)

    public var description: String {
        switch self {
        case .connection(let url, let reason): return "cannot reach \(url): \(reason)"
        }
    }
}
