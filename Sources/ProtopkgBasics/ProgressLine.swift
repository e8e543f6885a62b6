import Foundation

/// A one-line progress display on stderr for transfers, redrawn in place; shown only on a tty.
public final class ProgressLine: @unchecked Sendable {
    private let terminal: Terminal
    private let label: String
    private var shown = false
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    public init(terminal: Terminal, label: String) {
        self.terminal = terminal
        self.label = label
    }

    /// For `HTTPTransport`'s progress argument; nil when nothing would be shown.
    public var callback: (@Sendable (Int64, Int64?) -> Void)? {
        guard terminal.stderrIsTTY else { return nil }
        return { [self] done, total in draw(done, total) }
    }

    func draw(_ done: Int64, _ total: Int64?) {
        lock.lock()
        defer { lock.unlock() }
        guard Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        var text = "\(label) \(Self.size(done))"
        if let total, total > 0 {
            let width = 30, filled = Int(Double(width) * Double(done) / Double(total))
            text = "\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: max(0, width - filled)))] "
                + "\(Self.size(done))/\(Self.size(total))"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        shown = true
    }

    public func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func size(_ n: Int64) -> String {
        n < 10_000 ? "\(n) B" : n < 10_000_000 ? "\(n / 1000) kB" : String(format: "%.1f MB", Double(n) / 1e6)
    }
}
