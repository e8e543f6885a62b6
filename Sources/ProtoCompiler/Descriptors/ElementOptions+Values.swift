extension ElementOptions {
    /// The last varint set for option field `number` (builtin options are all singular here).
    func varint(_ number: Int32) -> UInt64? {
        guard let value, case .varint(let v)? = value.values(of: number).last else { return nil }
        return v
    }

    func bool(_ number: Int32) -> Bool { (varint(number) ?? 0) != 0 }

    func has(_ number: Int32) -> Bool { value?.has(number) ?? false }

    /// The explicitly set `features` message, if any.
    var explicitFeatures: MessageValue? { FeatureResolution.explicitFeatures(self) }

    /// True when the explicit features set core feature `number`.
    func setsFeature(_ number: Int32) -> Bool {
        guard let f = explicitFeatures else { return false }
        return f.entries.contains { $0.field.number == number && !$0.field.isExtension }
    }

    func featureValue(_ number: Int32) -> Int32? {
        guard let f = explicitFeatures, let entry = f.entries.first(where: { $0.field.number == number && !$0.field.isExtension }),
              case .varint(let v)? = entry.values.last else { return nil }
        return Int32(truncatingIfNeeded: Int64(bitPattern: v))
    }
}
