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
        if let steps = OptionValueLocator.walk(Array(wanted[optionPath.count...]), from: rootMessage, schema: context.schema)?.steps,
           let last = steps.last, last.isScalar, let index = last.index, steps.dropLast().allSatisfy({ $0.index == nil }),
           let place = elementSpan(Array(wanted.dropLast()), index) {
            return place
        }
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

    /// Element `index` of a repeated scalar field, counted as protobuf merges the field across
    /// all of the element's option statements in file order. buf's compiler records such
    /// elements only outside repeated messages (an `example`, not a `oneof` entry's `fields`);
    /// elsewhere the finding goes to the enclosing entry. protoc numbers an element written
    /// as its own statement by statement, not by merged position, so its recorded index is not used.
    private func elementSpan(_ fieldPath: [Int32], _ index: Int) -> SourceSpan? {
        guard let text = context.sourceText(element.file) else { return nil }
        let locator = OptionValueLocator(text: text)
        var seen = 0
        for (path, statement) in element.file.locations(under: optionPath) {
            if path.count == fieldPath.count + 1, path.starts(with: fieldPath) {
                if seen == index { return statement }
                seen += 1
            } else if path.count <= fieldPath.count, fieldPath.starts(with: path),
                      let holder = OptionValueLocator.walk(Array(path[optionPath.count...]), from: rootMessage, schema: context.schema)?.message,
                      let steps = OptionValueLocator.walk(Array(fieldPath[path.count...]), from: holder, schema: context.schema)?.steps,
                      let last = steps.last {
                let (elements, holderSpan) = locator.elements(named: last.name, after: Array(steps.dropLast()), inside: statement)
                if index < seen + elements.count { return elements[index - seen] ?? holderSpan }
                seen += elements.count
            }
        }
        return nil
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
