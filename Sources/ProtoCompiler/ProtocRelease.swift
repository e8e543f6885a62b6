/// A protoc release number, comparable across the 3.x and the later single-number schemes
/// (`libprotoc 3.21.12` is release 21, `libprotoc 35.1` is release 35).
public struct ProtocRelease: Comparable, Sendable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public init?(versionLine: String) {
        guard let word = versionLine.split(separator: " ").last else { return nil }
        let parts = word.split(separator: ".").map { Int($0.prefix { $0.isNumber }) }
        guard let first = parts.first ?? nil else { return nil }
        let second = parts.count > 1 ? parts[1] ?? 0 : 0
        let third = parts.count > 2 ? parts[2] ?? 0 : 0
        self = first == 3 ? ProtocRelease(major: second, minor: third) : ProtocRelease(major: first, minor: second)
    }

    public static func < (a: ProtocRelease, b: ProtocRelease) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
    public var description: String { "\(major).\(minor)" }
}
