/// The API version a request asks of the Swift package registry in its Accept header
/// (`application/vnd.swift.registry[.vN][+json|zip|swift]`, specification §3.5).
enum SwiftRegistryAccept: Equatable {
    /// Version 1, or no version asked for (a plain `application/json`, `*/*` or no header).
    case version1
    /// A well-formed version this server does not speak: 415.
    case unsupported(String)
    /// A malformed version or media type: 400.
    case invalid(String)

    static let mediaType = "application/vnd.swift.registry"
    static let suffixes: Set<Substring> = ["json", "zip", "swift"]

    static func of(_ accept: String?) -> SwiftRegistryAccept {
        guard let accept, accept.contains(mediaType) else { return .version1 }
        var refusal: SwiftRegistryAccept?
        for item in accept.split(separator: ",") {
            let value = (item.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard value.hasPrefix(mediaType) else { continue }
            let answer = parse(value.dropFirst(mediaType.count), whole: value)
            if answer == .version1 { return .version1 }
            refusal = refusal ?? answer
        }
        return refusal ?? .version1
    }

    /// What follows the media type's name: `[.vN][+suffix]`.
    private static func parse(_ rest: Substring, whole: String) -> SwiftRegistryAccept {
        var version = rest
        if let plus = rest.firstIndex(of: "+") {
            guard suffixes.contains(rest[rest.index(after: plus)...]) else { return .invalid(whole) }
            version = rest[..<plus]
        }
        if version.isEmpty { return .version1 }
        let number = version.dropFirst(2)
        guard version.hasPrefix(".v"), !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber),
              let n = Int(number), n >= 1 else { return .invalid(whole) }
        return n == 1 ? .version1 : .unsupported(whole)
    }

    /// Whether an answer for version 1 fits the header: the read caches' test (`HotReads.key`).
    static func isVersion1(_ accept: String) -> Bool {
        !accept.contains(mediaType) || of(accept) == .version1
    }
}
