extension FileLinker {
    /// protoc's ValidateOptions pass, in protoc's visiting order: the file, then each message
    /// (itself, its enums, oneofs, fields, nested messages, extensions), the file's enums,
    /// extensions and services.
    func validate() {
        checkFeatureSupport(file.options, token: file.packageNode?.keyword)
        validateFile()
        for message in file.messages { visit(message) }
        for e in file.enums { visit(e) }
        for ext in file.extensions { visitField(ext) }
        for service in file.services {
            checkFeatureSupport(service.options, token: service.node.nameToken)
            validateService(service)
            for method in service.methods {
                checkFeatureSupport(method.options, token: method.node.nameToken)
                checkNamingStyle(method)
            }
        }
    }

    private func visit(_ message: MessageDescriptor) {
        checkFeatureSupport(message.options, token: message.nameToken)
        validateMessage(message)
        for e in message.enums { visit(e) }
        for oneof in message.oneofs {
            checkFeatureSupport(oneof.options, token: nil)
            checkNamingStyle(oneof, in: message)
        }
        for field in message.fields { visitField(field) }
        for nested in message.nested { visit(nested) }
        for ext in message.extensions { visitField(ext) }
        for range in message.extensionRanges { checkFeatureSupport(range.options, token: range.node.startFirst) }
    }

    private func visitField(_ field: FieldDescriptor) {
        checkFeatureSupport(field.options, token: field.node?.nameToken)
        validateField(field)
    }

    private func visit(_ e: EnumDescriptor) {
        checkFeatureSupport(e.options, token: e.node.nameToken)
        validate(e)
        for value in e.values {
            checkFeatureSupport(value.options, token: value.node.nameToken)
            checkNamingStyle(value, in: e)
        }
    }

    var isEditions: Bool { file.edition >= Editions.edition2023 }

    static func isLite(_ file: FileDescriptor) -> Bool { file.options.varint(9) == 3 }

    /// protoc's ValidateOptions(FileDescriptor): editions file features, lite imports, proto3.
    func validateFile() {
        if isEditions {
            let token = file.ast.syntax?.keyword
            if file.features.fieldPresence == 3 {
                addError(token, "Required presence can't be specified by default.")
            }
            if file.options.bool(27) {
                addError(token, "File option java_string_check_utf8 is not allowed under editions. Use the (pb.java).utf8_validation feature to control this behavior.")
            }
        }
        if !FileLinker.isLite(file) {
            for (i, dep) in file.resolvedDependencies.enumerated() {
                guard let dep, FileLinker.isLite(dep) else { continue }
                addError(file.dependencyNodes[i].keyword, "Files that do not use optimize_for = LITE_RUNTIME cannot import files which do use this option.  This file is not lite, but it imports \"\(dep.name)\" which is.")
                break
            }
        }
        checkPackageNamingStyle()
        if file.edition == Editions.proto3 { validateProto3() }
    }

    /// protoc's ValidateOptions(ServiceDescriptor): lite files cannot have generic services.
    func validateService(_ service: ServiceDescriptor) {
        checkNamingStyle(service)
        if FileLinker.isLite(file) && (file.options.bool(16) || file.options.bool(17)) {
            addError(service.node.nameToken, "Files with optimize_for = LITE_RUNTIME cannot define services unless you set both options cc_generic_services and java_generic_services to false.")
        }
    }
}
