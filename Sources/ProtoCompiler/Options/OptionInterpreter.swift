/// Options: takes each element's uninterpreted options and gives its options message, as
/// protoc's OptionInterpreter does: names resolved against the options message of the pool
/// (custom options found as extensions by protoc's scoping rules), values checked and
/// converted for the field's type, aggregate `{ ... }` values read as text format, repeated
/// options indexed, option targets checked, and the source-info path of each option recorded.
///
/// Interprets the options of every element of one file, in protoc's order: elements as
/// protoc's builder allocates their options, and within an element its options as written.
/// Non-extension options (features included) go in a first pass, custom options in a second.
final class OptionInterpreter {
    unowned let linker: FileLinker
    /// protoc's repeated_option_counts_: the next index for a repeated option's path.
    private var repeatedCounts: [[Int32]: Int32] = [:]
    /// Custom options found, by name and the scope searched from: a file names the same few
    /// options from the same scopes again and again (googleapis: `google.api.field_behavior` on
    /// every field of a message), and each search tries every enclosing scope. The search
    /// starts at the element's parent, so elements of one parent share an entry. The symbols
    /// cannot change while options are interpreted; only names that were found are kept, so
    /// errors still come from a full search.
    private var foundExtensions: [ExtensionName: FieldDescriptor] = [:]

    private struct ExtensionName: Hashable {
        var name: String
        var parentScope: Substring
    }

    var sites: [OptionSite] { linker.file.optionSites }

    init(linker: FileLinker) {
        self.linker = linker
    }

    var file: FileDescriptor { linker.file }

    func interpretAll(extensions: Bool) {
        for site in sites where !site.options.uninterpreted.isEmpty {
            interpret(site, extensions: extensions)
        }
        if extensions {
            for site in sites where site.options.isPresent && site.options.value == nil {
                site.options.value = newValue(site)
            }
            for site in sites {
                if let value = site.options.value { checkTargets(value, site: site) }
            }
        }
    }

    private func newValue(_ site: OptionSite) -> MessageValue? {
        guard let type = linker.schema.message(site.typeName, pool: linker.table) else { return nil }
        let value = MessageValue(type: type)
        if site.options.presetMapEntry, let field = type.fields.first(where: { $0.name == "map_entry" }) {
            value.set(field, .varint(1))
        }
        return value
    }

    private func interpret(_ site: OptionSite, extensions: Bool) {
        let options = site.options
        if options.value == nil { options.value = newValue(site) }
        guard let root = options.value else { return }
        if options.interpretedPaths.count < options.uninterpreted.count {
            options.interpretedPaths = Array(repeating: [], count: options.uninterpreted.count)
        }
        for (i, option) in options.uninterpreted.enumerated() {
            guard let first = option.name.first else { continue }
            if first.name == "uninterpreted_option" && !first.isExtension {
                if !extensions { continue }
                linker.addError(option.nameStart, "Option must not use reserved name \"uninterpreted_option\".")
                return
            }
            if first.isExtension != extensions { continue }
            guard let path = interpretOne(option, site: site, root: root) else { return }
            options.interpretedPaths[i] = path
        }
    }

    /// protoc's InterpretSingleOption; returns the interpreted option's source-info path.
    /// protoc reads options back with a limit of 100 nested messages.
    static let maxNameParts = 100

