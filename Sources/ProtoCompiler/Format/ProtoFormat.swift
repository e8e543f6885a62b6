/// buf format's layout for `.proto` files (`protopkg format`).
public enum ProtoFormat {
    /// A file that cannot be formatted: a syntax error, at its position (1-based).
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var line: Int
        public var column: Int
        public var message: String

        public init(path: String, line: Int, column: Int, message: String) {
            self.path = path
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "\(path):\(line):\(column): \(message)" }
    }

    /// Formats one file's bytes. Throws `Failure` for the first syntax error, as protoc
    /// reports it, since a file that does not parse has no layout to print.
    public static func format(_ source: [UInt8], path: String) throws -> [UInt8] {
        // A UTF-8 byte order mark is dropped, as buf drops it.
        let text = source.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(source.dropFirst(3)) : source
        return try text.withUnsafeBufferPointer { bytes in
            let (file, diagnostics) = Parser.parse(bytes, name: path, keepComments: true)
            if let first = diagnostics.first {
                throw Failure(path: path, line: Int(first.line) + 1, column: Int(first.column) + 1, message: first.message)
            }
            let tokens = FormatTokens(bytes)
            let formatter = ProtoFormatter(file: file, tokens: tokens)
            let output = formatter.run()
            if let failure = formatter.failure {
                let t = tokens[failure.token].token
                throw Failure(path: path, line: Int(t.line) + 1, column: Int(t.column) + 1,
                              message: "invalid option value: \(failure.message)")
            }
            return output
        }
    }
}
