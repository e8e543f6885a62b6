import ProtoSchema

extension SchemaField {
    /// How findings name a field: by number, name and message; an extension by its full name and
    /// the message it extends.
    var findingText: String {
        if isExtension { return "Extension \"\(number)\" with name \"\(fullName)\" on message \"\(extendee)\"" }
        return "Field \"\(number)\" with name \"\(name)\" on message \"\(message?.name ?? "")\""
    }
}
