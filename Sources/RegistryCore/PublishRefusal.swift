import ProtoPackaging
import ProtopkgBasics

/// Why a publish was refused, with what a client needs to act: the HTTP status, every change
/// that decided it (file:line), and the lowest version that would be accepted.
public struct PublishRefusal: Error, Sendable {
    public var status: Int
    public var message: String
    public var findings: [Finding]
    public var acceptableVersion: SemVer?

    public init(status: Int, message: String, findings: [Finding] = [], acceptableVersion: SemVer? = nil) {
        self.status = status
        self.message = message
        self.findings = findings
        self.acceptableVersion = acceptableVersion
    }
}
