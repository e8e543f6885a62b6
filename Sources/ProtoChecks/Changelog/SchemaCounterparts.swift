import ProtoSchema

/// Finds elements by place and their counterparts in the other version of a schema, so a
/// changelog entry reported at one side can name its place on the other: a message by full
/// name, a field by number within its message, an enum value by number, a method by name.
enum SchemaCounterparts {
    /// Every element of a file that a finding can be about, in declaration order.
    static func elements(of file: SchemaFile) -> [SchemaElement] {
        var out: [SchemaElement] = []
        for message in file.allMessages {
            out.append(message)
            out += message.fields as [SchemaElement]
            out += message.oneofs as [SchemaElement]
            out += message.extensions as [SchemaElement]
        }
        for e in file.allEnums {
            out.append(e)
            out += e.values as [SchemaElement]
        }
        for service in file.services {
            out.append(service)
            out += service.methods as [SchemaElement]
        }
        out += file.extensions as [SchemaElement]
        return out
    }

    /// The innermost element whose span holds the position, if any.
    static func element(in file: SchemaFile, line: Int, column: Int) -> SchemaElement? {
        var best: (SchemaElement, SourceSpan)?
        for element in elements(of: file) {
            guard let span = element.location, contains(span, line: line, column: column) else { continue }
            if let (_, current) = best, !isInside(span, current) { continue }
            best = (element, span)
        }
        return best?.0
    }

    static func contains(_ span: SourceSpan, line: Int, column: Int) -> Bool {
        (span.startLine, span.startColumn) <= (line, column) && (line, column) <= (span.endLine, span.endColumn)
    }

    /// True when `inner` lies within `outer` (an equal span counts: the later, deeper element wins).
    static func isInside(_ inner: SourceSpan, _ outer: SourceSpan) -> Bool {
        (outer.startLine, outer.startColumn) <= (inner.startLine, inner.startColumn)
            && (inner.endLine, inner.endColumn) <= (outer.endLine, outer.endColumn)
    }

    /// The same element in the other schema, or nil when it is not there.
    static func counterpart(of element: SchemaElement, in schema: Schema) -> SchemaElement? {
        switch element {
        case let m as SchemaMessage:
            return schema.messagesByName[m.fullName]
        case let e as SchemaEnum:
            return schema.enumsByName[e.fullName]
        case let s as SchemaService:
            return schema.servicesByName[s.fullName]
        case let f as SchemaField where f.isExtension:
            return schema.filesByPath.values.lazy.flatMap(\.allExtensions)
                .first { $0.extendee == f.extendee && $0.number == f.number }
        case let f as SchemaField:
            guard let message = f.message, let other = counterpart(of: message, in: schema) as? SchemaMessage else { return nil }
            return other.field(number: f.number)
        case let v as SchemaEnumValue:
            guard let other = counterpart(of: v.enum, in: schema) as? SchemaEnum else { return nil }
            return other.values(number: v.number).first
        case let m as SchemaMethod:
            guard let other = counterpart(of: m.service, in: schema) as? SchemaService else { return nil }
            return other.methods.first { $0.name == m.name }
        case let o as SchemaOneof:
            guard let other = counterpart(of: o.message, in: schema) as? SchemaMessage else { return nil }
            return other.oneofs.first { $0.name == o.name }
        default:
            return nil
        }
    }

    /// The full name of an element (`acme.v1.Invoice.customer_id`), for anchors.
    static func fullName(_ element: SchemaElement) -> String? {
        switch element {
        case let m as SchemaMessage: return m.fullName
        case let e as SchemaEnum: return e.fullName
        case let s as SchemaService: return s.fullName
        case let f as SchemaField: return f.fullName
        case let v as SchemaEnumValue: return v.fullName
        case let m as SchemaMethod: return m.fullName
        case let o as SchemaOneof: return "\(o.message.fullName).\(o.name)"
        default: return nil
        }
    }

    /// The names a finding's message may use for an element: its name, its full name, its name
    /// within its package, and for fields and values their number.
    static func names(_ element: SchemaElement) -> Set<String> {
        var out = Set<String>()
        if let full = fullName(element) {
            out.insert(full)
            let package = element.file.package
            if !package.isEmpty, full.hasPrefix(package + ".") { out.insert(String(full.dropFirst(package.count + 1))) }
        }
        switch element {
        case let m as SchemaMessage: out.insert(m.name)
        case let e as SchemaEnum: out.insert(e.name)
        case let s as SchemaService: out.insert(s.name)
        case let f as SchemaField: out.formUnion([f.name, String(f.number)])
        case let v as SchemaEnumValue: out.formUnion([v.name, String(v.number)])
        case let m as SchemaMethod: out.insert(m.name)
        case let o as SchemaOneof: out.insert(o.name)
        default: break
        }
        return out
    }

    /// The place of an element: its whole span, else the start of its file.
    static func place(_ element: SchemaElement) -> ChangelogPlace {
        let span = element.location
        return ChangelogPlace(path: element.file.path, line: span?.startLine ?? 1, column: span?.startColumn ?? 1)
    }

    /// The place of a part of an element (`suffix` below its path) in its file, else the element's.
    static func place(_ element: SchemaElement, suffix: [Int32]) -> ChangelogPlace {
        guard !suffix.isEmpty, let span = element.file.span(element.path + suffix) else { return place(element) }
        return ChangelogPlace(path: element.file.path, line: span.startLine, column: span.startColumn)
    }

    /// The descriptor path, below `prefix`, of the statement that starts at the position (the
    /// deepest one when several do), relative to `prefix`.
    static func suffix(in file: SchemaFile, under prefix: [Int32], line: Int, column: Int) -> [Int32]? {
        let starting = file.locations(under: prefix).filter { $0.span.startLine == line && $0.span.startColumn == column }
        return starting.max { $0.path.count < $1.path.count }.map { Array($0.path.dropFirst(prefix.count)) }
    }
}
