/// A cheap first look at a file's bytes: a binary or non-UTF-8 file is rejected with one
/// error at its first offending byte, before the lexer would report every byte of it.
enum SourceCheck {
    static func problem(in bytes: [UInt8]) -> Diagnostic? {
        bytes.withUnsafeBufferPointer { buf -> Diagnostic? in
            var i = 0
            let n = buf.count
            while i < n {
                let c = buf[i]
                if c < 0x80 {
                    if c == 0 { return at(buf, i, "the file contains a NUL byte: it looks binary, not a .proto text file") }
                    i += 1
                    continue
                }
                let length: Int
                if c >= 0xC2 && c <= 0xDF { length = 2 } else if c >= 0xE0 && c <= 0xEF { length = 3 } else if c >= 0xF0 && c <= 0xF4 { length = 4 } else {
                    return at(buf, i, "the file is not valid UTF-8 (byte 0x\(String(c, radix: 16)))")
                }
                guard i + length <= n else { return at(buf, i, "the file is not valid UTF-8 (truncated sequence)") }
                for k in 1..<length where buf[i + k] & 0xC0 != 0x80 {
                    return at(buf, i, "the file is not valid UTF-8 (byte 0x\(String(c, radix: 16)))")
                }
                if length == 3 {
                    let c1 = buf[i + 1]
                    if (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) {
                        return at(buf, i, "the file is not valid UTF-8 (byte 0x\(String(c, radix: 16)))")
                    }
                } else if length == 4 {
                    let c1 = buf[i + 1]
                    if (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) {
                        return at(buf, i, "the file is not valid UTF-8 (byte 0x\(String(c, radix: 16)))")
                    }
                }
                i += length
            }
            return nil
        }
    }

    /// The diagnostic at byte `offset`, with protoc's line and column (tabs to multiples of 8).
    private static func at(_ buf: UnsafeBufferPointer<UInt8>, _ offset: Int, _ message: String) -> Diagnostic {
        var line: Int32 = 0, column: Int32 = 0
        for i in 0..<offset {
            switch buf[i] {
            case 0x0A: line += 1; column = 0
            case 0x09: column += 8 - column % 8
            default: column += 1
            }
        }
        return Diagnostic(line: line, column: column, message + "; protoc reads .proto files as UTF-8 text")
    }
}
