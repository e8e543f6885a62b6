/// A named element in the symbol table (protoc's Symbol), and what it may be used as.
enum Symbol {
    case package(FileDescriptor)
    case message(MessageDescriptor)
    case enumType(EnumDescriptor)
    case enumValue(EnumValueDescriptor)
    case field(FieldDescriptor)
    case oneof(OneofDescriptor, FileDescriptor)
    case service(ServiceDescriptor)
    case method(MethodDescriptor, FileDescriptor)

    var file: FileDescriptor {
        switch self {
        case .package(let f): return f
        case .message(let m): return m.file
        case .enumType(let e): return e.file
        case .enumValue(let v): return v.enumType.file
        case .field(let f): return f.file
        case .oneof(_, let f): return f
        case .service(let s): return s.file
        case .method(_, let f): return f
        }
    }

    /// Symbols whose members can be named through them (protoc's IsAggregate).
    var isAggregate: Bool {
        switch self {
        case .package, .message, .enumType, .service: return true
        default: return false
        }
    }

    var isType: Bool {
        switch self {
        case .message, .enumType: return true
        default: return false
        }
    }

    var isPackage: Bool {
        if case .package = self { return true }
        return false
    }

    /// How protoc names the kind in "already defined" messages.
    var kindDescription: String {
        switch self {
        case .package: return "package"
        case .message: return "message"
        case .enumType: return "enum"
        case .enumValue: return "enum value"
        case .field(let f): return f.isExtension ? "extension" : "field"
        case .oneof: return "oneof"
        case .service: return "service"
        case .method: return "method"
        }
    }
}
