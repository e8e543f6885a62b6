import SwiftProtobuf

/// Source locations of one file by descriptor path. Built on first use: most checks never
/// need a location (only findings do), and a large tree has millions of them. Keyed by a hash
/// of the path into the locations array (checked on lookup), which costs far less to build than
/// a dictionary keyed by path arrays.
final class LocationIndex {
    private let locations: [Google_Protobuf_SourceCodeInfo.Location]
    private var table: [UInt64: Int32] = [:]

    init(_ info: Google_Protobuf_SourceCodeInfo) {
        locations = info.location
        table.reserveCapacity(locations.count)
        for (i, location) in locations.enumerated() {
            let key = Self.hash(location.path)
            // The first location of a path wins (several `extend` blocks share one path);
            // on a hash collision the lookup falls back to a scan.
            if table[key] == nil { table[key] = Int32(i) }
        }
    }

    static func hash(_ path: [Int32]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for p in path {
            h ^= UInt64(UInt32(bitPattern: p))
            h &*= 0x100000001b3
        }
        return h
    }

    /// The index of the first location of `path`. An index rather than the location: a
    /// location is a struct of arrays and strings, which every copy retains.
    private func index(_ path: [Int32]) -> Int? {
        guard let i = table[Self.hash(path)] else { return nil }
        if locations[Int(i)].path == path { return Int(i) }
        return locations.firstIndex { $0.path == path }
    }

    func span(_ path: [Int32]) -> SourceSpan? {
        index(path).flatMap { SourceSpan(descriptorSpan: locations[$0].span) }
    }

    /// The span of `path` inside an option value, found as buf finds it: the path itself, else
    /// the first location (in file order) inside it, else its deepest recorded ancestor at least
    /// `minimumLength` long. protoc records no locations inside `{ ... }` option values, so the
    /// fallbacks decide where most findings about them land.
    func nearestSpan(_ path: [Int32], minimumLength: Int) -> (path: [Int32], span: SourceSpan)? {
        func found(_ l: Google_Protobuf_SourceCodeInfo.Location) -> (path: [Int32], span: SourceSpan)? {
            SourceSpan(descriptorSpan: l.span).map { (l.path, $0) }
        }
        if let exact = index(path) { return found(locations[exact]) }
        var best: Google_Protobuf_SourceCodeInfo.Location?
        for candidate in locations {
            let p = candidate.path
            if p.count >= minimumLength, p.count < path.count, path.starts(with: p) {
                if p.count > (best?.path.count ?? 0) { best = candidate }
            } else if p.count > path.count, p.starts(with: path) {
                return found(candidate)
            }
        }
        return best.flatMap(found)
    }

    /// Every recorded location whose path starts with `prefix`, in file order.
    func locations(under prefix: [Int32]) -> [(path: [Int32], span: SourceSpan)] {
        locations.filter { $0.path.starts(with: prefix) }
            .compactMap { l in SourceSpan(descriptorSpan: l.span).map { (l.path, $0) } }
            .sorted { ($0.span.startLine, $0.span.startColumn) < ($1.span.startLine, $1.span.startColumn) }
    }

    func comments(_ path: [Int32]) -> ElementComments {
        guard let i = index(path) else { return .none }
        return ElementComments(leading: locations[i].leadingComments, trailing: locations[i].trailingComments,
                               leadingDetached: locations[i].leadingDetachedComments)
    }
}
