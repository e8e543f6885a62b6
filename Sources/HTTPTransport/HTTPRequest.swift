import Foundation

public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [(String, String)]
    public var body: Data?
    public var timeoutSeconds: Int

    public init(method: String = "GET", url: String, headers: [(String, String)] = [], body: Data? = nil,
                timeoutSeconds: Int = 60) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Called with (bytes sent or received so far, total if known).
public typealias TransferProgress = @Sendable (Int64, Int64?) -> Void

/// Everything above the native layer talks HTTP through this, so tests inject a fake.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, progress: TransferProgress?) throws -> HTTPResponse
}