    private func interpretOne(_ option: OptionNode, site: OptionSite, root: MessageValue) -> [Int32]? {
        if option.name.count > OptionInterpreter.maxNameParts {
            linker.addError(option.nameStart, "Option \"\(option.displayName.prefix(80))...\" has more than \(OptionInterpreter.maxNameParts) name parts; options cannot nest that deeply.")
            return nil
        }
        var descriptor = root.type
        var field: FieldDescriptor?
        var intermediate: [FieldDescriptor] = []
        var destPath = site.options.path
        // The name up to part `i`, as protoc prints it in messages (only errors need it).
        func debugName(_ i: Int) -> String {
            option.name[0...i].map { $0.isExtension ? "(" + $0.name + ")" : $0.name }.joined(separator: ".")
        }

        for (i, part) in option.name.enumerated() {
            linker.undefinedResolvedName = ""
            if part.isExtension {
                let scope = site.nameScope
                let key = ExtensionName(name: part.name, parentScope: scope.utf8.lastIndex(of: UInt8(ascii: ".")).map { scope[..<$0] } ?? "")
                if let known = foundExtensions[key] {
                    field = known
                } else if case .field(let f)? = linker.lookupSymbol(part.name, relativeTo: site.nameScope) {
                    field = f
                    foundExtensions[key] = f
                } else {
                    field = nil
                }
            } else {
                field = descriptor.field(named: part.name)
            }
            guard let found = field else {
                if !linker.undefinedResolvedName.isEmpty {
                    linker.addError(option.nameStart, "Option \"\(debugName(i))\" is resolved to \"(\(linker.undefinedResolvedName))\", which is not defined. The innermost scope is searched first in name resolution. Consider using a leading '.'(i.e., \"(.\(debugName(i).dropFirst())\") to start from the outermost scope.")
                } else {
                    linker.addError(option.nameStart, "Option \"\(debugName(i))\" unknown. Ensure that your proto definition file imports the proto which defines the option (i.e. via import option after edition 2024).")
                }
                return nil
            }
            if found.containingMessage !== descriptor {
                linker.addError(option.nameStart, "Option field \"\(debugName(i))\" is not a field or extension of message \"\(descriptor.name)\".")
                return nil
            }
            destPath.append(found.number)
            if i < option.name.count - 1 {
                guard found.isMessageTyped, let sub = found.messageType else {
                    linker.addError(option.nameStart, "Option \"\(debugName(i))\" is an atomic type, not a message.")
                    return nil
                }
                if found.isRepeated {
                    linker.addError(option.nameStart, "Option field \"\(debugName(i))\" is a repeated message. Repeated message options must be initialized using an aggregate value.")
                    return nil
                }
                intermediate.append(found)
                descriptor = sub
            }
        }
        guard let leaf = field else { return nil }

        if !leaf.isRepeated && isAlreadySet(root, intermediate: intermediate[...], leaf: leaf) {
            linker.addError(option.nameStart, "Option \"\(debugName(option.name.count - 1))\" was already set.")
            return nil
        }
        guard let value = optionValue(leaf, option, site: site) else { return nil }
        var target = root
        for f in intermediate {
            guard let sub = f.messageType else { return nil }
            target = target.child(f, type: sub)
        }
        target.set(leaf, value)

        if leaf.isRepeated {
            let index = repeatedCounts[destPath, default: 0]
            repeatedCounts[destPath] = index + 1
            destPath.append(index)
        }
        return destPath
    }

    static let targetNames: [Int32: String] = [
        1: "file", 2: "extension_range", 3: "message", 4: "field", 5: "oneof", 6: "enum", 7: "enum_entry",
        8: "service", 9: "method",
    ]

    /// Every option set (at any depth) must allow this kind of element in its `targets`.
    private func checkTargets(_ message: MessageValue, site: OptionSite) {
        for entry in message.entries {
            let targets = FeatureDefaults.targets(of: entry.field)
            if !targets.isEmpty && !targets.contains(site.target) {
                linker.addError(nil, "Option \(entry.field.fullName) cannot be set on an entity of type `\(OptionInterpreter.targetNames[site.target] ?? "")`.")
            }
            for case .message(let m) in entry.values { checkTargets(m, site: site) }
        }
    }

    /// protoc's ExamineIfOptionIsSet, over the values set so far.
    private func isAlreadySet(_ message: MessageValue, intermediate: ArraySlice<FieldDescriptor>, leaf: FieldDescriptor) -> Bool {
        guard let first = intermediate.first else { return message.has(leaf.number) }
        for case .message(let m) in message.values(of: first.number) where isAlreadySet(m, intermediate: intermediate.dropFirst(), leaf: leaf) {
            return true
        }
        return false
    }
}
