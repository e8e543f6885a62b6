/// Features: takes each element's `features` options and gives its resolved features, as
/// protoc resolves them: the edition's defaults (from the `edition_defaults` of protoc 35's
/// built-in descriptor.proto), then each enclosing element's features, then the element's
/// own; proto2 and proto3 files get their syntax's defaults plus the features their labels,
/// groups and `packed` options imply. Also checks that features are set in editions only, to
/// known values (their support window and targets are checked by the Linker and Options).
///
/// Resolves the features of every element of one file, parents before children, as protoc's
/// ResolveFeatures does (a oneof's fields inherit from the oneof, an extension from the scope
/// it is declared in).
struct FeatureResolution {
    unowned let linker: FileLinker

    var file: FileDescriptor { linker.file }
    var isEditions: Bool { file.edition >= Editions.edition2023 }

    func resolve() {
        let base = linker.schema.featureDefaults.defaults(for: file.edition)
        file.features = own(file.options, base: base, token: file.ast.syntax?.keyword)
        for message in file.messages { resolve(message, parent: file.features) }
        for e in file.enums { resolve(e, parent: file.features) }
        for service in file.services {
            service.features = own(service.options, base: file.features, token: service.node.nameToken)
            for method in service.methods {
                method.features = own(method.options, base: service.features, token: method.node.nameToken)
            }
        }
        for ext in file.extensions { resolve(ext, parent: file.features) }
    }

    /// The `features` an options message sets.
    static func explicitFeatures(_ options: ElementOptions) -> MessageValue? {
        guard let value = options.value, let field = value.type.fields.first(where: { $0.name == "features" }),
              case .message(let m)? = value.values(of: field.number).last else { return nil }
        return m
    }

    private func own(_ options: ElementOptions, base: ResolvedFeatures, token: Token?) -> ResolvedFeatures {
        let explicit = FeatureResolution.explicitFeatures(options)
        if explicit != nil && !isEditions {
            linker.addError(token, "Features are only valid under editions.")
        }
        let merged = base.merging(explicit)
        if explicit != nil && isEditions {
            checkKnownValues(merged, token: token)
        }
        return merged
    }

    /// protoc's ValidateMergedFeatures: every core feature resolves to a known enum value.
    private func checkKnownValues(_ features: ResolvedFeatures, token: Token?) {
        guard let featureSet = linker.schema.builtinMessage("google.protobuf.FeatureSet") else { return }
        for field in featureSet.fields where ResolvedFeatures.coreFields.contains(field.number) {
            guard let e = field.enumType else { continue }
            let value = features[field.number]
            if value == 0 || !e.values.contains(where: { $0.number == value }) {
                let unknown = e.values.first(where: { $0.number == 0 }).map(\.name) ?? "UNKNOWN"
                linker.addError(token, "Feature field `\(field.name)` must resolve to a known value, found \(unknown)")
                return
            }
        }
    }

    func resolve(_ message: MessageDescriptor, parent: ResolvedFeatures) {
        message.features = own(message.options, base: parent, token: message.nameToken)
        var oneofFeatures: [ResolvedFeatures] = []
        for oneof in message.oneofs {
            oneof.features = own(oneof.options, base: message.features, token: nil)
            oneofFeatures.append(oneof.features)
        }
        for field in message.fields {
            if let index = field.oneofIndex, index < oneofFeatures.count {
                resolve(field, parent: oneofFeatures[index])
            } else {
                resolve(field, parent: message.features)
            }
        }
        for nested in message.nested { resolve(nested, parent: message.features) }
        for e in message.enums { resolve(e, parent: message.features) }
        for range in message.extensionRanges {
            _ = own(range.options, base: message.features, token: nil)
        }
        for ext in message.extensions { resolve(ext, parent: message.features) }
    }

    func resolve(_ field: FieldDescriptor, parent: ResolvedFeatures) {
        var features = own(field.options, base: parent, token: field.node?.nameToken)
        if !isEditions {
            if field.label == 2 { features.fieldPresence = 3 }
            if field.type == 10 { features.messageEncoding = 2 }
            if let packed = field.options.value.flatMap({ $0.values(of: 2).last }), case .varint(let v) = packed {
                if v != 0 {
                    features.repeatedFieldEncoding = 1
                } else if file.edition == Editions.proto3 {
                    features.repeatedFieldEncoding = 2
                }
            }
        }
        field.features = features
    }

    func resolve(_ e: EnumDescriptor, parent: ResolvedFeatures) {
        e.features = own(e.options, base: parent, token: e.node.nameToken)
        for value in e.values {
            _ = own(value.options, base: e.features, token: value.node.nameToken)
        }
    }
}
