import ProtoSchema

/// Places protovalidate findings inside an element's option value, as buf does: at the path
/// below the option's extension number when protoc recorded it, else at the nearest recorded
/// location (`SchemaFile.nearestSpan`).
struct ProtovalidateReporter {
    let context: LintContext
    let element: SchemaElement
    /// The element's options, then the extension number.
    let optionPath: [Int32]
    /// Prepended to every reported path: `[18, 4]` while checking a list's items, ...
    var base: [Int32] = []

    /// The message the extension holds: `buf.validate.FieldRules`, `MessageRules` or `PredefinedRules`.
    let rootMessage: String

    init(_ context: LintContext, element: SchemaElement, optionsPart: Int32, extensionNumber: Int32, rootMessage: String) {
        self.context = context
        self.element = element
        self.rootMessage = rootMessage
        optionPath = element.path + [optionsPart, extensionNumber]
    }

    func nested(_ suffix: [Int32]) -> ProtovalidateReporter {
        var copy = self
        copy.base += suffix
        return copy
    }

    private func span(_ path: [Int32]) -> SourceSpan? {
        let wanted = optionPath + base + path
        guard let found = element.file.nearestSpan(wanted, minimumLength: optionPath.count) else { return nil }
        // protoc stops at the option; buf's compiler records the fields inside a `{ ... }` value.
        guard found.path.count < wanted.count, let text = context.sourceText(element.file) else { return found.span }
        // The rules message the recorded place stands for, then the way down from it.
        let recorded = OptionValueLocator.walk(Array(wanted[optionPath.count..<found.path.count]), from: rootMessage,
                                               schema: context.schema)
        let steps = recorded.flatMap {
            OptionValueLocator.walk(Array(wanted[found.path.count...]), from: $0.message, schema: context.schema)?.steps
        }
        return OptionValueLocator(text: text).locate(steps, inside: found.span) ?? found.span
    }

    func report(_ path: [Int32], _ message: String) {
        context.report(element, at: span(path), message)
    }

    /// One finding per distinct place among the paths (two rules written in one statement give one).
    func report(_ paths: [[Int32]], _ message: String) {
        var seen: [SourceSpan?] = []
        for path in paths {
            let place = span(path)
            if seen.contains(where: { $0 == place }) { continue }
            seen.append(place)
            context.report(element, at: place, message)
        }
    }
}
