extension SourceInfoBuilder {
    mutating func writeMessage(_ node: MessageNode, _ message: MessageDescriptor, path: [Int32]) {
        location(path, node.keyword, node.body.close, node.comments)
        location(path + [1], node.nameToken, node.nameToken)
        writeBody(node.body, message, path: path)
    }

    mutating func writeBody(_ body: MessageBody, _ message: MessageDescriptor, path: [Int32]) {
        var counts = Counts()
        for element in body.elements {
            switch element {
            case .field(let node):
                let field = message.fields[Int(counts.fields)]
                writeField(node, field, path: path + [2, counts.fields], extendee: nil,
                           groupScope: path + [3], groupIndex: &counts.messages, groupMessages: message.nested)
                counts.fields += 1
            case .oneof(let node):
                let oneofPath = path + [8, counts.oneofs]
                let oneof = message.oneofs[Int(counts.oneofs)]
                location(oneofPath, node.keyword, node.close, node.comments)
                location(oneofPath + [1], node.nameToken, node.nameToken)
                for member in node.order {
                    switch member {
                    case .option(let option):
                        optionStatement(option, path: oneofPath + [2], in: oneof.options)
                    case .field(let fieldNode):
                        let field = message.fields[Int(counts.fields)]
                        writeField(fieldNode, field, path: path + [2, counts.fields], extendee: nil,
                                   groupScope: path + [3], groupIndex: &counts.messages, groupMessages: message.nested)
                        counts.fields += 1
                    }
                }
                counts.oneofs += 1
            case .message(let node):
                writeMessage(node, message.nested[Int(counts.messages)], path: path + [3, counts.messages])
                counts.messages += 1
            case .enumDecl(let node):
                writeEnum(node, message.enums[Int(counts.enums)], path: path + [4, counts.enums])
                counts.enums += 1
            case .extend(let node):
                location(path + [6], node.keyword, node.close, node.comments)
                for fieldNode in node.fields {
                    let field = message.extensions[Int(counts.extensions)]
                    writeField(fieldNode, field, path: path + [6, counts.extensions], extendee: node,
                               groupScope: path + [3], groupIndex: &counts.messages, groupMessages: message.nested)
                    counts.extensions += 1
                }
            case .extensions(let node):
                location(path + [5], node.keyword, node.semicolon, node.comments)
                let first = counts.extensionRanges
                for range in node.ranges {
                    let rangePath = path + [5, counts.extensionRanges]
                    location(rangePath, range.startFirst, range.last)
                    location(rangePath + [1], range.startFirst, range.startLast)
                    location(rangePath + [2], range.endFirst, range.endLast)
                    counts.extensionRanges += 1
                }
                if let options = node.options {
                    for i in first..<counts.extensionRanges {
                        let descriptor = message.extensionRanges[Int(i)]
                        location(path + [5, i, 3], options.open, options.close)
                        for case .option(let o) in options.entries { option(o, in: descriptor.options) }
                    }
                }
            case .reserved(let node):
                writeReserved(node, path: path, numbersField: 9, namesField: 10, counts: &counts)
            case .option(let node):
                optionStatement(node, path: path + [7], in: message.options)
            }
        }
    }

    mutating func writeReserved(_ node: ReservedNode, path: [Int32], numbersField: Int32, namesField: Int32, counts: inout Counts) {
        if !node.names.isEmpty {
            location(path + [namesField], node.keyword, node.semicolon, node.comments)
            for name in node.names {
                location(path + [namesField, counts.reservedNames], name.start, name.end)
                counts.reservedNames += 1
            }
        } else {
            location(path + [numbersField], node.keyword, node.semicolon, node.comments)
            for range in node.ranges {
                let rangePath = path + [numbersField, counts.reservedRanges]
                location(rangePath, range.startFirst, range.last)
                location(rangePath + [1], range.startFirst, range.startLast)
                location(rangePath + [2], range.endFirst, range.endLast)
                counts.reservedRanges += 1
            }
        }
    }

    /// A field in protoc's order: the field, its extendee, label, type, name, number, options;
    /// for a group, then the group's message (which starts where the field does).
    mutating func writeField(_ node: FieldNode, _ field: FieldDescriptor, path: [Int32], extendee: ExtendNode?,
                             groupScope: [Int32], groupIndex: inout Int32, groupMessages: [MessageDescriptor]) {
        location(path, node.start, node.end, node.groupBody == nil ? node.comments : nil)
        if let extendee {
            location(path + [2], extendee.extendee.start, extendee.extendee.end)
        }
        if let label = node.labelToken {
            location(path + [4], label, label)
        }
        location(path + [node.type.scalar != nil && node.type.map == nil ? 5 : 6], node.type.start, node.type.end)
        location(path + [1], node.nameToken, node.nameToken)
        location(path + [3], node.numberToken, node.numberToken)
        compactOptions(node.options, path: path, in: field.options)
        if let body = node.groupBody {
            let groupPath = groupScope + [groupIndex]
            let group = groupMessages[Int(groupIndex)]
            groupIndex += 1
            location(groupPath, node.start, body.close, node.groupComments)
            location(groupPath + [1], node.nameToken, node.nameToken)
            location(path + [6], node.nameToken, node.nameToken)
            writeBody(body, group, path: groupPath)
        } else if node.type.map != nil {
            groupIndex += 1
        }
    }

    mutating func writeEnum(_ node: EnumNode, _ e: EnumDescriptor, path: [Int32]) {
        location(path, node.keyword, node.close, node.comments)
        location(path + [1], node.nameToken, node.nameToken)
        var counts = Counts()
        var values: Int32 = 0
        for element in node.elements {
            switch element {
            case .value(let v):
                let valuePath = path + [2, values]
                let value = e.values[Int(values)]
                location(valuePath, v.nameToken, v.semicolon, v.comments)
                location(valuePath + [1], v.nameToken, v.nameToken)
                location(valuePath + [2], v.numberStart, v.numberEnd)
                if let options = v.options {
                    location(valuePath + [3], options.open, options.close)
                    for case .option(let o) in options.entries { option(o, in: value.options) }
                }
                values += 1
            case .option(let o):
                optionStatement(o, path: path + [3], in: e.options)
            case .reserved(let r):
                writeReserved(r, path: path, numbersField: 4, namesField: 5, counts: &counts)
            }
        }
    }

    mutating func writeService(_ node: ServiceNode, _ service: ServiceDescriptor, path: [Int32]) {
        location(path, node.keyword, node.close, node.comments)
        location(path + [1], node.nameToken, node.nameToken)
        var methods: Int32 = 0
        for element in node.elements {
            switch element {
            case .option(let o):
                optionStatement(o, path: path + [3], in: service.options)
            case .method(let m):
                let methodPath = path + [2, methods]
                let method = service.methods[Int(methods)]
                location(methodPath, m.keyword, m.end, m.comments)
                location(methodPath + [1], m.nameToken, m.nameToken)
                if let stream = m.clientStreaming { location(methodPath + [5], stream, stream) }
                location(methodPath + [2], m.inputType.start, m.inputType.end)
                if let stream = m.serverStreaming { location(methodPath + [6], stream, stream) }
                location(methodPath + [3], m.outputType.start, m.outputType.end)
                for o in m.options { optionStatement(o, path: methodPath + [4], in: method.options) }
                methods += 1
            }
        }
    }
}
