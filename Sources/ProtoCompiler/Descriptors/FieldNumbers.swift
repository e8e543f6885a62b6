/// Field number limits as protoc enforces them.
enum FieldNumbers {
    static let maxNumber: Int32 = 536_870_911
    static let firstReserved: Int32 = 19000
    static let lastReserved: Int32 = 19999
}
