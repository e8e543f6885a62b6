import ProtoSchema

struct PackageNoImportCycle: ModuleLintRule {
    static let info = RuleInfo(id: "PACKAGE_NO_IMPORT_CYCLE", categories: ["MINIMAL", "BASIC", "STANDARD"], isDefault: true,
                               purpose: "Packages do not import each other in a cycle, which many languages cannot build.")

    func check(_ schema: Schema, _ context: LintContext) {
        // package → imported package → the import statements that make the edge. Files without
        // a package take no part: they are not a unit that a language builds.
        var statements: [String: [String: [SchemaImport]]] = [:]
        for file in schema.filesByPath.values where !file.package.isEmpty {
            for i in file.imports {
                guard let target = schema.filesByPath[i.importPath], !target.package.isEmpty,
                      target.package != file.package else { continue }
                statements[file.package, default: [:]][target.package, default: []].append(i)
            }
        }
        let edges = statements.mapValues { $0.keys.sorted() }
        // An import closes a cycle exactly when both packages are in one strongly connected
        // component; only then is a path worth searching for (a large tree is mostly acyclic).
        let component = Self.components(edges)
        for package in edges.keys.sorted() {
            for imported in edges[package]! where component[imported] == component[package] {
                guard let back = Self.path(from: imported, to: package, edges, within: component) else { continue }
                let cycle = ([package] + back).joined(separator: " -> ")
                for i in statements[package]![imported]! where i.file.isTarget {
                    context.report(i, "Package import cycle: \(cycle)")
                }
            }
        }
    }

    /// A path (depth first, packages in sorted order) from `start` to `goal`, both included,
    /// through packages of their component.
    private static func path(from start: String, to goal: String, _ edges: [String: [String]],
                             within component: [String: Int]) -> [String]? {
        var visited: Set<String> = [start]
        var trail = [start]
        func search(_ node: String) -> Bool {
            if node == goal { return true }
            for next in edges[node] ?? [] where component[next] == component[start] && !visited.contains(next) {
                visited.insert(next)
                trail.append(next)
                if search(next) { return true }
                trail.removeLast()
            }
            return false
        }
        return search(start) ? trail : nil
    }

    /// The strongly connected component of every package (Tarjan's algorithm, without
    /// recursion so that long import chains cannot exhaust the stack).
    private static func components(_ edges: [String: [String]]) -> [String: Int] {
        var order: [String: Int] = [:], low: [String: Int] = [:], component: [String: Int] = [:]
        var stack: [String] = [], onStack: Set<String> = []
        var count = 0
        func visit(_ node: String) {
            order[node] = order.count
            low[node] = order[node]
            stack.append(node)
            onStack.insert(node)
        }
        for root in edges.keys.sorted() where order[root] == nil {
            visit(root)
            var work: [(node: String, next: Int)] = [(root, 0)]
            while let (node, next) = work.last {
                let successors = edges[node] ?? []
                if next < successors.count {
                    work[work.count - 1].next += 1
                    let w = successors[next]
                    if order[w] == nil {
                        visit(w)
                        work.append((w, 0))
                    } else if onStack.contains(w) {
                        low[node] = min(low[node]!, order[w]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent]!, low[node]!) }
                if low[node] == order[node] {
                    while let w = stack.popLast() {
                        onStack.remove(w)
                        component[w] = count
                        if w == node { break }
                    }
                    count += 1
                }
            }
        }
        return component
    }
}
