/// C-style escaping as protoc writes `bytes` default values (absl::CEscape): `\n`, `\r`,
/// `\t`, `\"`, `\'`, `\\`, and three-digit octal for other bytes outside printable ASCII.
enum CEscape {
    static func escape(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes {
            switch b {
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x22: out += [0x5C, 0x22]
            case 0x27: out += [0x5C, 0x27]
            case 0x5C: out += [0x5C, 0x5C]
            default:
                if b < 0x20 || b >= 0x7F {
                    out += [0x5C, 0x30 + (b >> 6), 0x30 + ((b >> 3) & 7), 0x30 + (b & 7)]
                } else {
                    out.append(b)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// absl::CUnescape, as protoc reads a `bytes` default back. nil when malformed.
    static func unescape(_ text: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < text.count {
            let c = text[i]
            guard c == 0x5C else {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < text.count else { return nil }
            let e = text[i]
            switch e {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var code = Int(e - 0x30)
                var n = 1
                while n < 3, i + 1 < text.count, Lexer.isOctalDigit(text[i + 1]) {
                    i += 1
                    code = code * 8 + Int(text[i] - 0x30)
                    n += 1
                }
                guard code <= 255 else { return nil }
                out.append(UInt8(code))
            case UInt8(ascii: "x"), UInt8(ascii: "X"):
                guard i + 1 < text.count, Lexer.isHexDigit(text[i + 1]) else { return nil }
                var code = 0
                while i + 1 < text.count, Lexer.isHexDigit(text[i + 1]) {
                    i += 1
                    code = code * 16 + Literals.digitValue(text[i])
                    guard code <= 255 else { return nil }
                }
                out.append(UInt8(code))
            default:
                out.append(Literals.translateEscape(e))
            }
            i += 1
        }
        return out
    }
}
