/// Which generation of buf's rule and category definitions the IDs of a configuration refer to.
///
/// buf keeps one rule set per configuration version: a `buf.yaml` v1beta1 has categories that
/// later versions dropped (`FILE_LAYOUT`, `STYLE_BASIC`, `OTHER`, ...), v1 has no `FIELD_NOT_REQUIRED`
/// and puts `PACKAGE_NO_IMPORT_CYCLE` in no category, and only v2 has `CSR`, `EXTENSION_NO_DELETE`
/// and `FIELD_SAME_DEFAULT`. So `use: [FILE]` means a different set of rules in a v1 file than in
/// a v2 file, and protopkg selects rules by the version the configuration was written for.
/// `protopkg.yaml` uses the newest (v2) definitions.
public enum RuleSpecVersion: String, Sendable, Equatable, CaseIterable {
    case v1beta1
    case v1
    case v2
}
