import Foundation
import HTTPTransport
import ProtoPackaging
import ProtopkgBasics

/// The registry's JSON API as the CLI uses it, over an injected `HTTPTransport`. Connection
/// errors and 5xx answers are retried with exponential backoff; every other status is returned
/// to the caller, whose messages say what the registry said.
public struct RegistryAPI {
    public let baseURL: String
    public let token: String?
    public let transport: HTTPTransport
    public var retries: Int
    public var backoff: (Int) -> Void

    public init(baseURL: String, token: String?, transport: HTTPTransport = CurlTransport(), retries: Int = 3,
                backoff: @escaping (Int) -> Void = { attempt in usleep(useconds_t(250_000 << attempt)) }) {
        self.baseURL = CredentialStore.normalized(baseURL)
        self.token = token
        self.transport = transport
        self.retries = retries
        self.backoff = backoff
    }

    public struct Answer {
        public var status: Int
        public var body: Data
        public var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        public var error: String { json["error"] as? String ?? String(decoding: body.prefix(500), as: UTF8.self) }
    }

    public func send(_ method: String, _ path: String, body: Data? = nil, progress: TransferProgress? = nil) throws -> Answer {
        var headers: [(String, String)] = [("Accept", "application/json"), ("User-Agent", "protopkg")]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        if body != nil { headers.append(("Content-Type", "application/gzip")) }
        let request = HTTPRequest(method: method, url: baseURL + path, headers: headers, body: body, timeoutSeconds: 300)
        var attempt = 0
        while true {
            do {
                let response = try transport.send(request, progress: progress)
                if response.status >= 500 && attempt < retries {
                    attempt += 1
                    backoff(attempt)
                    continue
                }
                return Answer(status: response.status, body: response.body)
            } catch let error as HTTPTransportError {
                guard attempt < retries else {
                    throw ProtopkgError("\(error) (after \(retries + 1) attempts)",
                                        hint: "check that the registry runs and the URL is right: \(baseURL)")
                }
                attempt += 1
                backoff(attempt)
            }
        }
    }

    /// Throws a clear error for any status outside `expected`.
    public func expect(_ answer: Answer, _ expected: Set<Int>, doing what: String) throws -> Answer {
        guard expected.contains(answer.status) else {
            let hint: String?
            switch answer.status {
            case 401: hint = "log in with `protopkg login \(baseURL) --token-stdin` or set PROTOPKG_TOKEN"
            case 403: hint = "the token lacks the scope for this; ask for a token with the right scope"
            case 413: hint = "the bundle is larger than the registry accepts"
            default: hint = nil
            }
            throw ProtopkgError("\(what): the registry answered \(answer.status): \(answer.error)", hint: hint)
        }
        return answer
    }

    public func modulePath(_ module: ModuleName) -> String { "/api/v1/modules/\(module.owner)/\(module.name)" }

    public func resolve(_ module: ModuleName, _ range: VersionRange) throws -> (version: SemVer, artifacts: [[String: Any]]) {
        let query = range.description.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? range.description
        let answer = try expect(try send("GET", modulePath(module) + "/resolve?range=\(query)"), [200],
                                doing: "resolving \(module)@\(range)")
        guard let v = answer.json["version"] as? String else { throw ProtopkgError("the registry's answer has no version") }
        return (try SemVer(v), answer.json["artifacts"] as? [[String: Any]] ?? [])
    }

    /// Downloads an artifact and checks its SHA-256 against what the registry recorded.
    public func download(_ module: ModuleName, _ version: SemVer, kind: String, digest: String?) throws -> Data {
        let answer = try expect(try send("GET", modulePath(module) + "/versions/\(version)/\(kind)"), [200],
                                doing: "downloading the \(kind) artifact of \(module)@\(version)")
        if let digest, SHA256Hex.of(answer.body) != digest {
            throw ProtopkgError("the \(kind) artifact of \(module)@\(version) does not match its digest \(digest)",
                                hint: "the download was corrupted or altered; try again")
        }
        return answer.body
    }
}
