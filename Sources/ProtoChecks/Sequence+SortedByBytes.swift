extension Sequence where Element == String {
    /// Sorted as Go sorts strings (byte by byte), which lists in buf's messages follow; Swift's
    /// own order compares canonically equivalent text as equal.
    func sortedByBytes() -> [String] { sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
}
