import Foundation

/// Where output goes and how it looks: colour only on a tty without NO_COLOR, progress only on a tty.
public struct Terminal: Sendable {
    public var stdoutIsTTY: Bool
    public var stderrIsTTY: Bool
    public var colour: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        stderrIsTTY = isatty(STDERR_FILENO) == 1
        colour = stdoutIsTTY && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    public static let standard = Terminal()

    public func print(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    public func error(_ line: String) {
        let text = colour && stderrIsTTY ? "\u{1B}[31merror:\u{1B}[0m \(line)" : "error: \(line)"
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Something the person should fix though the command went on (a deprecated setting).
    public func warning(_ line: String) {
        let text = colour && stderrIsTTY ? "\u{1B}[33mwarning:\u{1B}[0m \(line)" : "warning: \(line)"
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A status line on stderr, shown only to people (on a tty): scripts see only results.
    public func status(_ line: String) {
        guard stderrIsTTY else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    public func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    public func green(_ s: String) -> String { colour ? "\u{1B}[32m\(s)\u{1B}[0m" : s }
    public func dim(_ s: String) -> String { colour ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
}
