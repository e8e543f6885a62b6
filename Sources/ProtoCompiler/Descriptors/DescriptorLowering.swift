/// Builds a file's descriptors from its AST the way protoc's parser fills a
/// FileDescriptorProto: declarations grouped by kind in source order, a group's message and a
/// map's entry added to the enclosing scope's nested types when the field is read, synthetic
/// oneofs for proto3 `optional` fields appended after the written ones.
struct DescriptorLowering {
    let file: FileDescriptor
    let isProto3: Bool

    static func lower(_ ast: FileNode) -> FileDescriptor {
        let file = FileDescriptor(name: ast.name, ast: ast)
        file.syntax = ast.syntaxName
        if let syntax = ast.syntax {
            if syntax.isEdition {
                file.edition = Editions.number(named: syntax.value) ?? Editions.unknown
            } else {
                file.edition = syntax.value == "proto3" ? Editions.proto3 : Editions.proto2
            }
        }
        let lowering = DescriptorLowering(file: file, isProto3: file.syntax == "proto3")
        lowering.lowerFile(ast)
        DescriptorNaming.assign(file)
        return file
    }

    func lowerFile(_ ast: FileNode) {
        for element in ast.elements {
            switch element {
            case .package(let node):
                file.package = node.name
                file.packageNode = node
            case .importDecl(let node):
                switch node.kind {
                case .option:
                    file.optionDependencies.append(node.path)
                    file.optionDependencyNodes.append(node)
                case .publicImport:
                    file.publicDependencies.append(Int32(file.dependencies.count))
                    fallthrough
                case .plain, .weak:
                    if node.kind == .weak { file.weakDependencies.append(Int32(file.dependencies.count)) }
                    file.dependencies.append(node.path)
                    file.dependencyNodes.append(node)
                }
            case .option(let node):
                file.options.uninterpreted.append(node)
            case .message(let node):
                let message = MessageDescriptor(name: node.name, file: file, parent: nil, path: [4, Int32(file.messages.count)])
                file.messages.append(message)
                lowerMessage(message, node: node)
            case .enumDecl(let node):
                file.enums.append(lowerEnum(node, parent: nil, path: [5, Int32(file.enums.count)]))
            case .service(let node):
                file.services.append(lowerService(node, path: [6, Int32(file.services.count)]))
            case .extend(let node):
                var scope = Scope(messages: file.messages, messagePath: [4])
                for field in node.fields {
                    let descriptor = lowerField(field, extendee: node, into: &file.extensions, path: [7], scope: &scope, parent: nil)
                    descriptor.extendNode = node
                }
                file.messages = scope.messages
            }
        }
    }

    /// Where a group's or map entry's generated message goes: the enclosing scope's nested types.
    struct Scope {
        var messages: [MessageDescriptor]
        var messagePath: [Int32]
    }

    func lowerMessage(_ message: MessageDescriptor, node: MessageNode) {
        message.node = node
        // `local` is five letters, `export` six.
        if let visibility = node.visibility { message.visibility = visibility.length == 5 ? 1 : 2 }
        lowerBody(message, node.body)
        if isProto3 { generateSyntheticOneofs(message) }
    }

    func lowerBody(_ message: MessageDescriptor, _ body: MessageBody) {
        var scope = Scope(messages: [], messagePath: message.path + [3])
        for element in body.elements {
            scope.messages = message.nested
            switch element {
            case .field(let node):
                _ = lowerField(node, extendee: nil, into: &message.fields, path: message.path + [2], scope: &scope, parent: message)
                message.nested = scope.messages
            case .oneof(let node):
                let oneof = OneofDescriptor(name: node.name, node: node, path: message.path + [8, Int32(message.oneofs.count)])
                oneof.options.uninterpreted = node.options
                message.oneofs.append(oneof)
                for field in node.fields {
                    let descriptor = lowerField(field, extendee: nil, into: &message.fields, path: message.path + [2], scope: &scope, parent: message)
                    descriptor.oneofIndex = message.oneofs.count - 1
                    message.nested = scope.messages
                }
            case .message(let node):
                let nested = MessageDescriptor(name: node.name, file: file, parent: message,
                                               path: message.path + [3, Int32(message.nested.count)])
                message.nested.append(nested)
                lowerMessage(nested, node: node)
            case .enumDecl(let node):
                message.enums.append(lowerEnum(node, parent: message, path: message.path + [4, Int32(message.enums.count)]))
            case .extend(let node):
                for field in node.fields {
                    let descriptor = lowerField(field, extendee: node, into: &message.extensions, path: message.path + [6], scope: &scope, parent: message)
                    descriptor.extendNode = node
                    message.nested = scope.messages
                }
            case .extensions(let node):
                for range in node.ranges {
                    let descriptor = ExtensionRangeDescriptor(start: range.start, end: range.end, node: range, statement: node,
                                                              path: message.path + [5, Int32(message.extensionRanges.count)])
                    if let options = node.options {
                        for case .option(let option) in options.entries { descriptor.options.uninterpreted.append(option) }
                    }
                    message.extensionRanges.append(descriptor)
                }
            case .reserved(let node):
                for range in node.ranges { message.reservedRanges.append((range.start, range.end, range)) }
                for name in node.names { message.reservedNames.append((name.name, name)) }
            case .option(let node):
                message.options.uninterpreted.append(node)
            }
        }
        let maxNumber = isMessageSet(message) ? Int32.max : FieldNumbers.maxNumber + 1
        for range in message.extensionRanges where range.end == -1 { range.end = maxNumber }
        for i in message.reservedRanges.indices where message.reservedRanges[i].end == -1 {
            message.reservedRanges[i].end = maxNumber
        }
    }

