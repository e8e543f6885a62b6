extension FileLinker {
    /// protoc's ValidateOptions(EnumDescriptor): prefix-stripped name clashes, an open enum's
    /// first value, and numbers used twice without `allow_alias`.
    func validate(_ e: EnumDescriptor) {
        checkNamingStyle(e)
        checkEnumValueUniqueness(e)
        if e.features.enumType == 1, let first = e.values.first, first.number != 0 {
            addError(first.node.numberStart, "The first enum value must be zero for open enums.")
        }
        let allowAlias: Bool = {
            guard let v = e.options.value, case .varint(let a)? = v.values(of: 2).last else { return false }
            return a != 0
        }()
        if !allowAlias {
            var used: [Int32: String] = [:]
            for value in e.values {
                if let existing = used[value.number] {
                    let numbers = Set(e.values.map(\.number))
                    var next: Int32? = nil
                    var candidate = value.number
                    while candidate < Int32.max {
                        candidate += 1
                        if !numbers.contains(candidate) {
                            next = candidate
                            break
                        }
                    }
                    let hint = next.map { " The next available enum value is \($0)." } ?? ""
                    addError(value.node.numberStart, "\"\(value.fullName)\" uses the same enum value as \"\(existing)\". If this is intended, set 'option allow_alias = true;' to the enum definition.\(hint)")
                } else {
                    used[value.number] = value.fullName
                }
            }
        }
    }

    func checkEnumValueUniqueness(_ e: EnumDescriptor) {
        let prefix = Array(e.name.utf8.filter { $0 != UInt8(ascii: "_") }.map(FileLinker.lower))
        var seen: [String: EnumValueDescriptor] = [:]
        for value in e.values {
            let stripped = FileLinker.pascalCase(FileLinker.removePrefix(prefix, from: Array(value.name.utf8)))
            if let existing = seen[stripped] {
                if existing.name != value.name && existing.number != value.number {
                    if e.features.jsonFormat == 2 && file.edition == Editions.proto2 { continue }
                    addError(value.node.nameToken, "Enum name \(value.name) has the same name as \(existing.name) if you ignore case and strip out the enum name prefix (if any). (If you are using allow_alias, please assign the same number to each enum value name.)")
                }
            } else {
                seen[stripped] = value
            }
        }
    }

    static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
    static func upper(_ c: UInt8) -> UInt8 { c >= 0x61 && c <= 0x7A ? c - 0x20 : c }

    /// protoc's PrefixRemover::MaybeRemove.
    static func removePrefix(_ prefix: [UInt8], from str: [UInt8]) -> [UInt8] {
        var i = 0, j = 0
        while i < str.count && j < prefix.count {
            if str[i] == UInt8(ascii: "_") {
                i += 1
                continue
            }
            if lower(str[i]) != prefix[j] { return str }
            j += 1
            i += 1
        }
        if j < prefix.count { return str }
        while i < str.count && str[i] == UInt8(ascii: "_") { i += 1 }
        if i == str.count { return str }
        return Array(str[i...])
    }

    /// protoc's EnumValueToPascalCase.
    static func pascalCase(_ input: [UInt8]) -> String {
        var out: [UInt8] = []
        var nextUpper = true
        for c in input {
            if c == UInt8(ascii: "_") {
                nextUpper = true
            } else {
                out.append(nextUpper ? upper(c) : lower(c))
                nextUpper = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
