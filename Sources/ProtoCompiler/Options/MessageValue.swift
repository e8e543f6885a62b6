/// A message built from option values, typed by the pool's descriptor. It serializes as a
/// protobuf message that was parsed from wire format serializes: fields (extensions
/// included) in field-number order, a singular message's statements merged into one,
/// repeated values in the order they were set.
final class MessageValue {
    let type: MessageDescriptor
    private(set) var entries: [Entry] = []

    struct Entry {
        let field: FieldDescriptor
        var values: [FieldValue]
    }

    init(type: MessageDescriptor) {
        self.type = type
    }

    func index(of number: Int32) -> Int? {
        entries.firstIndex { $0.field.number == number }
    }

    func values(of number: Int32) -> [FieldValue] {
        index(of: number).map { entries[$0].values } ?? []
    }

    func has(_ number: Int32) -> Bool { index(of: number) != nil }

    /// Sets a singular field, or appends to a repeated one.
    func set(_ field: FieldDescriptor, _ value: FieldValue) {
        if let i = index(of: field.number) {
            if field.isRepeated {
                entries[i].values.append(value)
            } else {
                entries[i].values = [value]
            }
        } else {
            entries.append(Entry(field: field, values: [value]))
        }
    }

    /// Appends a value keeping every earlier one (building a copy entry by entry).
    func append(_ field: FieldDescriptor, _ value: FieldValue) {
        if let i = index(of: field.number) {
            entries[i].values.append(value)
        } else {
            entries.append(Entry(field: field, values: [value]))
        }
    }

    func remove(_ number: Int32) {
        entries.removeAll { $0.field.number == number }
    }

    /// The singular message in `field`, created when absent.
    func child(_ field: FieldDescriptor, type: MessageDescriptor) -> MessageValue {
        if let i = index(of: field.number), case .message(let m)? = entries[i].values.last {
            return m
        }
        let m = MessageValue(type: type)
        set(field, .message(m))
        return m
    }

    /// Merges `other` into this message as protobuf's MergeFrom does.
    func merge(_ other: MessageValue) {
        for entry in other.entries {
            if entry.field.isRepeated {
                for v in entry.values { set(entry.field, v.copy()) }
            } else if case .message(let m)? = entry.values.last, let i = index(of: entry.field.number),
                      case .message(let mine)? = entries[i].values.last {
                mine.merge(m)
            } else if let v = entry.values.last {
                set(entry.field, v.copy())
            }
        }
    }

    func copy() -> MessageValue {
        let m = MessageValue(type: type)
        for entry in entries {
            m.entries.append(Entry(field: entry.field, values: entry.values.map { $0.copy() }))
        }
        return m
    }

    func serialized() -> [UInt8] {
        var writer = WireWriter()
        write(to: &writer)
        return writer.bytes
    }

    func write(to w: inout WireWriter) {
        let sorted = entries.enumerated().sorted {
            $0.element.field.number != $1.element.field.number
                ? $0.element.field.number < $1.element.field.number : $0.offset < $1.offset
        }
        for (_, entry) in sorted {
            let field = entry.field
            if field.isRepeated && field.isPackedForSerialization {
                guard !entry.values.isEmpty else { continue }
                w.message(field.number) { body in
                    for value in entry.values {
                        switch value {
                        case .varint(let v): body.varint(v)
                        case .fixed32(let v): body.fixed32(v)
                        case .fixed64(let v): body.fixed64(v)
                        default: break
                        }
                    }
                }
                continue
            }
            for value in entry.values {
                if !field.isRepeated && field.hasImplicitPresence && value.isZero { continue }
                switch value {
                case .varint(let v):
                    w.tag(field.number, 0)
                    w.varint(v)
                case .fixed32(let v):
                    w.tag(field.number, 5)
                    w.fixed32(v)
                case .fixed64(let v):
                    w.tag(field.number, 1)
                    w.fixed64(v)
                case .bytes(let b):
                    w.bytesField(field.number, b)
                case .message(let m):
                    if field.type == 10 {
                        w.tag(field.number, 3)
                        m.write(to: &w)
                        w.tag(field.number, 4)
                    } else {
                        w.message(field.number) { m.write(to: &$0) }
                    }
                }
            }
        }
    }
}

extension FieldValue {
    func copy() -> FieldValue {
        if case .message(let m) = self { return .message(m.copy()) }
        return self
    }
}

extension WireWriter {
    mutating func fixed32(_ v: UInt32) {
        var x = v.littleEndian
        withUnsafeBytes(of: &x) { bytes.append(contentsOf: $0) }
    }

    mutating func fixed64(_ v: UInt64) {
        var x = v.littleEndian
        withUnsafeBytes(of: &x) { bytes.append(contentsOf: $0) }
    }
}
