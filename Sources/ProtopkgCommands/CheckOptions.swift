import ArgumentParser
import ProtopkgBasics

extension ErrorFormat: ExpressibleByArgument {}

/// Prints findings in the chosen format and ends the command with exit 100 when there are any.
enum FindingsOutput {
    static func finish(_ findings: [Finding], format: ErrorFormat) throws {
        for f in findings { Terminal.standard.print(format.render(f)) }
        if !findings.isEmpty { throw FindingsFailure(status: .findings) }
    }
}
