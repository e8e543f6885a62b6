import ProtoSchema

/// The elements of two schemas matched up, computed once and shared by every breaking rule.
/// Only checked files take part; with `ignoreUnstablePackages`, files of packages whose last
/// component is unstable (`v1alpha1`, `v1beta2`, `v1test`) are left out on both sides.
public final class SchemaPairs {
    public let previous: Schema
    public let current: Schema
    public let files: [(SchemaFile, SchemaFile?)]
    public let packages: [(String, [SchemaFile], [SchemaFile])]
    public let messages: [(SchemaMessage, SchemaMessage)]
    public let fields: [(SchemaField, SchemaField)]
    public let enums: [(SchemaEnum, SchemaEnum)]
    public let enumValues: [(SchemaEnumValue, SchemaEnumValue)]
    public let services: [(SchemaService, SchemaService)]
    public let methods: [(SchemaMethod, SchemaMethod)]
    public let extensions: [(SchemaField, SchemaField)]

    public init(previous: Schema, current: Schema, ignoreUnstablePackages: Bool = false) {
        self.previous = previous
        self.current = current
        let keep = { (f: SchemaFile) in !ignoreUnstablePackages || !UnstablePackage.isUnstable(f.package) }
        let previousFiles = previous.files.filter(keep)
        let currentFiles = current.files.filter(keep)
        let currentByPath = Dictionary(currentFiles.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        files = previousFiles.map { ($0, currentByPath[$0.path]) }

        let previousByPackage = Dictionary(grouping: previousFiles, by: \.package)
        let currentByPackage = Dictionary(grouping: currentFiles, by: \.package)
        packages = previousByPackage.keys.sorted().map { ($0, previousByPackage[$0]!, currentByPackage[$0] ?? []) }

        func index<T>(_ files: [SchemaFile], _ elements: (SchemaFile) -> [T], _ key: (T) -> String) -> [String: T] {
            var out: [String: T] = [:]
            for f in files { for e in elements(f) where out[key(e)] == nil { out[key(e)] = e } }
            return out
        }
        // The current schema's own name indexes, limited to the files compared (a full name is
        // declared once in a set that compiled).
        let compared = Set(currentFiles.map { ObjectIdentifier($0) })
        func counterpart<T>(_ found: T?, _ file: (T) -> SchemaFile) -> T? {
            found.flatMap { compared.contains(ObjectIdentifier(file($0))) ? $0 : nil }
        }
        messages = previousFiles.flatMap(\.allMessages).compactMap { p in
            counterpart(current.messagesByName[p.fullName], \.file).map { (p, $0) }
        }
        var fieldPairs: [(SchemaField, SchemaField)] = []
        for (p, c) in messages {
            for pf in p.fields { if let cf = c.field(number: pf.number) { fieldPairs.append((pf, cf)) } }
        }
        fields = fieldPairs

        enums = previousFiles.flatMap(\.allEnums).compactMap { p in
            counterpart(current.enumsByName[p.fullName], \.file).map { (p, $0) }
        }
        var valuePairs: [(SchemaEnumValue, SchemaEnumValue)] = []
        for (p, c) in enums {
            var seen = Set<Int32>()
            for pv in p.values where seen.insert(pv.number).inserted {
                if let cv = c.values(number: pv.number).first { valuePairs.append((pv, cv)) }
            }
        }
        enumValues = valuePairs

        services = previousFiles.flatMap(\.services).compactMap { p in
            counterpart(current.servicesByName[p.fullName], \.file).map { (p, $0) }
        }
        methods = services.flatMap { p, c in
            p.methods.compactMap { pm in c.methods.first { $0.name == pm.name }.map { (pm, $0) } }
        }
        let currentExtensions = index(currentFiles, \.allExtensions) { "\($0.extendee)#\($0.number)" }
        extensions = previousFiles.flatMap(\.allExtensions).compactMap { p in
            currentExtensions["\(p.extendee)#\(p.number)"].map { (p, $0) }
        }
    }
}
