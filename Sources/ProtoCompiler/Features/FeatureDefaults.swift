/// The defaults of every core feature for each edition, read from the `edition_defaults` of
/// FeatureSet's fields in protoc's built-in descriptor.proto (protoc's CompileDefaults), and
/// each feature's `feature_support` window.
struct FeatureDefaults: Sendable {
    struct Support: Sendable {
        var introduced: Int32 = 0
        var deprecated: Int32 = 0
        var deprecationWarning = ""
        var removed: Int32 = 0
        var removalError = ""
    }

    /// For each core feature number: (edition, value) pairs sorted by edition.
    private var defaults: [Int32: [(edition: Int32, value: Int32)]] = [:]

    /// What proto2 files resolve to, enough to compile descriptor.proto itself.
    static let proto2Only = FeatureDefaults(fixed: [1: 1, 2: 2, 3: 2, 4: 3, 5: 1, 6: 2, 7: 2, 8: 1])

    private init(fixed: [Int32: Int32]) {
        for (number, value) in fixed { defaults[number] = [(edition: Editions.legacy, value: value)] }
    }

    init(featureSet: MessageDescriptor) {
        for field in featureSet.fields where ResolvedFeatures.coreFields.contains(field.number) {
            var pairs: [(Int32, Int32)] = []
            for entry in FeatureDefaults.editionDefaults(of: field) {
                if let e = field.enumType, let v = e.values.first(where: { $0.name == entry.value }) {
                    pairs.append((entry.edition, v.number))
                }
            }
            defaults[field.number] = pairs.sorted { $0.0 < $1.0 }.map { (edition: $0.0, value: $0.1) }
        }
    }

    /// The resolved defaults for `edition`: for each feature, its latest default not after it.
    func defaults(for edition: Int32) -> ResolvedFeatures {
        var out = ResolvedFeatures()
        for (number, pairs) in defaults {
            if let pair = pairs.last(where: { $0.edition <= edition }) { out[number] = pair.value }
        }
        return out
    }

    /// A feature field's `edition_defaults` (FieldOptions field 20) as (edition, text value).
    static func editionDefaults(of field: FieldDescriptor) -> [(edition: Int32, value: String)] {
        guard let options = field.options.value else { return [] }
        var out: [(Int32, String)] = []
        for case .message(let m) in options.values(of: 20) {
            var edition: Int32 = 0
            var value = ""
            if case .varint(let e)? = m.values(of: 3).last { edition = Int32(truncatingIfNeeded: e) }
            if case .bytes(let b)? = m.values(of: 2).last { value = String(decoding: b, as: UTF8.self) }
            out.append((edition, value))
        }
        return out.map { (edition: $0.0, value: $0.1) }
    }

    /// A feature field's `feature_support` (FieldOptions field 22).
    static func support(of field: FieldDescriptor) -> Support {
        var support = Support()
        guard let options = field.options.value, case .message(let m)? = options.values(of: 22).last else { return support }
        if case .varint(let v)? = m.values(of: 1).last { support.introduced = Int32(truncatingIfNeeded: v) }
        if case .varint(let v)? = m.values(of: 2).last { support.deprecated = Int32(truncatingIfNeeded: v) }
        if case .bytes(let b)? = m.values(of: 3).last { support.deprecationWarning = String(decoding: b, as: UTF8.self) }
        if case .varint(let v)? = m.values(of: 4).last { support.removed = Int32(truncatingIfNeeded: v) }
        if case .bytes(let b)? = m.values(of: 5).last { support.removalError = String(decoding: b, as: UTF8.self) }
        return support
    }

    /// An option field's `targets` (FieldOptions field 19).
    static func targets(of field: FieldDescriptor) -> [Int32] {
        guard let options = field.options.value else { return [] }
        return options.values(of: 19).compactMap {
            if case .varint(let v) = $0 { return Int32(truncatingIfNeeded: v) }
            return nil
        }
    }
}
