import ProtopkgBasics

/// Python wheels carry PEP 440 versions, which have a fixed set of pre-release kinds instead of
/// SemVer's free-form identifiers. Only the conventional tags translate; anything else is refused
/// rather than guessed, because a wrong guess would reorder releases on PyPI-style indexes.
///
/// Two caveats the caller should know: several SemVer spellings land on one PEP 440 version
/// (`1.0.0-a.1` and `1.0.0-alpha.1` are both `1.0.0a1`), and PEP 440 orders `dev` before `a`,
/// where SemVer orders the identifier "dev" after "alpha" and "beta".
extension SemVer {
    static let pep440Tags: [String: String] = [
        "alpha": "a", "a": "a",
        "beta": "b", "b": "b",
        "rc": "rc", "c": "rc", "pre": "rc", "preview": "rc",
        "dev": ".dev",
    ]

    /// `1.2.3` → `1.2.3`, `1.0.0-rc.1` → `1.0.0rc1`, `1.0.0-beta` → `1.0.0b0`,
    /// `1.0.0-dev.3` → `1.0.0.dev3`, `1.2.3+Build.5` → `1.2.3+build.5` (a local version label).
    public func pep440() throws -> String {
        var text = "\(major).\(minor).\(patch)"
        if isPrerelease {
            guard let pre = pep440Prerelease() else {
                throw ProtopkgError(
                    "cannot write version \"\(self)\" in PEP 440: the pre-release \"\(prerelease.joined(separator: "."))\" "
                        + "is not one of the tags Python understands",
                    hint: "use a pre-release alpha.N, beta.N, rc.N or dev.N (also a.N, b.N, c.N, pre.N, preview.N, "
                        + "or the forms alpha1, rc1, ...)")
            }
            text += pre.tag + pre.number
        }
        let local = pep440LocalLabel()
        if !local.isEmpty { text += "+" + local }
        return text
    }

    /// The PEP 440 tag and number for `[tag]`, `[tag, N]` or `[tagN]`; nil for anything else.
    private func pep440Prerelease() -> (tag: String, number: String)? {
        let word: Substring
        let digits: Substring
        switch prerelease.count {
        case 1:
            let identifier = Substring(prerelease[0])
            let letters = identifier.prefix(while: { $0.isASCII && $0.isLetter })
            word = letters
            digits = identifier[letters.endIndex...]
            if !digits.isEmpty && !SemVer.isNumeric(digits) { return nil }
        case 2:
            word = Substring(prerelease[0])
            digits = Substring(prerelease[1])
            if !SemVer.isNumeric(digits) { return nil }
        default:
            return nil
        }
        guard let tag = SemVer.pep440Tags[word.lowercased()] else { return nil }
        // PEP 440 normalizes `rc01` to `rc1`, and an absent number to 0.
        let significant = digits.drop(while: { $0 == "0" })
        return (tag, significant.isEmpty ? "0" : String(significant))
    }

    /// Build metadata as a PEP 440 local label: lower case, alphanumeric segments joined by dots.
    private func pep440LocalLabel() -> String {
        let text = build.joined(separator: ".").lowercased()
        let segments = text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        return segments.joined(separator: ".")
    }
}
