import ArgumentParser
import Foundation
import ProtopkgBasics

extension ErrorFormat: ExpressibleByArgument {}

/// Prints findings in the chosen format and ends the command with exit 100 when there are any.
enum FindingsOutput {
    static func finish(_ findings: [Finding], format: ErrorFormat) throws {
        FileHandle.standardOutput.write(Data(format.render(findings).utf8))
        if !findings.isEmpty { throw FindingsFailure(status: .findings) }
    }
}
