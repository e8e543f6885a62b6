/// The Go module proxy's case encoding of module paths and versions: an upper-case letter is
/// written as `!` and the letter in lower case, so that paths survive case-insensitive file
/// systems (`github.com/Azure` → `github.com/!azure`).
enum GoModulePathEncoding {
    /// nil for text that is not a valid encoding (an upper-case letter, or `!` before anything
    /// but a lower-case letter).
    static func decode(_ encoded: String) -> String? {
        var out = ""
        var bang = false
        for ch in encoded {
            if bang {
                guard ch.isASCII, ch.isLowercase else { return nil }
                out.append(ch.uppercased())
                bang = false
            } else if ch == "!" {
                bang = true
            } else {
                if ch.isASCII && ch.isUppercase { return nil }
                out.append(ch)
            }
        }
        return bang ? nil : out
    }

    static func encode(_ path: String) -> String {
        var out = ""
        for ch in path {
            if ch.isASCII && ch.isUppercase { out += "!" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }
}
