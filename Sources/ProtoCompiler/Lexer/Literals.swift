import Foundation

/// Values of literal tokens, read as protoc reads them: integers in decimal, octal or hex with
/// an upper bound, floats with strtod, strings with C escapes and `\u`/`\U` as UTF-8.
enum Literals {
    @inline(__always) static func digitValue(_ c: UInt8) -> Int {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x41...0x5A: return Int(c - 0x41) + 10
        case 0x61...0x7A: return Int(c - 0x61) + 10
        default: return 36
        }
    }

    /// protoc's Tokenizer::ParseInteger: nil when out of range or not an integer.
    static func parseInteger<C: Collection>(_ text: C, max: UInt64) -> UInt64? where C.Element == UInt8, C.Index == Int {
        var i = text.startIndex
        let end = text.endIndex
        var base: UInt64 = 10
        if i < end && text[i] == UInt8(ascii: "0") {
            if i + 1 < end && (text[i + 1] == UInt8(ascii: "x") || text[i + 1] == UInt8(ascii: "X")) {
                base = 16
                i += 2
            } else {
                base = 8
            }
        }
        let overflowIfMulBase = UInt64.max / base + 1
        var result: UInt64 = 0
        while i < end {
            let digit = UInt64(digitValue(text[i]))
            i += 1
            if digit >= base { return nil }
            if digit != 0 {
                result = digit
                break
            }
        }
        while i < end {
            let digit = UInt64(digitValue(text[i]))
            if digit >= base { return nil }
            if result >= overflowIfMulBase { return nil }
            result = result &* base &+ digit
            if result < base { return nil }
            i += 1
        }
        if result > max { return nil }
        return result
    }

    /// protoc's TryParseFloat: strtod over the whole text, accepting the dangling exponent
    /// markers the tokenizer lets through after reporting them.
    static func parseFloat<C: Collection>(_ text: C) -> Double? where C.Element == UInt8 {
        var chars = Array(text)
        chars.append(0)
        return chars.withUnsafeMutableBufferPointer { buf -> Double? in
            let start = UnsafeMutableRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var endPtr: UnsafeMutablePointer<CChar>? = nil
            let value = strtod(start, &endPtr)
            guard var e = endPtr else { return nil }
            if e.pointee == CChar(UInt8(ascii: "e")) || e.pointee == CChar(UInt8(ascii: "E")) {
                e += 1
                if e.pointee == CChar(UInt8(ascii: "-")) || e.pointee == CChar(UInt8(ascii: "+")) { e += 1 }
            }
            if e.pointee == CChar(UInt8(ascii: "f")) || e.pointee == CChar(UInt8(ascii: "F")) { e += 1 }
            let consumed = start.distance(to: e)
            guard consumed == buf.count - 1, buf[0] != UInt8(ascii: "-") else { return nil }
            return value
        }
    }

    /// protoc's ParseStringAppend: the quoted text (quotes included) to its bytes. Stops at a
    /// NUL byte as protoc's C-string loop does.
    static func appendString<C: Collection>(_ text: C, to out: inout [UInt8]) where C.Element == UInt8, C.Index == Int {
        guard !text.isEmpty else { return }
        let quote = text[text.startIndex]
        let end = text.endIndex
        @inline(__always) func at(_ j: Int) -> UInt8 { j < end ? text[j] : 0 }
        var i = text.startIndex + 1
        while i < end && text[i] != 0 {
            let c = text[i]
            if c == UInt8(ascii: "\\") && at(i + 1) != 0 {
                i += 1
                let e = text[i]
                if Lexer.isOctalDigit(e) {
                    var code = digitValue(e)
                    if Lexer.isOctalDigit(at(i + 1)) { i += 1; code = code * 8 + digitValue(text[i]) }
                    if Lexer.isOctalDigit(at(i + 1)) { i += 1; code = code * 8 + digitValue(text[i]) }
                    out.append(UInt8(truncatingIfNeeded: code))
                } else if e == UInt8(ascii: "x") || e == UInt8(ascii: "X") {
                    var code = 0
                    if Lexer.isHexDigit(at(i + 1)) { i += 1; code = digitValue(text[i]) }
                    if Lexer.isHexDigit(at(i + 1)) { i += 1; code = code * 16 + digitValue(text[i]) }
                    out.append(UInt8(truncatingIfNeeded: code))
                } else if e == UInt8(ascii: "u") || e == UInt8(ascii: "U") {
                    if let (codePoint, next) = fetchUnicodePoint(text, at: i, end: end) {
                        appendUTF8(codePoint, to: &out)
                        i = next - 1
                    } else {
                        out.append(e)
                    }
                } else {
                    out.append(translateEscape(e))
                }
            } else if c == quote && at(i + 1) == 0 {
                // the closing quote
            } else {
                out.append(c)
            }
            i += 1
        }
    }

    static func string<C: Collection>(_ text: C) -> [UInt8] where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        appendString(text, to: &out)
        return out
    }

    static func translateEscape(_ c: UInt8) -> UInt8 {
        switch c {
        case UInt8(ascii: "a"): return 0x07
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "v"): return 0x0B
        case UInt8(ascii: "\\"): return UInt8(ascii: "\\")
        case UInt8(ascii: "?"): return UInt8(ascii: "?")
        case UInt8(ascii: "'"): return UInt8(ascii: "'")
        case UInt8(ascii: "\""): return UInt8(ascii: "\"")
        default: return UInt8(ascii: "?")
        }
    }

    /// `i` is at the `u` or `U`; returns the code point and the index after the sequence.
    private static func fetchUnicodePoint<C: Collection>(_ text: C, at i: Int, end: Int) -> (UInt32, Int)? where C.Element == UInt8, C.Index == Int {
        let len = text[i] == UInt8(ascii: "u") ? 4 : 8
        guard let cp = readHex(text, from: i + 1, count: len, end: end) else { return nil }
        var codePoint = cp
        var p = i + 1 + len
        if codePoint >= 0xD800 && codePoint < 0xDC00 && p + 1 < end && text[p] == UInt8(ascii: "\\") && text[p + 1] == UInt8(ascii: "u") {
            if let trail = readHex(text, from: p + 2, count: 4, end: end), trail >= 0xDC00 && trail < 0xE000 {
                codePoint = 0x10000 + (((codePoint - 0xD800) << 10) | (trail - 0xDC00))
                p += 6
            }
        }
        return (codePoint, p)
    }

    private static func readHex<C: Collection>(_ text: C, from start: Int, count: Int, end: Int) -> UInt32? where C.Element == UInt8, C.Index == Int {
        var result: UInt32 = 0
        for j in start..<(start + count) {
            guard j < end, text[j] != 0 else { return nil }
            result = (result << 4) &+ UInt32(truncatingIfNeeded: digitValue(text[j]))
        }
        return result
    }

    static func appendUTF8(_ codePoint: UInt32, to out: inout [UInt8]) {
        switch codePoint {
        case 0...0x7F:
            out.append(UInt8(codePoint))
        case 0x80...0x7FF:
            out.append(UInt8(0xC0 | (codePoint >> 6)))
            out.append(UInt8(0x80 | (codePoint & 0x3F)))
        case 0x800...0xFFFF:
            out.append(UInt8(0xE0 | (codePoint >> 12)))
            out.append(UInt8(0x80 | ((codePoint >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (codePoint & 0x3F)))
        case 0x10000...0x10FFFF:
            out.append(UInt8(0xF0 | (codePoint >> 18)))
            out.append(UInt8(0x80 | ((codePoint >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((codePoint >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (codePoint & 0x3F)))
        default:
            let hex = String(codePoint, radix: 16)
            out.append(contentsOf: Array("\\U".utf8) + Array(repeating: UInt8(ascii: "0"), count: max(0, 8 - hex.count)) + Array(hex.utf8))
        }
    }

    /// True when `name` is a protoc identifier (a letter or `_`, then letters, digits, `_`).
    static func isIdentifier<C: Collection>(_ name: C) -> Bool where C.Element == UInt8 {
        guard let first = name.first, Lexer.isLetter(first) else { return false }
        return name.dropFirst().allSatisfy(Lexer.isAlphanumeric)
    }
}
