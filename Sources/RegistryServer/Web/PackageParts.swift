import ProtoSchema

/// How the docs of a large package are cut into pages (`?package=P&part=N`): a package such
/// as google.cloud.compute.v1 renders to 10 MB of HTML, too much for one page to load or
/// serve quickly. Elements keep their order (services, messages, enums, extensions) and are
/// packed into parts of about `weight`, counting 1 per element and 1 per field, enum value
/// and RPC (about 0.8 KB of HTML each in googleapis), so a part is a few hundred KB.
struct PackageParts: Sendable {
    static let weight = 300

    /// Element full name → its part, from 1.
    let partOf: [String: Int]
    /// Per part: the short names of its first and last elements, for the navigation.
    let labels: [(first: String, last: String)]

    var count: Int { labels.count }

    /// nil when the package fits on one page (its elements weigh at most twice `weight`).
    init?(files: [SchemaFile], package: String) {
        var elements: [(fullName: String, weight: Int)] = []
        for s in files.flatMap(\.services) { elements.append((s.fullName, 1 + s.methods.count)) }
        for m in files.flatMap(\.allMessages) where !m.isMapEntry { elements.append((m.fullName, 1 + m.fields.count)) }
        for e in files.flatMap(\.allEnums) { elements.append((e.fullName, 1 + e.values.count)) }
        for x in files.flatMap(\.allExtensions) { elements.append((x.fullName, 1)) }
        guard elements.reduce(0, { $0 + $1.weight }) > 2 * Self.weight else { return nil }

        func short(_ name: String) -> String { package.isEmpty ? name : String(name.dropFirst(package.count + 1)) }
        var partOf: [String: Int] = [:]
        var labels: [(first: String, last: String)] = []
        var current = 0
        for element in elements {
            if labels.isEmpty || (current > 0 && current + element.weight > Self.weight) {
                labels.append((short(element.fullName), short(element.fullName)))
                current = 0
            }
            current += element.weight
            labels[labels.count - 1].last = short(element.fullName)
            partOf[element.fullName] = labels.count
        }
        self.partOf = partOf
        self.labels = labels
    }

    /// The part holding `name`: an element, or something inside one (a field, an RPC, a value).
    func part(of name: String) -> Int {
        var name = Substring(name)
        while true {
            if let part = partOf[String(name)] { return part }
            guard let dot = name.lastIndex(of: ".") else { return 1 }
            name = name[..<dot]
        }
    }
}
