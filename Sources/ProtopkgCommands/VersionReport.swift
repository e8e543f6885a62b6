import Foundation
import ProtoChecks
import ProtopkgBasics

/// The JSON form of a decision: `current`, `next`, `bump` (the part of the version number that
/// moves: `major|minor|patch|none`), `impact` (the kind of change:
/// `breaking|additive|compatible|none`), `against`, `changes` (each a finding in its one JSON
/// shape, with the `kind` of change before it). `current` and `next` are null when the version of
/// the reference is unknown; `bump` is then the one a version of 1.0.0 or above would take.
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
    var next: String?
    var bump: String
    var impact: String
    var against: String?
    var changes: [Change]

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(current, forKey: .current)
        try c.encode(next, forKey: .next)
        try c.encode(bump, forKey: .bump)
        try c.encode(impact, forKey: .impact)
        try c.encode(against, forKey: .against)
        try c.encode(changes, forKey: .changes)
    }
    enum CodingKeys: String, CodingKey { case current, next, bump, impact, against, changes }

    static func json(_ d: VersionDecision, against: String?, previousVersionUnknown: Bool = false) throws -> String {
        let report = VersionReport(current: d.previous?.description,
                                   next: previousVersionUnknown ? nil : d.next.description, bump: d.bump.rawValue,
                                   impact: d.impact.rawValue, against: against,
                                   changes: d.breaking.map { Change(kind: "breaking", finding: $0) }
                                       + d.additions.map { Change(kind: "addition", finding: $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
