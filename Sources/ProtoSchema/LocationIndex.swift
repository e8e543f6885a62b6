import SwiftProtobuf

/// Source locations of one file by descriptor path. Built on first use: most checks never
/// need a location (only findings do), and a large tree has millions of them.
final class LocationIndex {
    private var table: [[Int32]: Google_Protobuf_SourceCodeInfo.Location] = [:]

    init(_ info: Google_Protobuf_SourceCodeInfo) {
        table.reserveCapacity(info.location.count)
        for location in info.location where table[location.path] == nil {
            table[location.path] = location
        }
    }

    func span(_ path: [Int32]) -> SourceSpan? {
        table[path].flatMap { SourceSpan(descriptorSpan: $0.span) }
    }

    func comments(_ path: [Int32]) -> ElementComments {
        guard let l = table[path] else { return .none }
        return ElementComments(leading: l.leadingComments, trailing: l.trailingComments,
                               leadingDetached: l.leadingDetachedComments)
    }
}
