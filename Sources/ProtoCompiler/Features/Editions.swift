/// Edition numbers as in descriptor.proto's `Edition` enum, and their names.
enum Editions {
    static let unknown: Int32 = 0
    static let legacy: Int32 = 900
    static let proto2: Int32 = 998
    static let proto3: Int32 = 999
    static let edition2023: Int32 = 1000
    static let edition2024: Int32 = 1001
    static let edition2026: Int32 = 1002
    static let unstable: Int32 = 9999
    static let max: Int32 = 0x7FFF_FFFF

    /// Files protoc 35 lets use edition UNSTABLE (its early-editions allowlist, as observed).
    static let unstableAllowedPrefixes = ["google/protobuf/", "upb/", "conformance/test_protos/"]

    /// The range protoc 35 compiles.
    static let minimumSupported = proto2
    static let maximumSupported = edition2024

    static let names: [(String, Int32)] = [
        ("UNKNOWN", 0), ("LEGACY", 900), ("PROTO2", 998), ("PROTO3", 999), ("2023", 1000),
        ("2024", 1001), ("2026", 1002), ("UNSTABLE", 9999), ("1_TEST_ONLY", 1), ("2_TEST_ONLY", 2),
        ("99997_TEST_ONLY", 99997), ("99998_TEST_ONLY", 99998), ("99999_TEST_ONLY", 99999), ("MAX", 0x7FFF_FFFF),
    ]

    /// The number of `EDITION_<name>`, as protoc's `Edition_Parse("EDITION_" + name)`.
    static func number(named name: String) -> Int32? {
        names.first { $0.0 == name }?.1
    }

    /// How protoc prints an edition in messages: `2023`, `PROTO2`, `UNSTABLE`.
    static func name(_ edition: Int32) -> String {
        names.first { $0.1 == edition }?.0 ?? String(edition)
    }
}
