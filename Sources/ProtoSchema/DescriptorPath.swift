/// Field numbers of descriptor.proto used to address elements in `SourceCodeInfo` paths.
/// A path is the chain of (field number, index) pairs from the file to the element.
public enum DescriptorPath {
    public enum File {
        public static let package: Int32 = 2, dependency: Int32 = 3, messageType: Int32 = 4, enumType: Int32 = 5
        public static let service: Int32 = 6, `extension`: Int32 = 7, options: Int32 = 8, syntax: Int32 = 12
        public static let edition: Int32 = 14
    }
    public enum Message {
        public static let name: Int32 = 1, field: Int32 = 2, nestedType: Int32 = 3, enumType: Int32 = 4
        public static let extensionRange: Int32 = 5, `extension`: Int32 = 6, options: Int32 = 7, oneofDecl: Int32 = 8
        public static let reservedRange: Int32 = 9, reservedName: Int32 = 10
    }
    public enum Field {
        public static let name: Int32 = 1, extendee: Int32 = 2, number: Int32 = 3, label: Int32 = 4, type: Int32 = 5
        public static let typeName: Int32 = 6, defaultValue: Int32 = 7, options: Int32 = 8, jsonName: Int32 = 10
    }
    public enum Oneof { public static let name: Int32 = 1, options: Int32 = 2 }
    public enum Enum {
        public static let name: Int32 = 1, value: Int32 = 2, options: Int32 = 3, reservedRange: Int32 = 4, reservedName: Int32 = 5
    }
    public enum EnumValue { public static let name: Int32 = 1, number: Int32 = 2, options: Int32 = 3 }
    public enum Service { public static let name: Int32 = 1, method: Int32 = 2, options: Int32 = 3 }
    public enum Method {
        public static let name: Int32 = 1, inputType: Int32 = 2, outputType: Int32 = 3, options: Int32 = 4
        public static let clientStreaming: Int32 = 5, serverStreaming: Int32 = 6
    }
}
