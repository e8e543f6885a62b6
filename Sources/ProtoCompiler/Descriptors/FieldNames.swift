/// Names protoc derives from field names.
enum FieldNames {
    /// protoc's ToJsonName: drop underscores, upper-casing the letter after each.
    static func jsonName(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var capitalizeNext = false
        for c in name.utf8 {
            if c == UInt8(ascii: "_") {
                capitalizeNext = true
            } else if capitalizeNext {
                out.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c)
                capitalizeNext = false
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `foo_map` → `FooMapEntry`.
    static func mapEntryName(_ name: String) -> String {
        var out: [UInt8] = []
        var capNext = true
        for c in name.utf8 {
            if c == UInt8(ascii: "_") {
                capNext = true
            } else if capNext {
                out.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c)
                capNext = false
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self) + "Entry"
    }

    static func asciiLowercased(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
