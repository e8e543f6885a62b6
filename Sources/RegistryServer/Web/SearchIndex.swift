import ProtoSchema

/// What the home page's search looks through for one module: its name, and the packages,
/// services, RPCs, messages and enums of its newest version.
struct SearchIndex: Sendable {
    struct Entry: Sendable {
        enum Kind: Int, Sendable, CaseIterable {
            case module, package, service, rpc, message, enumeration

            var title: String {
                switch self {
                case .module: return "Modules"
                case .package: return "Packages"
                case .service: return "Services"
                case .rpc: return "RPCs"
                case .message: return "Messages"
                case .enumeration: return "Enums"
                }
            }
        }
        var kind: Kind
        /// What is matched and shown: a full name, or the module's name.
        var name: String
        /// Lowercased, for matching.
        var key: String
        var href: String
        var detail: String
    }

    var entries: [Entry] = []

    init(module: String, version: String, docs: DocsPage?) {
        func add(_ kind: Entry.Kind, _ name: String, _ href: String, _ detail: String) {
            entries.append(Entry(kind: kind, name: name, key: name.lowercased(), href: href, detail: detail))
        }
        add(.module, module, "/\(module)", "latest \(version)")
        guard let docs else { return }
        let at = "\(module) \(version)"
        for (package, files) in docs.packages {
            add(.package, package, docs.packageHref(package), at)
            for file in files {
                for s in file.services {
                    add(.service, s.fullName, docs.absoluteHref(s.fullName, package: package), at)
                    for m in s.methods { add(.rpc, m.fullName, docs.absoluteHref(m.fullName, package: package), at) }
                }
                for m in file.allMessages where !m.isMapEntry {
                    add(.message, m.fullName, docs.absoluteHref(m.fullName, package: package), at)
                }
                for e in file.allEnums { add(.enumeration, e.fullName, docs.absoluteHref(e.fullName, package: package), at) }
            }
        }
    }

    /// Entries whose name contains every word of the query, best first: exact name or last
    /// component, then prefix, then anywhere.
    func matches(_ words: [String]) -> [(rank: Int, entry: Entry)] {
        var out: [(Int, Entry)] = []
        for e in entries where words.allSatisfy({ e.key.contains($0) }) {
            let last = e.key.split(separator: ".").last.map(String.init) ?? e.key
            let joined = words.joined(separator: " ")
            let rank = (e.key == joined || last == joined) ? 0 : (last.hasPrefix(joined) || e.key.hasPrefix(joined)) ? 1 : 2
            out.append((rank, e))
        }
        return out
    }
}
