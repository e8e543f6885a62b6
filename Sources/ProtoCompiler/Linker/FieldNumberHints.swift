/// protoc's hints about free field numbers: the "Suggested field numbers for M: 1, 2, 3"
/// error reported once per top-level message that had numbering errors, and the "Next
/// available field number" appended to a duplicate number error.
struct FieldNumberHints {
    struct Hint {
        var count: Int32 = 0
        var requested = false
        var firstReason: Token?
    }
    private(set) var hints: [ObjectIdentifier: Hint] = [:]

    /// protoc's RequestHintOnFieldNumbers: `count` more numbers wanted; the first request's
    /// place is where the suggestion is reported.
    mutating func request(_ message: MessageDescriptor?, reason: Token?, count: Int64 = 1) {
        guard let message else { return }
        func fit(_ v: Int64) -> Int64 { min(max(v, 0), Int64(FieldNumbers.maxNumber)) }
        var hint = hints[ObjectIdentifier(message)] ?? Hint()
        hint.count = Int32(fit(Int64(hint.count) + fit(count)))
        if hint.firstReason == nil && !hint.requested { hint.firstReason = reason }
        hint.requested = true
        hints[ObjectIdentifier(message)] = hint
    }

    func hint(for message: MessageDescriptor) -> Hint? { hints[ObjectIdentifier(message)] }

    /// The numbers a message already uses: fields, its extensions, reserved and extension ranges.
    static func usedRanges(_ message: MessageDescriptor) -> [(from: Int64, to: Int64)] {
        var used: [(Int64, Int64)] = []
        let maxNumber = Int64(FieldNumbers.maxNumber)
        func ordinal(_ n: Int32) {
            let v = Int64(n)
            guard v > 0 && v <= maxNumber else { return }
            if let last = used.last, last.1 == v { used[used.count - 1].1 = v + 1 } else { used.append((v, v + 1)) }
        }
        func range(_ from: Int32, _ to: Int32) {
            let f = max(0, min(maxNumber + 1, Int64(from))), t = max(0, min(maxNumber + 1, Int64(to)))
            if f < t { used.append((f, t)) }
        }
        for f in message.fields { ordinal(f.number) }
        for e in message.extensions { ordinal(e.number) }
        for r in message.reservedRanges { range(r.start, r.end) }
        for r in message.extensionRanges { range(r.start, r.end) }
        used.append((maxNumber, Int64(Int32.max)))
        return used.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map { (from: $0.0, to: $0.1) }
    }

    /// The first `count` free numbers of a message.
    static func free(_ message: MessageDescriptor, count: Int) -> [Int64] {
        var out: [Int64] = []
        var current: Int64 = 1
        for r in usedRanges(message) {
            while current < r.from && out.count < count {
                out.append(current)
                current += 1
            }
            if out.count == count { break }
            current = max(current, r.to)
        }
        return out
    }
}
