import Foundation

/// A file's text, to move between the two ways positions in it are counted.
///
/// protoc's source info (and so every `SourceSpan` read from a descriptor) counts a column per
/// byte and moves a tab to the next multiple of 8. buf reports columns as a terminal shows the
/// line: a tab moves to the next multiple of 4, and each character counts its display width
/// (`DisplayWidth`). Lines end at `\n`, for both.
public final class SourceText {
    /// The file's bytes, and where each line starts in them: line `i` (0-based) is
    /// `bytes[starts[i] ..< starts[i + 1] - 1]` (the last entry is one past the end), so a
    /// file costs two arrays however many lines it has.
    private let bytes: [UInt8]
    private let starts: [Int]

    public init(_ text: String) {
        var text = text
        bytes = text.withUTF8 { Array($0) }
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 2)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, 0x0A, buffer.count - offset) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                starts.append(at + 1)
                offset = at + 1
            }
        }
        starts.append(bytes.count + 1)
        self.starts = starts
    }

    /// How many lines the text has (a final `\n` ends a last, empty line).
    public var lineCount: Int { starts.count - 1 }

    /// The bytes of line `index` (0-based), without its `\n`.
    public func line(_ index: Int) -> ArraySlice<UInt8> { bytes[starts[index] ..< starts[index + 1] - 1] }

    /// The byte offset (0-based) in a line (1-based) of a protoc column (1-based); past the end
    /// of the line, the line's length plus what is left.
    public func byteOffset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineCount else { return column - 1 }
        let bytes = self.line(line - 1)
        var protoc = 0, offset = 0
        while offset < bytes.count, protoc < column - 1 {
            protoc = bytes[bytes.startIndex + offset] == UInt8(ascii: "\t") ? protoc + 8 - protoc % 8 : protoc + 1
            offset += 1
        }
        return offset + max(0, column - 1 - protoc)
    }

    /// The protoc column (1-based) of a byte offset (0-based) in a line (1-based).
    public func column(line: Int, byteOffset: Int) -> Int {
        guard line >= 1, line <= lineCount else { return byteOffset + 1 }
        let bytes = self.line(line - 1)
        var protoc = 0
        for b in bytes.prefix(byteOffset) { protoc = b == UInt8(ascii: "\t") ? protoc + 8 - protoc % 8 : protoc + 1 }
        return protoc + max(0, byteOffset - bytes.count) + 1
    }

    /// buf's column (1-based) for a protoc column (1-based) in a line (1-based).
    public func bufColumn(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineCount else { return column }
        let bytes = self.line(line - 1)
        let offset = byteOffset(line: line, column: column)
        let prefix = bytes.prefix(offset)
        // Nearly every line is ASCII without tabs, where the two counts agree.
        if prefix.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return column }
        var width = 0
        for character in String(decoding: prefix, as: UTF8.self) {
            width = character == "\t" ? width + 4 - width % 4 : width + DisplayWidth.of(character)
        }
        return width + max(0, offset - bytes.count) + 1
    }

    /// A span of protoc columns in buf's columns.
    public func bufSpan(_ span: SourceSpan) -> SourceSpan {
        SourceSpan(startLine: span.startLine, startColumn: bufColumn(line: span.startLine, column: span.startColumn),
                   endLine: span.endLine, endColumn: bufColumn(line: span.endLine, column: span.endColumn))
    }
}
