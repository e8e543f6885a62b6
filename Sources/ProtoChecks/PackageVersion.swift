/// The version that ends a package name, read as buf reads it: `v1` (stable), `v1alpha`,
/// `v1beta2`, `v1p1beta1`, `v1test`, `v2test_anything`. Numbers must be at least 1, and a
/// package of one component (`v1`) has no version.
public struct PackageVersion: Hashable, Sendable {
    public enum Stability: String, Sendable { case stable, alpha, beta, test }

    public var major: Int
    public var stability: Stability

    public var isStable: Bool { stability == .stable }

    /// The version of `package`, or nil when its last component is not a well-formed version.
    public init?(package: String) {
        let components = package.split(separator: ".", omittingEmptySubsequences: false)
        guard components.count >= 2, let last = components.last else { return nil }
        var rest = Substring(last)
        guard rest.popFirst() == "v", let major = Self.number(&rest, required: true) else { return nil }
        self.major = major
        if rest.isEmpty {
            stability = .stable
        } else if rest.hasPrefix("test") {
            // Anything may follow `test`: `v1test`, `v1testing`, `v1test_foo`.
            stability = .test
        } else {
            // `p` and a patch number, if any, then `alpha` or `beta` and an optional number.
            if rest.first == "p" {
                rest.removeFirst()
                guard Self.number(&rest, required: true) != nil else { return nil }
            }
            if rest.hasPrefix("alpha") {
                stability = .alpha
                rest.removeFirst(5)
            } else if rest.hasPrefix("beta") {
                stability = .beta
                rest.removeFirst(4)
            } else {
                return nil
            }
            guard Self.number(&rest, required: false) != nil, rest.isEmpty else { return nil }
        }
    }

    /// Consumes leading ASCII digits. Nil when they are missing but `required`, or spell a
    /// number below 1; 0 when they are missing and optional.
    private static func number(_ text: inout Substring, required: Bool) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        text.removeFirst(digits.count)
        if digits.isEmpty { return required ? nil : 0 }
        guard digits.contains(where: { $0 != "0" }) else { return nil }
        return Int(digits) ?? Int.max
    }
}
