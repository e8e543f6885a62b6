/// Edition 2024's `enforce_naming_style = STYLE2024`: TitleCase types, services and
/// methods, lower_snake_case packages, fields and oneofs, UPPER_SNAKE_CASE enum values, with
/// protoc's messages.
extension FileLinker {
    static let namingOptOut = " (features.enforce_naming_style = STYLE_LEGACY can be used to opt out of this check)"

    enum NamingProblem { case style, start, underscores }

    /// TitleCase: letters and digits only, starting with a capital.
    static func titleCaseProblem(_ name: String) -> NamingProblem? {
        let bytes = Array(name.utf8)
        if bytes.contains(where: { !Lexer.isAlphanumeric($0) || $0 == UInt8(ascii: "_") }) { return .style }
        if let first = bytes.first, !(first >= 0x41 && first <= 0x5A) { return .start }
        return nil
    }

    /// snake case in one case: the case's letters, digits and single underscores between words
    /// (not trailing, not before a digit), starting with a letter.
    static func snakeCaseProblem(_ name: String, upper: Bool, allowDots: Bool = false) -> NamingProblem? {
        let bytes = Array(name.utf8)
        func isLetter(_ c: UInt8) -> Bool { upper ? (c >= 0x41 && c <= 0x5A) : (c >= 0x61 && c <= 0x7A) }
        for c in bytes where !(isLetter(c) || Lexer.isDigit(c) || c == UInt8(ascii: "_") || (allowDots && c == UInt8(ascii: "."))) {
            return .style
        }
        if let first = bytes.first, !isLetter(first) { return .start }
        for (i, c) in bytes.enumerated() where c == UInt8(ascii: "_") {
            let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
            guard let next, next != UInt8(ascii: "_"), !Lexer.isDigit(next), next != UInt8(ascii: ".") else { return .underscores }
        }
        return nil
    }

    private func namingStyleEnforced(_ features: ResolvedFeatures) -> Bool { features.enforceNamingStyle == 1 }

    private func report(_ kind: String, _ name: String, _ problem: NamingProblem, expected: String, start: String, token: Token?) {
        let text: String
        switch problem {
        case .style: text = "should be \(expected)"
        case .start: text = "should begin with \(start)"
        case .underscores: text = "contains style violating underscores"
        }
        addError(token, "\(kind) name \(name) \(text)" + FileLinker.namingOptOut)
    }

    func checkPackageNamingStyle() {
        guard namingStyleEnforced(file.features), !file.package.isEmpty,
              let problem = FileLinker.snakeCaseProblem(file.package, upper: false, allowDots: true) else { return }
        report("Package", file.package, problem, expected: "lower_snake_case", start: "a lower case letter", token: file.packageNode?.keyword)
    }

    func checkNamingStyle(_ message: MessageDescriptor) {
        guard namingStyleEnforced(message.features), !message.isMapEntry, message.groupField == nil,
              let problem = FileLinker.titleCaseProblem(message.name) else { return }
        report("Message", message.name, problem, expected: "TitleCase", start: "a capital letter", token: message.nameToken)
    }

    func checkNamingStyle(_ field: FieldDescriptor) {
        guard namingStyleEnforced(field.features), field.node != nil,
              let problem = FileLinker.snakeCaseProblem(field.name, upper: false) else { return }
        report("Field", field.name, problem, expected: "lower_snake_case", start: "a lower case letter", token: field.node?.nameToken)
    }

    func checkNamingStyle(_ oneof: OneofDescriptor, in message: MessageDescriptor) {
        guard !oneof.isSynthetic, namingStyleEnforced(oneof.features),
              let problem = FileLinker.snakeCaseProblem(oneof.name, upper: false) else { return }
        report("Oneof", oneof.name, problem, expected: "lower_snake_case", start: "a lower case letter", token: nil)
    }

    func checkNamingStyle(_ e: EnumDescriptor) {
        guard namingStyleEnforced(e.features), let problem = FileLinker.titleCaseProblem(e.name) else { return }
        report("Enum", e.name, problem, expected: "TitleCase", start: "a capital letter", token: e.node.nameToken)
    }

    func checkNamingStyle(_ value: EnumValueDescriptor, in e: EnumDescriptor) {
        guard namingStyleEnforced(e.features), let problem = FileLinker.snakeCaseProblem(value.name, upper: true) else { return }
        report("Enum value", value.name, problem, expected: "UPPER_SNAKE_CASE", start: "an upper case letter", token: value.node.nameToken)
    }

    func checkNamingStyle(_ service: ServiceDescriptor) {
        guard namingStyleEnforced(service.features), let problem = FileLinker.titleCaseProblem(service.name) else { return }
        report("Service", service.name, problem, expected: "TitleCase", start: "a capital letter", token: service.node.nameToken)
    }

    func checkNamingStyle(_ method: MethodDescriptor) {
        guard namingStyleEnforced(method.features), let problem = FileLinker.titleCaseProblem(method.name) else { return }
        report("Method", method.name, problem, expected: "TitleCase", start: "a capital letter", token: method.node.nameToken)
    }
}
