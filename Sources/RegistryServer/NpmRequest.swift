import Foundation
import HTTPTypes

/// What an npm answer depends on in its request: the document (a packument or a tarball), the
/// packument's representation that the Accept header selects, and the origin the client reached
/// the registry at, since a packument's tarball URLs are absolute (npm fetches them as given,
/// and sends its token only to URLs under the registry it was configured with).
enum NpmRequest {
    enum Target: Equatable {
        /// `@owner/name-protos`
        case packument(String)
        /// `@owner/name-protos/-/name-protos-1.2.0.tgz`
        case tarball(package: String, file: String)
    }

    static let installType = "application/vnd.npm.install-v1+json"
    static let forwardedHost = HTTPField.Name("X-Forwarded-Host")!
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    /// The target of a path below `/npm/`, already percent-decoded: npm asks for a scoped
    /// package as `@owner%2fname`, other clients with a plain slash. Nil for anything else.
    static func target(_ path: String) -> Target? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0].hasPrefix("@"), parts[0].count > 1, !parts[1].isEmpty else { return nil }
        let name = "\(parts[0])/\(parts[1])"
        switch parts.count {
        case 2: return .packument(name)
        case 4 where parts[2] == "-" && !parts[3].isEmpty: return .tarball(package: name, file: parts[3])
        default: return nil
        }
    }

    /// Whether Accept asks for the abbreviated document (`application/vnd.npm.install-v1+json`,
    /// with a quality above 0); npm sends it first, with `application/json` as a fallback.
    static func wantsAbbreviated(_ accept: String?) -> Bool {
        guard let accept else { return false }
        for range in accept.split(separator: ",") {
            let params = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard params.first?.lowercased() == installType else { continue }
            let q = params.dropFirst().first { $0.lowercased().hasPrefix("q=") }.map { Double($0.dropFirst(2)) ?? 1 } ?? 1
            return q > 0
        }
        return false
    }

    /// `scheme://host[:port]` as the client sees the registry: a proxy's X-Forwarded-Proto and
    /// X-Forwarded-Host (first values) where present, else the server's own scheme and the Host
    /// header. Nil without any host.
    static func origin(_ head: HTTPRequest, secure: Bool) -> String? {
        func first(_ name: HTTPField.Name) -> String? {
            head.headerFields[name].flatMap { $0.split(separator: ",").first?.trimmingCharacters(in: .whitespaces) }
                .flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let host = first(forwardedHost) ?? head.authority, !host.isEmpty else { return nil }
        let scheme = first(forwardedProto)?.lowercased() ?? (secure ? "https" : "http")
        return "\(scheme)://\(host)"
    }

    /// The part of a page-cache key (`HotReads.key`) that an npm answer depends on beyond its path.
    static func keySuffix(_ head: HTTPRequest) -> String {
        let representation = wantsAbbreviated(head.headerFields[.accept]) ? "install-v1" : "json"
        return " npm \(representation) \(head.authority ?? "") \(head.headerFields[forwardedHost] ?? "") \(head.headerFields[forwardedProto] ?? "")"
    }
}
