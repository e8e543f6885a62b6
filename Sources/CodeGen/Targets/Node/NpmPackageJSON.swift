/// JSON for `package.json`, written by hand so that keys keep the order npm users expect and
/// the bytes are the same on every machine (two-space indentation, a final newline).
indirect enum NpmPackageJSON {
    case string(String)
    case bool(Bool)
    case array([NpmPackageJSON])
    case object([(String, NpmPackageJSON)])

    var text: String { render(depth: 0) + "\n" }

    private func render(depth: Int) -> String {
        let pad = String(repeating: "  ", count: depth + 1)
        let end = String(repeating: "  ", count: depth)
        switch self {
        case .string(let s): return NodeNames.stringLiteral(s)
        case .bool(let b): return b ? "true" : "false"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.render(depth: depth + 1) }.joined(separator: ",\n") + "\n" + end + "]"
        case .object(let entries):
            if entries.isEmpty { return "{}" }
            return "{\n" + entries.map { pad + NodeNames.stringLiteral($0.0) + ": " + $0.1.render(depth: depth + 1) }
                .joined(separator: ",\n") + "\n" + end + "}"
        }
    }
}
