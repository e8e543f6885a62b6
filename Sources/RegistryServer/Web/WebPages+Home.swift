import Foundation
import Hummingbird
import ProtoPackaging
import RegistryCore

extension WebPages {
    /// `/` and `/?q=`: the modules this reader may read, and what matches the search.
    func home(_ request: Request, token: TokenRecord?) async throws -> Response {
        let query = request.uri.queryParameters["q"].map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let modules = try await service.modules().filter { service.mayRead(token, $0) }
        var c: [String: Any] = ["private": !service.publicRead, "modulesLevel": query.isEmpty ? 1 : 2]
        var rows: [[String: Any]] = []
        for module in modules {
            let versions = try await service.versions(module)
            let newest = versions.last { !$0.yanked }
            var row: [String: Any] = ["name": module.description, "href": "/\(module)", "versions": versions.count]
            if let newest {
                row["latest"] = newest.version.description
                row["latestHref"] = "/\(module)/\(newest.version)"
            }
            if let last = versions.map(\.publishedAt).max() {
                row["published"] = Self.day(last)
                row["publishedISO"] = Self.iso(last)
            }
            rows.append(row)
        }
        c["modules"] = rows
        c["hasModules"] = !rows.isEmpty
        if !query.isEmpty {
            let words = query.lowercased().split(separator: " ").map(String.init)
            var found: [(rank: Int, entry: SearchIndex.Entry)] = []
            for module in modules { found += try await searchIndex(module)?.matches(words) ?? [] }
            found.sort { ($0.rank, $0.entry.kind.rawValue, $0.entry.name) < ($1.rank, $1.entry.kind.rawValue, $1.entry.name) }
            let limit = 200
            let shown = found.prefix(limit)
            c["searching"] = true
            c["query"] = query
            c["resultCount"] = found.count
            c["resultNoun"] = found.count == 1 ? "result" : "results"
            if found.count > limit {
                c["truncated"] = true
                c["shown"] = limit
            }
            c["groups"] = SearchIndex.Entry.Kind.allCases.compactMap { kind -> [String: Any]? in
                let items = shown.filter { $0.entry.kind == kind }
                guard !items.isEmpty else { return nil }
                return ["title": kind.title, "items": items.map { ["name": $0.entry.name, "href": $0.entry.href, "detail": $0.entry.detail] }]
            }
        }
        let body = PageTemplates.render("home", c)
        return html(layout(body, title: query.isEmpty ? "Modules" : "Search: \(query)", query: query))
    }

    static func day(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: date)
    }

    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
