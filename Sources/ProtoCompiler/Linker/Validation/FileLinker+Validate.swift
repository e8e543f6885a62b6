extension FileLinker {
    /// protoc's ValidateOptions pass over every element, once options and features are known.
    func validate() {
        for message in file.messages { validate(message) }
        for e in file.enums { validate(e) }
        for ext in file.extensions { validateField(ext) }
        for service in file.services { validate(service) }
    }

    func validate(_ message: MessageDescriptor) {
        for field in message.fields { validateField(field) }
        for nested in message.nested { validate(nested) }
        for e in message.enums { validate(e) }
        for ext in message.extensions { validateField(ext) }
        validateMessage(message)
    }

    func validate(_ service: ServiceDescriptor) {}
}
