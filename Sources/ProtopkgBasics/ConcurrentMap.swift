import Dispatch

extension Collection where Index == Int {
    /// `map` on every core: `transform` runs concurrently for the elements (so it must only
    /// read shared state), and the results come back in the collection's order.
    public func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            DispatchQueue.concurrentPerform(iterations: count) { offset in
                base[offset] = transform(self[startIndex + offset])
            }
        }
        return slots.map { $0! }
    }
}
