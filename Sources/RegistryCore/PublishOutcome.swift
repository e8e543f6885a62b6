/// The result of an accepted publish.
public enum PublishOutcome: Sendable {
    /// Stored now (HTTP 201).
    case created(VersionRecord)
    /// The same bytes were published before: nothing changed (HTTP 200).
    case unchanged(VersionRecord)
    /// A dry run that would have been accepted (HTTP 200).
    case wouldBeAccepted
}
