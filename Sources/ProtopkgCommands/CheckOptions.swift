import ArgumentParser
import Foundation
import ProtopkgBasics

extension ErrorFormat: ExpressibleByArgument {}

/// Prints findings in the chosen format and ends the command with exit 100 when there are any.
enum FindingsOutput {
    static func finish(_ findings: [Finding], format: ErrorFormat) throws {
        format.write(findings, to: FileHandle.standardOutput)
        if !findings.isEmpty { throw FindingsFailure(status: .findings) }
    }

    /// Runs a check; when the sources do not compile, a script that asked for json or
    /// github-actions also gets the compile errors in that format on stdout (the command still
    /// fails with exit 1 and the error on stderr).
    static func checking<T>(format: ErrorFormat, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ProtopkgError where !error.findings.isEmpty && format != .text {
            FileHandle.standardOutput.write(Data(format.render(error.findings).utf8))
            throw error
        }
    }

    /// buf's warnings for deprecated IDs, on stderr.
    static func warn(_ lines: [String]) {
        for line in lines { Terminal.standard.warning(line) }
    }
}
