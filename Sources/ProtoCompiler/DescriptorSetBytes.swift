import Foundation

/// Works on a serialized FileDescriptorSet without decoding it: splits it into its files, reads
/// each file's name, and drops source info, at the level of protobuf's wire format. For a large
/// tree this is far cheaper than decoding and re-encoding every descriptor.
public enum DescriptorSetBytes {
    /// Each `file` entry (field 1) as (name, the entry's bytes including its tag and length).
    public static func files(_ set: Data) throws -> [(name: String, entry: Data)] {
        try set.withUnsafeBytes { raw -> [(String, Data)] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var out: [(String, Data)] = []
            var i = 0
            while i < bytes.count {
                let start = i
                let key = try varint(bytes, &i)
                guard key == (1 << 3 | 2) else { throw malformed }
                let length = Int(try varint(bytes, &i))
                guard length >= 0, i + length <= bytes.count else { throw malformed }
                let name = try fileName(bytes, from: i, to: i + length)
                i += length
                out.append((name, Data(bytes[start..<i])))
            }
            return out
        }
    }

    /// Where each `file` entry's FileDescriptorProto lies in the set (without its tag and length).
    public static func fileRanges(_ set: Data) throws -> [Range<Int>] {
        try set.withUnsafeBytes { raw -> [Range<Int>] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var out: [Range<Int>] = []
            var i = 0
            while i < bytes.count {
                let key = try varint(bytes, &i)
                guard key == (1 << 3 | 2) else { throw malformed }
                let length = Int(try varint(bytes, &i))
                guard length >= 0, i + length <= bytes.count else { throw malformed }
                out.append(set.startIndex + i ..< set.startIndex + i + length)
                i += length
            }
            return out
        }
    }

    /// The set limited to `names` (in the set's order), with or without source info.
    public static func select(_ set: Data, names: Set<String>?, includeSourceInfo: Bool) throws -> Data {
        var out = Data()
        for (name, entry) in try files(set) where names?.contains(name) ?? true {
            out.append(includeSourceInfo ? entry : try withoutSourceInfo(entry))
        }
        return out
    }

    static var malformed: Error { NSError(domain: "protopkg", code: 1, userInfo: [NSLocalizedDescriptionKey: "malformed descriptor set"]) }

    static func varint(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while i < b.count {
            let byte = b[i]
            i += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
            if shift > 63 { break }
        }
        throw malformed
    }

    /// Skips one field's value of the given wire type.
    static func skip(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, wireType: UInt64) throws {
        switch wireType {
        case 0: _ = try varint(b, &i)
        case 1: i += 8
        case 2: i += Int(try varint(b, &i))
        case 5: i += 4
        default: throw malformed
        }
        guard i <= b.count else { throw malformed }
    }

    static func fileName(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws -> String {
        var i = start
        while i < end {
            let key = try varint(b, &i)
            if key == (1 << 3 | 2) {
                let n = Int(try varint(b, &i))
                guard i + n <= end else { throw malformed }
                return String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + n)]), as: UTF8.self)
            }
            try skip(b, &i, wireType: key & 7)
        }
        return ""
    }

    /// One `file` entry with its `source_code_info` (field 9) removed and the length rewritten.
    static func withoutSourceInfo(_ entry: Data) throws -> Data {
        try entry.withUnsafeBytes { raw -> Data in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            _ = try varint(b, &i)
            _ = try varint(b, &i)
            var body = Data()
            while i < b.count {
                let fieldStart = i
                let key = try varint(b, &i)
                try skip(b, &i, wireType: key & 7)
                if key >> 3 != 9 { body.append(contentsOf: b[fieldStart..<i]) }
            }
            var out = Data([0x0a])
            var n = UInt64(body.count)
            while n >= 0x80 { out.append(UInt8(n & 0x7f) | 0x80); n >>= 7 }
            out.append(UInt8(n))
            return out + body
        }
    }
}
