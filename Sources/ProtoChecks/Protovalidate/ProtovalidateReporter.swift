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

    init(_ context: LintContext, element: SchemaElement, optionsPart: Int32, extensionNumber: Int32) {
        self.context = context
        self.element = element
        optionPath = element.path + [optionsPart, extensionNumber]
    }

    func nested(_ suffix: [Int32]) -> ProtovalidateReporter {
        var copy = self
        copy.base += suffix
        return copy
    }

    private func span(_ path: [Int32]) -> SourceSpan? {
        element.file.nearestSpan(optionPath + base + path, minimumLength: optionPath.count)
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
