import Foundation
import ProtopkgBasics

/// A `.proto` file is UTF-8 text. protoc reads anything, and on a binary file (or one saved in
/// another encoding) it reports every byte it cannot read — thousands of lines for one mistake.
/// This finds such files before protoc runs and says so once per file, where the first bad byte is.
public enum SourceEncoding {
    /// One finding per file of `request` that is not UTF-8 text.
    public static func problems(_ request: CompileRequest) -> [Finding] {
        var findings: [Finding] = []
        for file in request.files {
            guard let (resolver, data) = request.sources.lazy.compactMap({ r in r.read(file).map { (r, $0) } }).first,
                  var finding = problem(in: data) else { continue }
            finding.path = resolver.displayPath(for: file)
            findings.append(finding)
        }
        return findings
    }

    /// A finding (with no path yet) when `data` holds a NUL byte (a binary file: text never
    /// does) or is not valid UTF-8, placed at the first such byte (at the NUL when there is one).
    public static func problem(in data: Data) -> Finding? {
        data.withUnsafeBytes { raw in problem(in: raw.bindMemory(to: UInt8.self)) }
    }

    static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        if let nul = memchr(base, 0, bytes.count) {
            let (line, column) = position(of: UnsafeRawPointer(nul) - UnsafeRawPointer(base), in: bytes)
            return Finding(path: "", startLine: line, startColumn: column, type: "COMPILE",
                           message: "this is a binary file, not .proto source: it holds a NUL byte here; a .proto file is UTF-8 text")
        }
        guard let bad = firstIllFormedByte(bytes) else { return nil }
        let (line, column) = position(of: bad, in: bytes)
        return Finding(path: "", startLine: line, startColumn: column, type: "COMPILE",
                       message: "this file is not UTF-8 text: byte 0x\(String(format: "%02X", bytes[bad])) here cannot start a UTF-8 character; save it as UTF-8")
    }

    /// The offset of the first byte that starts no well-formed UTF-8 sequence, or nil. ASCII,
    /// nearly all of a .proto file, is skipped eight bytes at a time.
    static func firstIllFormedByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count,
               raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    /// The 1-based line and column (in characters) of the byte at `offset`.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += max(sequenceLength(bytes, at: index), 1)
        }
        return (line, column)
    }

    /// The length of the well-formed UTF-8 sequence at `index` (RFC 3629: no overlongs, no
    /// surrogates, nothing above U+10FFFF), or 0.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let b0 = bytes[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
