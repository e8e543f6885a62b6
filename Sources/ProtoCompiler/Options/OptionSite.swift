/// An element whose options are to be interpreted: its options, the options message type,
/// the scope custom option names are resolved from, and its target type (for `targets`).
struct OptionSite {
    let options: ElementOptions
    let typeName: String
    let nameScope: String
    /// FieldOptions.OptionTargetType: 1 file, 2 extension range, 3 message, 4 field, 5 oneof,
    /// 6 enum, 7 enum entry, 8 service, 9 method.
    let target: Int32

    /// Every element of `file`, in the order protoc's builder allocates their options.
    static func collect(_ file: FileDescriptor) -> [OptionSite] {
        var out: [OptionSite] = []
        func field(_ f: FieldDescriptor) {
            out.append(OptionSite(options: f.options, typeName: "google.protobuf.FieldOptions", nameScope: f.fullName, target: 4))
        }
        func enumType(_ e: EnumDescriptor) {
            for v in e.values {
                out.append(OptionSite(options: v.options, typeName: "google.protobuf.EnumValueOptions", nameScope: v.fullName, target: 7))
            }
            out.append(OptionSite(options: e.options, typeName: "google.protobuf.EnumOptions", nameScope: e.fullName, target: 6))
        }
        func message(_ m: MessageDescriptor) {
            for o in m.oneofs {
                out.append(OptionSite(options: o.options, typeName: "google.protobuf.OneofOptions", nameScope: o.fullName, target: 5))
            }
            m.fields.forEach(field)
            m.enums.forEach(enumType)
            for r in m.extensionRanges {
                out.append(OptionSite(options: r.options, typeName: "google.protobuf.ExtensionRangeOptions", nameScope: m.fullName, target: 2))
            }
            m.extensions.forEach(field)
            m.nested.forEach(message)
            out.append(OptionSite(options: m.options, typeName: "google.protobuf.MessageOptions", nameScope: m.fullName, target: 3))
        }
        file.messages.forEach(message)
        file.enums.forEach(enumType)
        for s in file.services {
            for method in s.methods {
                out.append(OptionSite(options: method.options, typeName: "google.protobuf.MethodOptions", nameScope: method.fullName, target: 9))
            }
            out.append(OptionSite(options: s.options, typeName: "google.protobuf.ServiceOptions", nameScope: s.fullName, target: 8))
        }
        file.extensions.forEach(field)
        out.append(OptionSite(options: file.options, typeName: "google.protobuf.FileOptions", nameScope: file.package + ".dummy", target: 1))
        return out
    }
}
