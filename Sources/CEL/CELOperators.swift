/// CEL's operators on runtime values: equality (numbers compare across int, uint and double),
/// ordering, arithmetic with overflow errors, membership and indexing.
enum CELOperators {
    static func equal(_ a: CELValue, _ b: CELValue) -> CELValue {
        if a.errorMessage != nil { return a }
        if b.errorMessage != nil { return b }
        return .bool(equals(a, b))
    }

    static func equals(_ a: CELValue, _ b: CELValue) -> Bool {
        if let order = numericOrder(a, b) { return order == 0 }
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.duration(let x), .duration(let y)), (.timestamp(let x), .timestamp(let y)): return x == y
        case (.type(let x), .type(let y)): return x == y
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { equals($0, $1) }
        case (.map(let x), .map(let y)):
            return x.count == y.count && x.allSatisfy { entry in
                y.contains { equals($0.key, entry.key) && equals($0.value, entry.value) }
            }
        case (.message(let x), .message(let y)):
            guard x.typeName == y.typeName else { return false }
            let names = Set(x.setFieldNames).union(y.setFieldNames)
            return names.allSatisfy { name in
                guard let u = x.field(name), let v = y.field(name) else { return false }
                return equals(u, v)
            }
        default: return false
        }
    }

    /// -1, 0 or 1 for two numbers of any numeric type; nil when either is not a number or is NaN.
    static func numericOrder(_ a: CELValue, _ b: CELValue) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.uint(let x), .uint(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.int(let x), .uint(let y)): return x < 0 ? -1 : order(UInt64(x), y)
        case (.uint(let x), .int(let y)): return y < 0 ? 1 : order(x, UInt64(y))
        case (.double(let x), .double(let y)): return x.isNaN || y.isNaN ? nil : order(x, y)
        case (.double(let x), .int(let y)): return x.isNaN ? nil : compare(x, Double(y), exactly: Int64(exactly: x.rounded(.down)), y)
        case (.int, .double): return numericOrder(b, a).map { -$0 }
        case (.double(let x), .uint(let y)): return x.isNaN ? nil : compare(x, Double(y), exactly: x < 0 ? nil : UInt64(exactly: x.rounded(.down)), y)
        case (.uint, .double): return numericOrder(b, a).map { -$0 }
        default: return nil
        }
    }

    private static func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }

    /// Orders a double against an integer without losing precision when both are large.
    private static func compare<T: BinaryInteger>(_ x: Double, _ approx: Double, exactly whole: T?, _ y: T) -> Int {
        guard let whole else { return order(x, approx) }
        if whole != y { return whole < y ? -1 : 1 }
        return x > x.rounded(.down) ? 1 : 0
    }

    static func less(_ a: CELValue, _ b: CELValue) -> CELValue {
        if a.errorMessage != nil { return a }
        if b.errorMessage != nil { return b }
        if let order = numericOrder(a, b) { return .bool(order < 0) }
        switch (a, b) {
        case (.double(let x), _) where x.isNaN: return .bool(false)
        case (_, .double(let y)) where y.isNaN: return .bool(false)
        case (.bool(let x), .bool(let y)): return .bool(!x && y)
        case (.string(let x), .string(let y)): return .bool(Array(x.unicodeScalars.map(\.value)).lexicographicallyPrecedes(y.unicodeScalars.map(\.value)))
        case (.bytes(let x), .bytes(let y)): return .bool(x.lexicographicallyPrecedes(y))
        case (.duration(let x), .duration(let y)), (.timestamp(let x), .timestamp(let y)): return .bool(x < y)
        default: return .error("no such overload: _<_(\(a.typeName), \(b.typeName))")
        }
    }

    static func compare(_ function: String, _ a: CELValue, _ b: CELValue) -> CELValue {
        switch function {
        case "_<_": return less(a, b)
        case "_>_": return less(b, a)
        case "_<=_", "_>=_":
            let (x, y) = function == "_<=_" ? (a, b) : (b, a)
            if case .double(let d) = x, d.isNaN { return .bool(false) }
            if case .double(let d) = y, d.isNaN { return .bool(false) }
            let strictly = less(y, x)
            guard case .bool(let greater) = strictly else { return strictly }
            return .bool(!greater)
        default: return .error("unknown comparison \(function)")
        }
    }

    static func contains(_ container: CELValue, _ element: CELValue) -> CELValue {
        switch container {
        case .list(let values): return .bool(values.contains { equals($0, element) })
        case .map(let pairs): return .bool(pairs.contains { equals($0.key, element) })
        default: return .error("no such overload: @in(\(element.typeName), \(container.typeName))")
        }
    }

    static func index(_ container: CELValue, _ key: CELValue) -> CELValue {
        switch (container, key) {
        case (.list(let values), _):
            let position: Int64?
            switch key {
            case .int(let i): position = i
            case .uint(let u): position = Int64(exactly: u)
            case .double(let d): position = Int64(exactly: d)
            default: return .error("no such overload: _[_](list, \(key.typeName))")
            }
            guard let position, position >= 0, position < Int64(values.count) else {
                return .error("index out of range")
            }
            return values[Int(position)]
        case (.map(let pairs), _):
            return pairs.first { equals($0.key, key) }?.value ?? .error("no such key")
        default:
            return .error("no such overload: _[_](\(container.typeName), \(key.typeName))")
        }
    }

    static func arithmetic(_ function: String, _ a: CELValue, _ b: CELValue) -> CELValue {
        let overflow = CELValue.error("integer overflow")
        switch (function, a, b) {
        case ("_+_", .int(let x), .int(let y)): let r = x.addingReportingOverflow(y); return r.overflow ? overflow : .int(r.partialValue)
        case ("_-_", .int(let x), .int(let y)): let r = x.subtractingReportingOverflow(y); return r.overflow ? overflow : .int(r.partialValue)
        case ("_*_", .int(let x), .int(let y)): let r = x.multipliedReportingOverflow(by: y); return r.overflow ? overflow : .int(r.partialValue)
        case ("_/_", .int(let x), .int(let y)):
            if y == 0 { return .error("divide by zero") }
            let r = x.dividedReportingOverflow(by: y); return r.overflow ? overflow : .int(r.partialValue)
        case ("_%_", .int(let x), .int(let y)):
            if y == 0 { return .error("modulus by zero") }
            let r = x.remainderReportingOverflow(dividingBy: y); return r.overflow ? overflow : .int(r.partialValue)
        case ("_+_", .uint(let x), .uint(let y)): let r = x.addingReportingOverflow(y); return r.overflow ? overflow : .uint(r.partialValue)
        case ("_-_", .uint(let x), .uint(let y)): let r = x.subtractingReportingOverflow(y); return r.overflow ? overflow : .uint(r.partialValue)
        case ("_*_", .uint(let x), .uint(let y)): let r = x.multipliedReportingOverflow(by: y); return r.overflow ? overflow : .uint(r.partialValue)
        case ("_/_", .uint(let x), .uint(let y)): return y == 0 ? .error("divide by zero") : .uint(x / y)
        case ("_%_", .uint(let x), .uint(let y)): return y == 0 ? .error("modulus by zero") : .uint(x % y)
        case ("_+_", .double(let x), .double(let y)): return .double(x + y)
        case ("_-_", .double(let x), .double(let y)): return .double(x - y)
        case ("_*_", .double(let x), .double(let y)): return .double(x * y)
        case ("_/_", .double(let x), .double(let y)): return .double(x / y)
        case ("_+_", .string(let x), .string(let y)): return .string(x + y)
        case ("_+_", .bytes(let x), .bytes(let y)): return .bytes(x + y)
        case ("_+_", .list(let x), .list(let y)): return .list(x + y)
        case ("_+_", .duration(let x), .duration(let y)): return time(x, y, sign: 1, as: CELValue.duration)
        case ("_-_", .duration(let x), .duration(let y)): return time(x, y, sign: -1, as: CELValue.duration)
        case ("_+_", .timestamp(let x), .duration(let y)), ("_+_", .duration(let y), .timestamp(let x)):
            return time(x, y, sign: 1, as: CELValue.timestamp)
        case ("_-_", .timestamp(let x), .duration(let y)): return time(x, y, sign: -1, as: CELValue.timestamp)
        case ("_-_", .timestamp(let x), .timestamp(let y)): return time(x, y, sign: -1, as: CELValue.duration)
        default:
            return .error("no such overload: \(function)(\(a.typeName), \(b.typeName))")
        }
    }

    private static func time(_ x: CELTime, _ y: CELTime, sign: Int64, as make: (CELTime) -> CELValue) -> CELValue {
        let seconds = x.seconds.addingReportingOverflow(sign * y.seconds)
        if seconds.overflow { return .error("integer overflow") }
        let result = CELTime(seconds: seconds.partialValue, nanos: Int64(x.nanos) + sign * Int64(y.nanos))
        let limit: Int64 = 315_576_000_000
        if case .timestamp = make(result), result.seconds < -62_135_596_800 || result.seconds > 253_402_300_799 {
            return .error("timestamp out of range")
        }
        if case .duration = make(result), abs(result.seconds) > limit { return .error("duration out of range") }
        return make(result)
    }

    static func negate(_ a: CELValue) -> CELValue {
        switch a {
        case .int(let x): return x == .min ? .error("integer overflow") : .int(-x)
        case .double(let x): return .double(-x)
        case .error: return a
        default: return .error("no such overload: -_(\(a.typeName))")
        }
    }
}

extension CELValue {
    /// CEL's `==` on two values that are not errors (numbers equal across int, uint and double).
    public func isEqual(to other: CELValue) -> Bool { CELOperators.equals(self, other) }
}
