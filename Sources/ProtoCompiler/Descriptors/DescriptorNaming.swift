/// Gives every element of a file its full name (and each field its containing message, json
/// name and oneof membership). These depend only on the file itself, so they are computed
/// with the descriptors, on whichever thread lowered the file, not by the linker.
enum DescriptorNaming {
    static func assign(_ file: FileDescriptor) {
        let scope = file.package
        for message in file.messages { name(message, scope: scope) }
        for e in file.enums { name(e, scope: scope) }
        for service in file.services {
            service.fullName = join(scope, service.name)
            for method in service.methods { method.fullName = service.fullName + "." + method.name }
        }
        for ext in file.extensions { name(ext, scope: scope, message: nil) }
    }

    static func join(_ scope: String, _ name: String) -> String {
        scope.isEmpty ? name : scope + "." + name
    }

    private static func name(_ message: MessageDescriptor, scope: String) {
        message.fullName = join(scope, message.name)
        for oneof in message.oneofs { oneof.fullName = message.fullName + "." + oneof.name }
        for field in message.fields {
            field.containingMessage = message
            name(field, scope: message.fullName, message: message)
            if let index = field.oneofIndex, index < message.oneofs.count {
                message.oneofs[index].fields.append(field)
            }
        }
        for e in message.enums { name(e, scope: message.fullName) }
        for ext in message.extensions { name(ext, scope: message.fullName, message: message) }
        for nested in message.nested { name(nested, scope: message.fullName) }
    }

    private static func name(_ field: FieldDescriptor, scope: String, message: MessageDescriptor?) {
        field.fullName = join(scope, field.name)
        if field.isExtension { field.extensionScope = message }
        field.jsonName = field.explicitJsonName ?? FieldNames.jsonName(field.name)
    }

    private static func name(_ e: EnumDescriptor, scope: String) {
        e.fullName = join(scope, e.name)
        // Enum values are siblings of their enum (C++ scoping).
        for value in e.values { value.fullName = join(scope, value.name) }
    }
}
