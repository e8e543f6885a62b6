extension FileLinker {
    /// Each explicitly set feature must exist in the file's edition: not before the edition
    /// that introduced it, not from the edition that removed it (its `feature_support`).
    func checkFeatureSupport(_ options: ElementOptions, token: Token?) {
        guard isEditions, let features = options.explicitFeatures else { return }
        checkFeatureSupport(features, token: token)
    }

    private func checkFeatureSupport(_ features: MessageValue, token: Token?) {
        for entry in features.entries {
            let support = FeatureDefaults.support(of: entry.field)
            if support.introduced != 0 && support.introduced > file.edition {
                addError(token, "\(entry.field.fullName) wasn't introduced until edition \(Editions.name(support.introduced)) and can't be used in edition \(Editions.name(file.edition))")
            } else if support.removed != 0 && support.removed <= file.edition {
                let detail = support.removalError.isEmpty ? "" : ": " + support.removalError
                addError(token, "\(entry.field.fullName) has been removed in edition \(Editions.name(support.removed))\(detail)")
            }
            for case .message(let m) in entry.values { checkFeatureSupport(m, token: token) }
        }
    }
}
