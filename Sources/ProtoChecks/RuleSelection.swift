import ProtopkgBasics

/// Which rules run: `use` (IDs or categories, else the defaults) minus `except`. An unknown ID
/// or category is an error that names it and lists what exists.
public enum RuleSelection {
    public static func select(all: [RuleInfo], use: [String], except: [String], ignoreOnlyKeys: [String] = [],
                              kind: String, configFile: String) throws -> Set<String> {
        let categories = Set(all.flatMap(\.categories))
        let ids = Set(all.map(\.id))
        func expand(_ names: [String], key: String) throws -> Set<String> {
            var out = Set<String>()
            for name in names {
                if ids.contains(name) {
                    out.insert(name)
                } else if categories.contains(name) {
                    out.formUnion(all.filter { $0.categories.contains(name) }.map(\.id))
                } else {
                    throw ProtopkgError("unknown \(kind) rule or category \"\(name)\" in \(kind).\(key)", at: configFile,
                                        hint: "categories: \(categories.sorted().joined(separator: ", ")); list the rules with `protopkg ls-\(kind)-rules`")
                }
            }
            return out
        }
        _ = try expand(ignoreOnlyKeys, key: "ignore_only")
        let used = use.isEmpty ? Set(all.filter(\.isDefault).map(\.id)) : try expand(use, key: "use")
        return used.subtracting(try expand(except, key: "except"))
    }
}
