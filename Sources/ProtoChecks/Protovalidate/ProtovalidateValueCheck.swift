import Foundation

/// The values inside one kind's rules (`string`, `int32`, `duration`, ...): a `const` beside other
/// rules, bounds that reject every value, lengths that contradict each other, prefixes longer
/// than the maximum length, patterns that RE2 would not compile, and the timestamp and field-mask
/// specifics. The reporter is already inside the kind's rules (`[14]` for `string`).
struct ProtovalidateValueCheck {
    let kind: Int
    let rules: WireFields
    let fieldName: String
    let names: ProtovalidateRuleNames
    let reporter: ProtovalidateReporter

    private func name(_ path: [Int32] = []) -> String { names.name(reporter.base + path) }

    func run() {
        if let numberKind = ProtovalidateOptions.numberKinds[kind] {
            checkBounds(numberKind, isTime: numberKind == .time)
            if kind == 22 { checkTimestampExtras() }
            return
        }
        switch kind {
        case 14:
            checkConst()
            checkLengths(exact: 19, min: 2, max: 3)
            checkLengths(exact: 20, min: 4, max: 5)
            checkStringLengthsAgainstBytes()
            checkStringAffixes()
            checkPattern(6)
            if rules.has(25), rules.bool(25) == false, (rules.varint(24) ?? 0) == 0 {
                reporter.report([25], "Field \(fieldName) has \(name([25])) without \(name([24])). \(name([25])) only applies to \(name([24])) and is invalid without it.")
            }
        case 15:
            checkConst()
            checkLengths(exact: 13, min: 2, max: 3)
            checkBytesAffixes()
            checkPattern(4)
        case 16:
            checkConst()
        case 28:
            checkConst()
            let excluded = Set(rules.strings(3))
            for path in rules.strings(2) where excluded.contains(path) {
                reporter.report([2], "Field \(fieldName) has path \"\(path)\" in both in and not_in rules.")
            }
        default:
            break
        }
    }

    private func checkConst(number: Int = 1) {
        guard rules.has(number), rules.numbers.count > 1 else { return }
        reporter.report([Int32(number)], "Field \(fieldName) has \(name([Int32(number)])), therefore other rules in \(name()) are not applied and should be removed.")
    }

    // MARK: numbers, durations, timestamps

    private func checkBounds(_ numberKind: ProtovalidateNumber.Kind, isTime: Bool) {
        let shift = isTime ? 1 : 0
        let (constant, lt, lte, gt, gte) = (1 + shift, 2 + shift, 3 + shift, 4 + shift, 5 + shift)
        var values: [Int: ProtovalidateNumber] = [:]
        for number in [constant, lt, lte, gt, gte] {
            guard let value = rules.number(number, as: numberKind) else { continue }
            if isTime, let problem = timeProblem(value) {
                reporter.report([Int32(number)], "Field \(fieldName) has an invalid \(name([Int32(number)])): \(problem).")
                continue
            }
            values[number] = value
        }
        if values[constant] != nil { checkConst(number: constant) }
        guard let low = [gt, gte].last(where: { values[$0] != nil }), let high = [lt, lte].last(where: { values[$0] != nil }),
              values[low] == values[high] else { return }
        let paths = [[Int32(low)], [Int32(high)]]
        if low == gte, high == lte {
            reporter.report(paths, "Field \(fieldName) has equal \(name([Int32(low)])) and \(name([Int32(high)])), use \(name()).const instead.")
        } else {
            reporter.report(paths, "Field \(fieldName) has equal \(name([Int32(low)])) and \(name([Int32(high)])). All values are rejected by these checks.")
        }
    }

    /// Why a duration (`kind` 21) or timestamp (22) value is invalid, if it is.
    private func timeProblem(_ value: ProtovalidateNumber) -> String? {
        guard case .time(let seconds, let nanos) = value else { return nil }
        if kind == 22 {
            if seconds < -62_135_596_800 { return "proto: timestamp (seconds:\(seconds) nanos:\(nanos)) before 0001-01-01" }
            if seconds > 253_402_300_799 { return "proto: timestamp (seconds:\(seconds) nanos:\(nanos)) after 9999-12-31" }
            if nanos < 0 || nanos >= 1_000_000_000 { return "proto: timestamp (seconds:\(seconds) nanos:\(nanos)) has out-of-range nanos" }
            return nil
        }
        return Self.durationProblem(seconds: seconds, nanos: nanos)
    }

    /// A duration in protobuf's text form, zero fields left out (`seconds:-5`).
    static func text(seconds: Int64, nanos: Int64) -> String {
        [seconds != 0 ? "seconds:\(seconds)" : nil, nanos != 0 ? "nanos:\(nanos)" : nil].compactMap { $0 }.joined(separator: " ")
    }

    private static func durationProblem(seconds: Int64, nanos: Int64) -> String? {
        if nanos <= -1_000_000_000 || nanos >= 1_000_000_000 {
            return "duration (seconds:\(seconds) nanos:\(nanos)) must have nanos in the range 0 to 999999999"
        }
        if (seconds < 0 && nanos > 0) || (seconds > 0 && nanos < 0) {
            return "duration (seconds:\(seconds) nanos:\(nanos)) has seconds and nanos with different signs"
        }
        return nil
    }

