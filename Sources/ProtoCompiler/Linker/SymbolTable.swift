/// Every symbol of the files linked so far, by full name (protoc's pool tables). Packages
/// are symbols too, one per dotted prefix, owned by the first file that declared them.
final class SymbolTable {
    private(set) var symbols: [String: Symbol] = [:]
    /// Extensions by (extendee full name, number).
    private(set) var extensions: [ExtensionKey: FieldDescriptor] = [:]
    private(set) var files: [String: FileDescriptor] = [:]

    struct ExtensionKey: Hashable {
        var extendee: String
        var number: Int32
    }

    init() {
        symbols.reserveCapacity(1 << 19)
    }

    func lookup(_ name: String) -> Symbol? { symbols[name] }

    /// Adds a symbol; returns the existing one when the name is taken.
    func add(_ name: String, _ symbol: Symbol) -> Symbol? {
        if let existing = symbols[name] { return existing }
        symbols[name] = symbol
        return nil
    }

    func addFile(_ file: FileDescriptor) { files[file.name] = file }

    func addExtension(_ field: FieldDescriptor, extendee: String) -> FieldDescriptor? {
        let key = ExtensionKey(extendee: extendee, number: field.number)
        if let existing = extensions[key] { return existing }
        extensions[key] = field
        return nil
    }

    func extensions(of extendee: String) -> [FieldDescriptor] {
        extensions.filter { $0.key.extendee == extendee }.map(\.value)
    }
}
