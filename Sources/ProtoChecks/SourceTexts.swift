import Foundation
import ProtoSchema

/// The texts of one run's files by import path, each read once and only when asked for: to
/// place findings where protoc records no place, and to give columns as buf counts them.
/// Safe to share between threads: rules run on several.
final class SourceTexts: @unchecked Sendable {
    private let read: ((String) -> String?)?
    private var cache: [String: SourceText?] = [:]
    private let lock = NSLock()

    init(_ read: ((String) -> String?)?) { self.read = read }

    func text(_ path: String) -> SourceText? {
        lock.lock()
        if let known = cache[path] {
            lock.unlock()
            return known
        }
        lock.unlock()
        // Read and index outside the lock; when two threads race for one file, the first kept wins.
        let text = read?(path).map(SourceText.init)
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[path] { return known }
        cache[path] = text
        return text
    }
}
