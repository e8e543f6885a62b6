import Foundation

/// Collects the pieces `BlobStore.read` hands over.
final class PieceCollector: @unchecked Sendable {
    private(set) var sizes: [Int] = []
    private(set) var joined = Data()
    func add(_ piece: Data) {
        sizes.append(piece.count)
        joined.append(piece)
    }
}
