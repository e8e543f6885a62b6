import Mustache

/// The pages' Mustache templates, compiled once. Each page renders its body template, then the
/// layout around it (`body` is the rendered body; everything else in the templates is escaped
/// by Mustache unless it is HTML this code made and sanitized, in triple braces).
enum PageTemplates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        let all: [(String, String)] = [("layout", layout), ("home", home), ("module", module), ("docs", docs),
                                       ("docsIndex", docsIndex), ("package", package), ("message", message), ("enum", enumeration),
                                       ("source", source), ("diff", diff), ("entries", entries), ("login", login),
                                       ("problem", problem)]
        for (name, text) in all {
            do { try library.register(text, named: name) } catch { fatalError("template \(name): \(error)") }
        }
        return library
    }()

    static func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
