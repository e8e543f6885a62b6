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
        /// The name lowercased, as UTF-8, for matching.
        var key: [UInt8]
        var href: String
        var detail: String
    }

    var entries: [Entry] = []

    init(module: String, version: String, docs: DocsPage?) {
        func add(_ kind: Entry.Kind, _ name: String, _ href: String, _ detail: String) {
            entries.append(Entry(kind: kind, name: name, key: Array(name.lowercased().utf8), href: href, detail: detail))
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
    /// component, then prefix, then anywhere. (A byte search: tens of thousands of names per query.)
    func matches(_ words: [String]) -> [(rank: Int, entry: Entry)] {
        let needles = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        let joined = Array(words.joined(separator: " ").utf8)
        var out: [(Int, Entry)] = []
        for e in entries where needles.allSatisfy({ Self.contains(e.key, $0) }) {
            let last = e.key.lastIndex(of: UInt8(ascii: ".")).map { Array(e.key[(e.key.index(after: $0))...]) } ?? e.key
            let rank = (e.key == joined || last == joined) ? 0 : (last.starts(with: joined) || e.key.starts(with: joined)) ? 1 : 2
            out.append((rank, e))
        }
        return out
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0], last = h.count - n.count
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
