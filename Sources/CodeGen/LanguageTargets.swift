import ProtoPackaging

/// The manifest's targets as language targets, in the order builds run them.
public enum LanguageTargets {
    public static func of(_ targets: Targets) -> [any LanguageTarget] {
        var out: [any LanguageTarget] = []
        if let python = targets.python { out.append(PythonLanguageTarget(python)) }
        if let go = targets.go { out.append(GoLanguageTarget(go)) }
        if targets.descriptor != nil { out.append(DescriptorLanguageTarget()) }
        if let swift = targets.swift { out.append(SwiftLanguageTarget(swift)) }
        return out
    }
}
