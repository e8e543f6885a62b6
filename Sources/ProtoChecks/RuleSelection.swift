import ProtoPackaging
import ProtopkgBasics

/// Which rules run: `use` (IDs or categories, else the defaults) minus `except`. An unknown ID
/// or category is an error that names it and lists what exists.
///
/// IDs mean what buf means by them in the configuration's version (`RuleSpecVersion`): the rules'
/// own categories are buf v2's; v1 and v1beta1 files select from buf's definitions for those
/// versions. Deprecated IDs that buf still accepts are mapped to their replacements as buf maps
/// them (`DEFAULT` → `STANDARD`, `FIELD_SAME_CTYPE` → `FIELD_SAME_CPP_STRING_TYPE`, ...); a
/// deprecated rule that buf replaced by nothing selects nothing.
public enum RuleSelection {
    public static func select(all: [RuleInfo], use: [String], except: [String], ignoreOnlyKeys: [String] = [],
                              kind: String, configFile: String, version: RuleSpecVersion = .v2,
                              disableBuiltin: Bool = false) throws -> Set<String> {
        let definitions = Definitions(all: all, kind: kind, version: version)
        func expand(_ names: [String], key: String) throws -> Set<String> {
            var out = Set<String>()
            for name in names { out.formUnion(try definitions.rules(named: name, key: key, configFile: configFile)) }
            return out
        }
        _ = try expand(ignoreOnlyKeys, key: "ignore_only")
        if disableBuiltin { return [] }
        let used = use.isEmpty ? definitions.defaults : try expand(use, key: "use")
        return used.subtracting(try expand(except, key: "except"))
    }

    /// `ignore_only` keyed by rule ID: categories and deprecated IDs expanded as in `select`, so
    /// a path filter only needs a finding's rule.
    public static func ignoreOnlyByRule(_ ignoreOnly: [String: [String]], all: [RuleInfo], kind: String,
                                        configFile: String, version: RuleSpecVersion = .v2) throws -> [String: [String]] {
        let definitions = Definitions(all: all, kind: kind, version: version)
        var out: [String: [String]] = [:]
        for (key, paths) in ignoreOnly.sorted(by: { $0.key < $1.key }) {
            for rule in try definitions.rules(named: key, key: "ignore_only", configFile: configFile) {
                out[rule, default: []] += paths.filter { !(out[rule] ?? []).contains($0) }
            }
        }
        return out
    }

    /// The rules of `version` with that version's categories, in the order of `all` (rules only
    /// that version has, which protopkg does not implement, come last with no purpose).
    public static func rules(all: [RuleInfo], kind: String, version: RuleSpecVersion) -> [RuleInfo] {
        let definitions = Definitions(all: all, kind: kind, version: version)
        func info(_ id: String, _ known: RuleInfo?) -> RuleInfo {
            let categories = definitions.categories.keys.filter { definitions.categories[$0]?.contains(id) == true }
            let order = known?.categories ?? []
            return RuleInfo(id: id, categories: categories.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) },
                            isDefault: definitions.defaults.contains(id), purpose: known?.purpose ?? "")
        }
        let known = all.filter { definitions.ids.contains($0.id) }.map { info($0.id, $0) }
        let unknown = definitions.ids.subtracting(all.map(\.id)).sorted().map { info($0, nil) }
        return known + unknown
    }

    /// One line per deprecated ID among `names`, saying what it stands for now, as buf warns.
    public static func deprecations(_ names: [String], kind: String, version: RuleSpecVersion = .v2) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.compactMap { name in
            if let category = deprecatedCategories(kind: kind, version: version)[name] {
                return "category \(name) is deprecated; it means \(category) now"
            }
            guard let replacements = deprecatedRules(kind: kind, version: version)[name] else { return nil }
            return replacements.isEmpty
                ? "rule \(name) is deprecated and checks nothing any more; remove it"
                : "rule \(name) is deprecated; it runs \(replacements.joined(separator: ", ")) instead"
        }
    }

    /// The rules and categories of one version, as sets of rule IDs.
    struct Definitions {
        let all: [RuleInfo]
        let kind: String
        let version: RuleSpecVersion
        /// Category → rule IDs.
        let categories: [String: Set<String>]
        let ids: Set<String>
        let defaults: Set<String>

        init(all: [RuleInfo], kind: String, version: RuleSpecVersion) {
            self.all = all
            self.kind = kind
            self.version = version
            var categories: [String: Set<String>] = [:]
            var ids = Set<String>()
            if let table = RuleSelection.categoryTable(kind: kind, version: version) {
                for (category, list) in table {
                    let members = list.split(whereSeparator: \.isWhitespace).map(String.init)
                    ids.formUnion(members)
                    if !category.isEmpty { categories[category, default: []].formUnion(members) }
                }
            } else {
                for rule in all {
                    ids.insert(rule.id)
                    for category in rule.categories { categories[category, default: []].insert(rule.id) }
                }
            }
            self.categories = categories
            self.ids = ids
            // buf's default rules are exactly those of its default category in every version.
            self.defaults = categories[kind == "lint" ? "STANDARD" : "FILE"] ?? []
        }

        func rules(named name: String, key: String, configFile: String) throws -> Set<String> {
            if ids.contains(name) { return [name] }
            if let members = categories[name] { return members }
            if let category = RuleSelection.deprecatedCategories(kind: kind, version: version)[name] {
                return categories[category] ?? []
            }
            if let replacements = RuleSelection.deprecatedRules(kind: kind, version: version)[name] {
                return Set(replacements)
            }
            let other = RuleSpecVersion.allCases.filter {
                $0 != version && Definitions(all: all, kind: kind, version: $0).knows(name)
            }
            var hint = "categories: \(categories.keys.sorted().joined(separator: ", ")); list the rules with `protopkg ls-\(kind)-rules`"
            if let known = other.last {
                hint = "\(name) is a rule of buf.yaml \(known.rawValue), not of \(version.rawValue); " + hint
            }
            throw ProtopkgError("unknown \(kind) rule or category \"\(name)\" in \(kind).\(key)", at: configFile, hint: hint)
        }

        /// Whether `name` is a rule or category of this version (for hints).
        func knows(_ name: String) -> Bool {
            ids.contains(name) || categories[name] != nil
        }
    }
}