    private func checkTimestampExtras() {
        if rules.bool(7) == true, rules.bool(8) == true {
            reporter.report([[8], [7]], "Field \(fieldName) has both \(name([8])) and \(name([7])). A timestamp cannot be both before and after validation time.")
        }
        guard let within = rules.message(9) else { return }
        let seconds = Int64(bitPattern: within.varint(1) ?? 0)
        let nanos = Int64(Int32(truncatingIfNeeded: within.varint(2) ?? 0))
        if let problem = Self.durationProblem(seconds: seconds, nanos: nanos) {
            reporter.report([9], "Field \(fieldName) has an invalid \(name([9])): \(problem).")
        } else if seconds <= 0, nanos <= 0 {
            reporter.report([9], "Field \(fieldName) must have a positive \(name([9])) (\(Self.text(seconds: seconds, nanos: nanos))).")
        }
    }

    // MARK: lengths

    private func checkLengths(exact: Int, min: Int, max: Int) {
        if rules.has(exact) {
            for other in [min, max] where rules.has(other) {
                reporter.report([Int32(other)], "Field \(fieldName) has \(name([Int32(exact)])) and therefore, \(name([Int32(other)])) is redundant and should be removed.")
            }
        }
        guard let low = rules.varint(min), let high = rules.varint(max) else { return }
        let (lowName, highName) = (name([Int32(min)]), name([Int32(max)]))
        if low > high {
            reporter.report([Int32(min)], "Field \(fieldName) has value \(low) for \(lowName), which must be lower than value \(high) for \(highName).")
            reporter.report([Int32(max)], "Field \(fieldName) has value \(high) for \(highName), which must be higher than value \(low) for \(lowName).")
        } else if low == high {
            let bare = { (path: String) in path.split(separator: ".").last.map(String.init) ?? path }
            reporter.report([[Int32(min)], [Int32(max)]], "Field \(fieldName) has equal \(lowName) and \(bare(highName)), use \(name()).\(bare(name([Int32(exact)]))) instead.")
        }
    }

    private func checkStringLengthsAgainstBytes() {
        if let minLen = rules.varint(2), let maxBytes = rules.varint(5), maxBytes < minLen {
            let tail = "A string with \(minLen) UTF-8 characters has at least \(minLen) bytes, which is higher than \(maxBytes) bytes."
            reporter.report([2], "Field \(fieldName) has value \(minLen) for \(name([2])), which must be lower than value \(maxBytes) for \(name([5])). \(tail)")
            reporter.report([5], "Field \(fieldName) has value \(maxBytes) for \(name([5])), which must be higher than value \(minLen) for \(name([2])). \(tail)")
        }
        if let maxLen = rules.varint(3), let minBytes = rules.varint(4), maxLen.multipliedReportingOverflow(by: 4).partialValue < minBytes {
            let tail = "A string with \(maxLen) UTF-8 characters has at most \(maxLen * 4) bytes."
            reporter.report([4], "Field \(fieldName) has value \(minBytes) for \(name([4])) but \(maxLen) for \(name([3])). \(tail)")
            reporter.report([3], "Field \(fieldName) has value \(maxLen) for \(name([3])) but \(minBytes) for \(name([4])). \(tail)")
        }
    }

    private func checkStringAffixes() {
        let maxLen = rules.varint(3), maxBytes = rules.varint(5), notContains = rules.string(23)
        for number in [7, 8, 9] {
            guard let value = rules.string(number) else { continue }
            let what = name([Int32(number)])
            let characters = UInt64(value.unicodeScalars.count), bytes = UInt64(value.utf8.count)
            if let maxLen, characters > maxLen {
                reporter.report([Int32(number)], "Field \(fieldName) has a \(what) of length \(characters), exceeding its max_len (\(maxLen)). It is impossible for a string to contain \"\(value)\" while having less than or equal to \(characters) UTF-8 characters.")
            }
            if let maxBytes, bytes > maxBytes {
                reporter.report([Int32(number)], "Field \(fieldName) has a \(what) of \(bytes) bytes, exceeding its max_bytes (\(maxBytes)). It is impossible for a string to contain \"\(value)\" while having less than or equal to \(bytes) bytes.")
            }
            if let notContains, value.contains(notContains) {
                reporter.report([Int32(number)], "Field \(fieldName) has a \(what) (\"\(value)\") containing its not_contains (\"\(notContains)\"). It is impossible for a string to contain \"\(value)\" without containing \"\(notContains)\".")
            }
        }
    }

    private func checkBytesAffixes() {
        guard let maxLen = rules.varint(3) else { return }
        for number in [5, 6, 7] {
            guard let value = rules.bytes(number).last, UInt64(value.count) > maxLen else { continue }
            reporter.report([Int32(number)], "Field \(fieldName) has a \(name([Int32(number)])) of \(value.count) bytes, exceeding its max_len (\(maxLen)). It is impossible to contain it while having less than or equal to \(maxLen) bytes.")
        }
    }

    private func checkPattern(_ number: Int) {
        guard let pattern = rules.string(number), let problem = RE2Syntax.problem(in: pattern) else { return }
        reporter.report([Int32(number)], "Field \(fieldName) has a \(name([Int32(number)])) that fails to compile: \(problem).")
    }
}
