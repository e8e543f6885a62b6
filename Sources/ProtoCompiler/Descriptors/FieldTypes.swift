/// FieldDescriptorProto.Type numbers and their keyword names.
enum FieldTypes {
    static let names: [Int32: String] = [
        1: "double", 2: "float", 3: "int64", 4: "uint64", 5: "int32", 6: "fixed64", 7: "fixed32", 8: "bool",
        9: "string", 10: "group", 11: "message", 12: "bytes", 13: "uint32", 14: "enum", 15: "sfixed32",
        16: "sfixed64", 17: "sint32", 18: "sint64",
    ]

    static func name(_ type: Int32) -> String { names[type] ?? "unknown" }
}
