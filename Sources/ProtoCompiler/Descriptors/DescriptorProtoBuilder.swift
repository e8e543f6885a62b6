import SwiftProtobuf

/// Builds, from a linked file, the `FileDescriptorProto` value that decoding
/// `DescriptorEncoder`'s bytes would give, without the bytes: the checks read descriptors, and
/// on a large tree writing them out and parsing them back cost a tenth of a lint. Field for
/// field it mirrors `DescriptorEncoder` (the tests hold the two equal on the corpora): a field
/// the encoder writes is set here, even when empty, so presence matches too. Options are the
/// one part still decoded, from the interpreted options' own bytes, so that their extensions
/// stay unknown fields exactly as a decode leaves them.
struct DescriptorProtoBuilder {
    static func build(_ file: FileDescriptor, sourceInfo: Google_Protobuf_SourceCodeInfo?) throws -> Google_Protobuf_FileDescriptorProto {
        var p = Google_Protobuf_FileDescriptorProto()
        p.name = file.name
        if !file.package.isEmpty { p.package = file.package }
        p.dependency = file.dependencies
        p.messageType = try file.messages.map(message)
        p.enumType = try file.enums.map(enumType)
        p.service = try file.services.map(service)
        p.extension = try file.extensions.map(field)
        if let options: Google_Protobuf_FileOptions = try options(file.options) { p.options = options }
        if let sourceInfo { p.sourceCodeInfo = sourceInfo }
        p.publicDependency = file.publicDependencies
        p.weakDependency = file.weakDependencies
        if file.edition == Editions.proto3 {
            p.syntax = "proto3"
        } else if file.edition >= Editions.edition2023 {
            p.syntax = "editions"
            try enumField(file.edition, number: 14, of: &p) { $0.edition = $1 as Google_Protobuf_Edition }
        }
        p.optionDependency = file.optionDependencies
        return p
    }

    /// The interpreted options as a decode reads them; nil where the encoder writes none.
    static func options<M: Message>(_ options: ElementOptions) throws -> M? {
        guard options.isPresent, let value = options.output else { return nil }
        var w = WireWriter()
        value.write(to: &w)
        return try M(serializedBytes: w.bytes)
    }

    /// An enum field (field `number` of the message) set to `value`: through `set` when the
    /// generated enum has a case for it, else merged from its bytes, so that it lands in the
    /// unknown fields as a decode puts it.
    static func enumField<M: Message, E: RawRepresentable>(_ value: Int32, number: Int32, of message: inout M,
                                                           _ set: (inout M, E) -> Void) throws where E.RawValue == Int {
        if let known = E(rawValue: Int(value)) {
            set(&message, known)
            return
        }
        var w = WireWriter()
        w.int32Field(number, value)
        try message.merge(serializedBytes: w.bytes)
    }

    /// Reserved ranges as the generated type of each kind (messages and enums have their own).
    static func reserved<R: Message>(_ ranges: [(start: Int32, end: Int32, node: RangeNode)],
                                     _ set: (inout R, Int32, Int32) -> Void) -> [R] {
        ranges.map { range in
            var r = R()
            set(&r, range.start, range.end)
            return r
        }
    }

    static func message(_ message: MessageDescriptor) throws -> Google_Protobuf_DescriptorProto {
        var p = Google_Protobuf_DescriptorProto()
        p.name = message.name
        p.field = try message.fields.map(field)
        p.nestedType = try message.nested.map(Self.message)
        p.enumType = try message.enums.map(enumType)
        p.extensionRange = try message.extensionRanges.map { range in
            var r = Google_Protobuf_DescriptorProto.ExtensionRange()
            r.start = range.start
            r.end = range.end
            if let options: Google_Protobuf_ExtensionRangeOptions = try options(range.options) { r.options = options }
            return r
        }
        p.extension = try message.extensions.map(field)
        if let options: Google_Protobuf_MessageOptions = try options(message.options) { p.options = options }
        p.oneofDecl = try message.oneofs.map { oneof in
            var o = Google_Protobuf_OneofDescriptorProto()
            o.name = oneof.name
            if let options: Google_Protobuf_OneofOptions = try options(oneof.options) { o.options = options }
            return o
        }
        p.reservedRange = reserved(message.reservedRanges) { (r: inout Google_Protobuf_DescriptorProto.ReservedRange, start, end) in
            (r.start, r.end) = (start, end)
        }
        p.reservedName = message.reservedNames.map(\.name)
        if let visibility = message.visibility {
            try enumField(visibility, number: 11, of: &p) { $0.visibility = $1 as Google_Protobuf_SymbolVisibility }
        }
        return p
    }

    static func field(_ field: FieldDescriptor) throws -> Google_Protobuf_FieldDescriptorProto {
        var p = Google_Protobuf_FieldDescriptorProto()
        p.name = field.name
        if let extendee = field.extendeeType { p.extendee = "." + extendee.fullName }
        p.number = field.number
        try enumField(field.label, number: 4, of: &p) { $0.label = $1 as Google_Protobuf_FieldDescriptorProto.Label }
        if let type = field.type {
            try enumField(type, number: 5, of: &p) { $0.type = $1 as Google_Protobuf_FieldDescriptorProto.TypeEnum }
        }
        if let m = field.messageType {
            p.typeName = "." + m.fullName
        } else if let e = field.enumType {
            p.typeName = "." + e.fullName
        }
        if let value = DefaultValues.text(of: field) { p.defaultValue = value }
        if let options: Google_Protobuf_FieldOptions = try options(field.options) { p.options = options }
        if let index = field.oneofIndex { p.oneofIndex = Int32(index) }
        p.jsonName = field.jsonName
        if field.proto3Optional { p.proto3Optional = true }
        return p
    }

    static func enumType(_ e: EnumDescriptor) throws -> Google_Protobuf_EnumDescriptorProto {
        var p = Google_Protobuf_EnumDescriptorProto()
        p.name = e.name
        p.value = try e.values.map { value in
            var v = Google_Protobuf_EnumValueDescriptorProto()
            v.name = value.name
            v.number = value.number
            if let options: Google_Protobuf_EnumValueOptions = try options(value.options) { v.options = options }
            return v
        }
        if let options: Google_Protobuf_EnumOptions = try options(e.options) { p.options = options }
        p.reservedRange = reserved(e.reservedRanges) { (r: inout Google_Protobuf_EnumDescriptorProto.EnumReservedRange, start, end) in
            (r.start, r.end) = (start, end)
        }
        p.reservedName = e.reservedNames.map(\.name)
        if let visibility = e.visibility {
            try enumField(visibility, number: 6, of: &p) { $0.visibility = $1 as Google_Protobuf_SymbolVisibility }
        }
        return p
    }

    static func service(_ service: ServiceDescriptor) throws -> Google_Protobuf_ServiceDescriptorProto {
        var p = Google_Protobuf_ServiceDescriptorProto()
        p.name = service.name
        p.method = try service.methods.map { method in
            var m = Google_Protobuf_MethodDescriptorProto()
            m.name = method.name
            m.inputType = "." + (method.inputType?.fullName ?? method.inputTypeName)
            m.outputType = "." + (method.outputType?.fullName ?? method.outputTypeName)
            if let options: Google_Protobuf_MethodOptions = try options(method.options) { m.options = options }
            if method.clientStreaming { m.clientStreaming = true }
            if method.serverStreaming { m.serverStreaming = true }
            return m
        }
        if let options: Google_Protobuf_ServiceOptions = try options(service.options) { p.options = options }
        return p
    }
}
