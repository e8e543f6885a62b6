import Foundation
import ProtoSchema
import ProtopkgBasics
import SwiftProtobuf

/// What the current schema adds to the API surface of the previous one: new files, messages,
/// fields, oneofs, enums, enum values, services, methods and extensions, and changed options
/// (which change generated code). Each addition is a finding of type `ADDITION`, placed at the
/// new element.
public enum ApiAdditions {
    public static let type = "ADDITION"

    public static func list(previous: Schema, current: Schema) -> [CheckFinding] {
        var out: [CheckFinding] = []
        func add(_ element: SchemaElement, _ message: String) {
            out.append(CheckFinding(rule: type, filePath: element.file.path, span: element.location, message: message, element: element))
        }
        let previousFiles = Dictionary(previous.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for file in current.files {
            guard let old = previousFiles[file.path] else {
                out.append(CheckFinding(rule: type, filePath: file.path, span: nil, message: "Added file \"\(file.path)\".", element: nil))
                continue
            }
            if old.descriptor.options != file.descriptor.options {
                out.append(CheckFinding(rule: type, filePath: file.path, span: file.span([DescriptorPath.File.options]),
                                        message: "Changed the file options of \"\(file.path)\".", element: nil))
            }
        }
        for message in current.files.flatMap(\.allMessages) where !message.isMapEntry {
            guard let old = previous.messagesByName[message.fullName], old.file.isTarget else {
                add(message, "Added message \"\(message.fullName)\".")
                continue
            }
            for field in message.fields where old.field(number: field.number) == nil {
                add(field, "Added field \"\(field.name)\" (\(field.number)) to message \"\(message.fullName)\".")
            }
            for field in message.fields {
                if let was = old.field(number: field.number), was.descriptor.options != field.descriptor.options {
                    add(field, "Changed the options of field \"\(message.fullName).\(field.name)\".")
                }
            }
            for oneof in message.oneofs where !oneof.isSynthetic && !old.oneofs.contains(where: { $0.name == oneof.name }) {
                add(oneof, "Added oneof \"\(oneof.name)\" to message \"\(message.fullName)\".")
            }
            if old.descriptor.options != message.descriptor.options {
                add(message, "Changed the options of message \"\(message.fullName)\".")
            }
        }
        for e in current.files.flatMap(\.allEnums) {
            guard let old = previous.enumsByName[e.fullName], old.file.isTarget else {
                add(e, "Added enum \"\(e.fullName)\".")
                continue
            }
            for value in e.values where !old.values.contains(where: { $0.number == value.number && $0.name == value.name }) {
                add(value, "Added enum value \"\(value.name)\" (\(value.number)) to enum \"\(e.fullName)\".")
            }
        }
        for service in current.files.flatMap(\.services) {
            guard let old = previous.servicesByName[service.fullName], old.file.isTarget else {
                add(service, "Added service \"\(service.fullName)\".")
                continue
            }
            for method in service.methods where !old.methods.contains(where: { $0.name == method.name }) {
                add(method, "Added RPC \"\(method.name)\" to service \"\(service.fullName)\".")
            }
        }
        let previousExtensions = Set(previous.files.flatMap(\.allExtensions).map { "\($0.extendee)#\($0.number)" })
        for x in current.files.flatMap(\.allExtensions) where !previousExtensions.contains("\(x.extendee)#\(x.number)") {
            add(x, "Added extension \"\(x.fullName)\" (\(x.number)) of \"\(x.extendee)\".")
        }
        return out
    }

    /// True when anything at all differs, comments and positions included (a patch at least).
    public static func anyDifference(previous: Schema, current: Schema) -> Bool {
        previous.files.count != current.files.count
            || zip(previous.files, current.files).contains { $0.path != $1.path || !$0.isIdentical(to: $1) }
    }
}
