/// Writes a linked file as the FileDescriptorProto protoc writes for it
/// (`FileDescriptor::CopyTo`, `CopyJsonNameTo`, then the source info if asked): fields in
/// field-number order, type names fully qualified with a leading dot, defaults as protoc
/// prints them, options as interpreted, `syntax` only for proto3 and editions.
struct DescriptorEncoder {
    /// The FileDescriptorProto's bytes; `sourceInfo` is a serialized SourceCodeInfo.
    static func encode(_ file: FileDescriptor, sourceInfo: [UInt8]?) -> [UInt8] {
        var w = WireWriter(capacity: 1024)
        w.stringField(1, file.name)
        if !file.package.isEmpty { w.stringField(2, file.package) }
        for dep in file.dependencies { w.stringField(3, dep) }
        for message in file.messages { w.message(4) { writeMessage(message, &$0) } }
        for e in file.enums { w.message(5) { writeEnum(e, &$0) } }
        for service in file.services { w.message(6) { writeService(service, &$0) } }
        for ext in file.extensions { w.message(7) { writeField(ext, &$0) } }
        writeOptions(file.options, field: 8, &w)
        if let sourceInfo {
            w.bytesField(9, sourceInfo)
        }
        for index in file.publicDependencies { w.int32Field(10, index) }
        for index in file.weakDependencies { w.int32Field(11, index) }
        if file.edition == Editions.proto3 {
            w.stringField(12, "proto3")
        } else if file.edition >= Editions.edition2023 {
            w.stringField(12, "editions")
            w.int32Field(14, file.edition)
        }
        for dep in file.optionDependencies { w.stringField(15, dep) }
        return w.bytes
    }

    static func writeOptions(_ options: ElementOptions, field: Int32, _ w: inout WireWriter) {
        guard options.isPresent, let value = options.output else { return }
        w.message(field) { value.write(to: &$0) }
    }

    static func writeMessage(_ message: MessageDescriptor, _ w: inout WireWriter) {
        w.stringField(1, message.name)
        for field in message.fields { w.message(2) { writeField(field, &$0) } }
        for nested in message.nested { w.message(3) { writeMessage(nested, &$0) } }
        for e in message.enums { w.message(4) { writeEnum(e, &$0) } }
        for range in message.extensionRanges {
            w.message(5) { r in
                r.int32Field(1, range.start)
                r.int32Field(2, range.end)
                writeOptions(range.options, field: 3, &r)
            }
        }
        for ext in message.extensions { w.message(6) { writeField(ext, &$0) } }
        writeOptions(message.options, field: 7, &w)
        for oneof in message.oneofs {
            w.message(8) { o in
                o.stringField(1, oneof.name)
                writeOptions(oneof.options, field: 2, &o)
            }
        }
        for range in message.reservedRanges {
            w.message(9) { r in
                r.int32Field(1, range.start)
                r.int32Field(2, range.end)
            }
        }
        for name in message.reservedNames { w.stringField(10, name.name) }
        if let visibility = message.visibility { w.int32Field(11, visibility) }
    }

    static func writeField(_ field: FieldDescriptor, _ w: inout WireWriter) {
        w.stringField(1, field.name)
        if let extendee = field.extendeeType { w.stringField(2, "." + extendee.fullName) }
        w.int32Field(3, field.number)
        w.int32Field(4, field.label)
        if let type = field.type { w.int32Field(5, type) }
        if let m = field.messageType {
            w.stringField(6, "." + m.fullName)
        } else if let e = field.enumType {
            w.stringField(6, "." + e.fullName)
        }
        if let value = DefaultValues.text(of: field) { w.stringField(7, value) }
        writeOptions(field.options, field: 8, &w)
        if let index = field.oneofIndex { w.int32Field(9, Int32(index)) }
        w.stringField(10, field.jsonName)
        if field.proto3Optional { w.boolField(17, true) }
    }

    static func writeEnum(_ e: EnumDescriptor, _ w: inout WireWriter) {
        w.stringField(1, e.name)
        for value in e.values {
            w.message(2) { v in
                v.stringField(1, value.name)
                v.int32Field(2, value.number)
                writeOptions(value.options, field: 3, &v)
            }
        }
        writeOptions(e.options, field: 3, &w)
        for range in e.reservedRanges {
            w.message(4) { r in
                r.int32Field(1, range.start)
                r.int32Field(2, range.end)
            }
        }
        for name in e.reservedNames { w.stringField(5, name.name) }
        if let visibility = e.visibility { w.int32Field(6, visibility) }
    }

    static func writeService(_ service: ServiceDescriptor, _ w: inout WireWriter) {
        w.stringField(1, service.name)
        for method in service.methods {
            w.message(2) { m in
                m.stringField(1, method.name)
                m.stringField(2, "." + (method.inputType?.fullName ?? method.inputTypeName))
                m.stringField(3, "." + (method.outputType?.fullName ?? method.outputTypeName))
                writeOptions(method.options, field: 4, &m)
                if method.clientStreaming { m.boolField(5, true) }
                if method.serverStreaming { m.boolField(6, true) }
            }
        }
        writeOptions(service.options, field: 3, &w)
    }
}
