import ProtoSchema

/// The names one generated module exports: a message or enum by its name inside the package,
/// nested names joined by `_` (`Invoice_LineItem`), and per service its definition, client and
/// server types and client factory. A name taken twice, or reserved, gets a `$` appended.
struct NodeFileSymbols {
    struct ServiceNames {
        /// The grpc-js service definition (`InvoiceServiceService`).
        var definition: String
        var server: String
        var client: String
        var clientConstructor: String
        /// `makeInvoiceServiceClient(makeGenericClientConstructor)`.
        var makeClient: String
    }

    private(set) var typeNames: [String: String] = [:]
    private(set) var serviceNames: [String: ServiceNames] = [:]
    private var taken: Set<String> = []
    /// Names that are only TypeScript interfaces (a service's client and server types).
    private var typeOnly: Set<String> = []

    init(_ file: SchemaFile, grpc: Bool) {
        for m in file.allMessages where !m.isMapEntry { typeNames[m.fullName] = claim(Self.localName(m.fullName, file)) }
        for e in file.allEnums { typeNames[e.fullName] = claim(Self.localName(e.fullName, file)) }
        guard grpc else { return }
        for s in file.services {
            let names = ServiceNames(
                definition: claim("\(s.name)Service"), server: claim("\(s.name)Server"), client: claim("\(s.name)Client"),
                clientConstructor: claim("\(s.name)ClientConstructor"), makeClient: claim("make\(s.name)Client"))
            serviceNames[s.fullName] = names
            typeOnly.formUnion([names.server, names.client, names.clientConstructor])
        }
    }

    /// The exported name of a message or enum of this file.
    func name(of fullName: String) -> String? { typeNames[fullName] }

    /// Every exported name, sorted: what the declarations export.
    var allNames: [String] { taken.sorted() }

    /// The exported names that exist at run time, sorted: what the JavaScript exports.
    var valueNames: [String] { taken.subtracting(typeOnly).sorted() }

    private static func localName(_ fullName: String, _ file: SchemaFile) -> String {
        let inPackage = file.package.isEmpty ? fullName : String(fullName.dropFirst(file.package.count + 1))
        return inPackage.replacingOccurrences(of: ".", with: "_")
    }

    private mutating func claim(_ wanted: String) -> String {
        var name = NodeNames.identifier(wanted)
        while taken.contains(name) { name += "$" }
        taken.insert(name)
        return name
    }
}