    /// protoc decides `max` from the uninterpreted `message_set_wire_format = true`.
    private func isMessageSet(_ message: MessageDescriptor) -> Bool {
        message.options.uninterpreted.contains { option in
            option.name.count == 1 && !option.name[0].isExtension && option.name[0].name == "message_set_wire_format"
                && { if case .identifier("true") = option.value { return true } else { return false } }()
        }
    }

    @discardableResult
    func lowerField(_ node: FieldNode, extendee: ExtendNode?, into list: inout [FieldDescriptor], path: [Int32],
                    scope: inout Scope, parent: MessageDescriptor?) -> FieldDescriptor {
        var name = node.name
        let isGroup = node.type.scalar == 10
        if isGroup { name = FieldNames.asciiLowercased(name) }
        let field = FieldDescriptor(name: name, file: file, number: node.number, label: node.label?.rawValue ?? 1,
                                    node: node, path: path + [Int32(list.count)])
        list.append(field)
        if let extendee { field.extendee = extendee.extendee.name }
        if node.label == .optional && node.labelToken != nil && isProto3 { field.proto3Optional = true }
        if let options = node.options {
            for entry in options.entries {
                switch entry {
                case .option(let option): field.options.uninterpreted.append(option)
                case .defaultValue(let value): field.defaultValue = value.value
                case .jsonName(let value): field.explicitJsonName = value.value
                }
            }
        }
        if let map = node.type.map {
            field.label = 3
            let entryName = FieldNames.mapEntryName(node.name)
            field.typeName = entryName
            let entry = MessageDescriptor(name: entryName, file: file, parent: parent,
                                          path: scope.messagePath + [Int32(scope.messages.count)])
            entry.mapField = node
            entry.options.presetMapEntry = true
            scope.messages.append(entry)
            let key = FieldDescriptor(name: "key", file: file, number: 1, label: 1, node: nil, path: entry.path + [2, 0])
            key.type = map.keyScalar
            key.typeName = map.keyScalar == nil ? map.keyName : nil
            let value = FieldDescriptor(name: "value", file: file, number: 2, label: 1, node: nil, path: entry.path + [2, 1])
            value.type = map.valueScalar
            value.typeName = map.valueScalar == nil ? map.valueName : nil
            key.mapField = field
            value.mapField = field
            for option in field.options.uninterpreted {
                guard let first = option.name.first, !first.isExtension else { continue }
                if option.name.count == 1 && first.name == "enforce_utf8" {
                    if key.type == 9 { key.options.uninterpreted.append(option) }
                    if value.type == 9 { value.options.uninterpreted.append(option) }
                }
                if first.name == "features" {
                    key.options.uninterpreted.append(option)
                    value.options.uninterpreted.append(option)
                }
            }
            entry.fields = [key, value]
        } else if isGroup {
            field.type = 10
            field.typeName = node.name
            let group = MessageDescriptor(name: node.name, file: file, parent: parent,
                                          path: scope.messagePath + [Int32(scope.messages.count)])
            group.groupField = node
            scope.messages.append(group)
            if let body = node.groupBody { lowerBody(group, body) }
        } else if let scalar = node.type.scalar {
            field.type = scalar
        } else {
            field.typeName = node.type.name
        }
        return field
    }

    /// protoc's GenerateSyntheticOneofs: one oneof per proto3 `optional` field, named `_name`
    /// with `X` prepended until it clashes with no field or oneof name.
    func generateSyntheticOneofs(_ message: MessageDescriptor) {
        var names = Set(message.fields.map(\.name))
        for oneof in message.oneofs { names.insert(oneof.name) }
        for field in message.fields where field.proto3Optional {
            var name = field.name
            if name.isEmpty || !name.hasPrefix("_") { name = "_" + name }
            while names.contains(name) { name = "X" + name }
            names.insert(name)
            field.oneofIndex = message.oneofs.count
            message.oneofs.append(OneofDescriptor(name: name, node: nil, path: message.path + [8, Int32(message.oneofs.count)]))
        }
    }

    func lowerEnum(_ node: EnumNode, parent: MessageDescriptor?, path: [Int32]) -> EnumDescriptor {
        let e = EnumDescriptor(name: node.name, file: file, parent: parent, node: node, path: path)
        if let visibility = node.visibility { e.visibility = visibility.length == 5 ? 1 : 2 }
        for element in node.elements {
            switch element {
            case .value(let v):
                let value = EnumValueDescriptor(name: v.name, number: v.number, node: v, enumType: e,
                                                path: path + [2, Int32(e.values.count)])
                if let options = v.options {
                    for case .option(let option) in options.entries { value.options.uninterpreted.append(option) }
                }
                e.values.append(value)
            case .option(let option):
                e.options.uninterpreted.append(option)
            case .reserved(let r):
                for range in r.ranges { e.reservedRanges.append((range.start, range.end, range)) }
                for name in r.names { e.reservedNames.append((name.name, name)) }
            }
        }
        return e
    }

    func lowerService(_ node: ServiceNode, path: [Int32]) -> ServiceDescriptor {
        let service = ServiceDescriptor(name: node.name, file: file, node: node, path: path)
        for element in node.elements {
            switch element {
            case .method(let m):
                let method = MethodDescriptor(node: m, path: path + [2, Int32(service.methods.count)])
                method.options.uninterpreted = m.options
                method.options.declaredEmpty = m.optionsOpen != nil
                service.methods.append(method)
            case .option(let option):
                service.options.uninterpreted.append(option)
            }
        }
        return service
    }
}
