import Foundation
import ProtoChecks
import ProtopkgBasics

/// The JSON form of a decision: `current`, `next`, `bump`, `against`, `changes` (each a finding
/// in its one JSON shape, with the `kind` of change before it).
struct VersionReport: Encodable {
    struct Change: Encodable {
        var kind: String
        var finding: Finding

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(kind, forKey: .kind)
            try finding.encode(to: encoder)
        }
        enum Key: String, CodingKey { case kind }
    }

    var current: String?
    var next: String
    var bump: String
    var against: String?
    var changes: [Change]

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(current, forKey: .current)
        try c.encode(next, forKey: .next)
        try c.encode(bump, forKey: .bump)
        try c.encode(against, forKey: .against)
        try c.encode(changes, forKey: .changes)
    }
    enum CodingKeys: String, CodingKey { case current, next, bump, against, changes }

    static func json(_ d: VersionDecision, against: String?) throws -> String {
        let report = VersionReport(current: d.previous?.description, next: d.next.description, bump: d.bump.rawValue,
                                   against: against,
                                   changes: d.breaking.map { Change(kind: "breaking", finding: $0) }
                                       + d.additions.map { Change(kind: "addition", finding: $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
