/// One `declaration` of an extension range's options (ExtensionRangeOptions field 2).
struct ExtensionDeclaration {
    var number: Int32 = 0
    var fullName = ""
    var type = ""
    var reserved = false
    var repeated = false

    static func all(in range: ExtensionRangeDescriptor) -> [ExtensionDeclaration] {
        guard let value = range.options.value else { return [] }
        return value.values(of: 2).compactMap { v in
            guard case .message(let m) = v else { return nil }
            var d = ExtensionDeclaration()
            if case .varint(let n)? = m.values(of: 1).last { d.number = Int32(truncatingIfNeeded: n) }
            if case .bytes(let b)? = m.values(of: 2).last { d.fullName = String(decoding: b, as: UTF8.self) }
            if case .bytes(let b)? = m.values(of: 3).last { d.type = String(decoding: b, as: UTF8.self) }
            if case .varint(let r)? = m.values(of: 5).last { d.reserved = r != 0 }
            if case .varint(let r)? = m.values(of: 6).last { d.repeated = r != 0 }
            return d
        }
    }
}
