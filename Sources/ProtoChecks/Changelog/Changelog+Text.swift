import ProtoPackaging

extension Changelog {
    /// The headline verdict: what the differences require and whether the versions honour it.
    public var verdict: String {
        guard let previous else { return "first release: nothing to compare with" }
        var text: String
        switch required {
        case .none: text = "no differences"
        case .patch: text = "requires a patch bump (no change to the API surface)"
        case .minor: text = "requires a minor bump (additions)"
        case .major: text = "requires a major bump (breaking changes)"
        }
        if let honoured, let to = current.version, let made {
            let from = previous.version.map(\.description) ?? previous.label
            text += honoured ? "; \(to) honours it (a \(made.rawValue) bump from \(from))"
                : "; \(to) does not honour it (a \(made.rawValue) bump from \(from); \(lowestHonouring.map { "\($0)" } ?? "?") or higher would)"
        } else if let lowest = lowestHonouring, required != .none {
            text += ": \(lowest) or higher"
        }
        return text
    }

    /// Plain text for a terminal: a headline, the verdict, then one line per entry under its
    /// section; a breaking entry shows its rule ID and its places on both sides.
    public var text: String {
        var lines = ["\(module): \(previous?.label ?? "(nothing)") → \(current.label)", verdict]
        func section(_ title: String, _ entries: [ChangelogEntry]) {
            guard !entries.isEmpty else { return }
            lines.append("")
            lines.append("\(title) (\(entries.count)):")
            for e in entries {
                var place = e.current?.description ?? e.previous?.description ?? "-"
                if e.current != nil, let before = e.previous { place += " (was \(before))" }
                lines.append(e.kind == .addition ? "  \(place): \(e.message)" : "  \(e.rule) \(place): \(e.message)")
            }
        }
        section("Breaking changes", breaking)
        section("Additions", additions)
        section("Other changes", changes)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown for release notes and pull requests.
    public var markdown: String {
        var lines = ["## \(module) \(current.label)", ""]
        if let previous { lines.append("Compared with \(previous.label): \(verdict).") } else { lines.append(verdict.prefix(1).uppercased() + verdict.dropFirst() + ".") }
        func code(_ s: String) -> String { "`" + s.replacingOccurrences(of: "`", with: "'") + "`" }
        func section(_ title: String, _ entries: [ChangelogEntry]) {
            guard !entries.isEmpty else { return }
            lines.append("")
            lines.append("### \(title) (\(entries.count))")
            lines.append("")
            for e in entries {
                var where_ = [String]()
                if let before = e.previous { where_.append("was \(code(before.description))") }
                if let now = e.current { where_.append("now \(code(now.description))") }
                let rule = e.kind == .addition ? "" : "\(code(e.rule)) "
                lines.append("- \(rule)\(Self.escapeMarkdown(e.message))" + (where_.isEmpty ? "" : " (\(where_.joined(separator: ", ")))"))
            }
        }
        section("Breaking changes", breaking)
        section("Additions", additions)
        section("Other changes", changes)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Leaves a message's text as text: characters Markdown would take as markup are escaped.
    static func escapeMarkdown(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
