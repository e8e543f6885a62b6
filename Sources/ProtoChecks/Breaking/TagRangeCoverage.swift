import ProtoSchema

/// Reserved and extension ranges compared by the numbers they cover, not by how they are
/// written: splitting `100 to 199` into two adjacent ranges removes nothing, while shrinking it
/// does. Ranges are closed here; `max` is the highest number the element kind allows, printed
/// as `max` as buf does.
struct TagRangeCoverage {
    let max: Int

    /// Field numbers of a message: 536,870,911, or 2,147,483,646 under `message_set_wire_format`.
    init(message: SchemaMessage) {
        max = message.descriptor.options.messageSetWireFormat ? 2_147_483_646 : 536_870_911
    }

    /// Enum numbers go up to Int32.max.
    init(enum: SchemaEnum) { max = Int(Int32.max) }

    static func closed(_ ranges: [Range<Int32>]) -> [ClosedRange<Int>] {
        ranges.filter { $0.lowerBound < $0.upperBound }.map { Int($0.lowerBound)...Int($0.upperBound) - 1 }
    }

    static func closed(_ ranges: [ClosedRange<Int32>]) -> [ClosedRange<Int>] {
        ranges.map { Int($0.lowerBound)...Int($0.upperBound) }
    }

    /// The parts of `range` that none of `current` covers, ascending.
    static func uncovered(_ range: ClosedRange<Int>, by current: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var next = range.lowerBound
        for r in current.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.upperBound >= next {
            if r.lowerBound > range.upperBound { break }
            if r.lowerBound > next { out.append(next...(r.lowerBound - 1)) }
            next = r.upperBound + 1
            if next > range.upperBound { return out }
        }
        out.append(next...range.upperBound)
        return out
    }

    /// `[10,20]`, `[300]`, `[500,max]`.
    func describe(_ r: ClosedRange<Int>) -> String {
        let end = r.upperBound == max ? "max" : String(r.upperBound)
        return r.lowerBound == r.upperBound ? "[\(end)]" : "[\(r.lowerBound),\(end)]"
    }

    /// Each previous range that lost numbers, with the lost parts written out
    /// (`[121,149], [161,189]`).
    func losses(previous: [ClosedRange<Int>], current: [ClosedRange<Int>]) -> [(range: String, missing: String)] {
        previous.compactMap { r in
            let gone = Self.uncovered(r, by: current)
            return gone.isEmpty ? nil : (describe(r), gone.map(describe).joined(separator: ", "))
        }
    }
}
