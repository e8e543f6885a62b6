import ProtoSchema

/// The texts of one run's files by import path, each read once and only when asked for: to
/// place findings where protoc records no place, and to give columns as buf counts them.
final class SourceTexts {
    private let read: ((String) -> String?)?
    private var cache: [String: SourceText?] = [:]

    init(_ read: ((String) -> String?)?) { self.read = read }

    func text(_ path: String) -> SourceText? {
        if let known = cache[path] { return known }
        let text = read?(path).map(SourceText.init)
        cache[path] = text
        return text
    }
}
