/// Appends protobuf wire format to a byte buffer. Length-delimited fields are written by
/// reserving room after the tag, writing the body, then moving it if the length's varint
/// needed more than the one byte reserved.
struct WireWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    @inline(__always) mutating func tag(_ field: Int32, _ wireType: UInt8) {
        varint(UInt64(UInt32(bitPattern: field) << 3 | UInt32(wireType)))
    }

    mutating func int32Field(_ field: Int32, _ value: Int32) {
        tag(field, 0)
        varint(UInt64(bitPattern: Int64(value)))
    }

    mutating func boolField(_ field: Int32, _ value: Bool) {
        tag(field, 0)
        bytes.append(value ? 1 : 0)
    }

    mutating func stringField(_ field: Int32, _ value: String) {
        tag(field, 2)
        var s = value
        s.withUTF8 { buf in
            varint(UInt64(buf.count))
            bytes.append(contentsOf: buf)
        }
    }

    mutating func bytesField(_ field: Int32, _ value: [UInt8]) {
        tag(field, 2)
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// Writes `field` as a length-delimited message whose body `body` appends.
    @inline(__always) mutating func message(_ field: Int32, _ body: (inout WireWriter) -> Void) {
        tag(field, 2)
        let lengthAt = bytes.count
        bytes.append(0)
        let start = bytes.count
        body(&self)
        let length = bytes.count - start
        if length < 0x80 {
            bytes[lengthAt] = UInt8(length)
            return
        }
        var prefix: [UInt8] = []
        var v = UInt64(length)
        while v >= 0x80 {
            prefix.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        prefix.append(UInt8(v))
        bytes.replaceSubrange(lengthAt..<(lengthAt + 1), with: prefix)
    }

    /// A packed repeated field of varints.
    mutating func packedVarints(_ field: Int32, _ values: [Int32]) {
        guard !values.isEmpty else { return }
        message(field) { w in
            for v in values { w.varint(UInt64(bitPattern: Int64(v))) }
        }
    }
}
