import Foundation
import ProtoPackaging

/// A release's changelog as the registry stored it at publish: against which version (nil for
/// a first release) and the changelog itself as JSON (`Changelog`'s encoding).
public struct StoredChangelog: Sendable, Equatable {
    public var version: SemVer
    public var against: SemVer?
    public var json: Data

    public init(version: SemVer, against: SemVer?, json: Data) {
        self.version = version
        self.against = against
        self.json = json
    }
}
