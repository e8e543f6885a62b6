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
    /// does) or is not valid UTF-8, placed at the first such byte.
    public static func problem(in data: Data) -> Finding? {
        // The common case, checked fast; positions are worked out only for a file that fails.
        let nul = data.firstIndex(of: 0)
        if nul == nil, String(validating: data, as: UTF8.self) != nil { return nil }
        var line = 1
        var column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length = sequenceLength(data, at: index)
            if index == nul {
                return Finding(path: "", startLine: line, startColumn: column, type: "COMPILE",
                               message: "this is a binary file, not .proto source: it holds a NUL byte here; a .proto file is UTF-8 text")
            }
            if length == 0 && nul == nil {
                return Finding(path: "", startLine: line, startColumn: column, type: "COMPILE",
                               message: "this file is not UTF-8 text: byte 0x\(String(format: "%02X", byte)) here cannot start a UTF-8 character; save it as UTF-8")
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += max(length, 1)
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `index` (RFC 3629: no overlongs, no
    /// surrogates, nothing above U+10FFFF), or 0.
    static func sequenceLength(_ data: Data, at index: Data.Index) -> Int {
        let b0 = data[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < data.endIndex && range.contains(data[index + offset])
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
