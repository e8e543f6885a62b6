/// What `RawHotReadHandler` and `HotReadHandler` share about one connection, on its event loop:
/// how many requests the raw handler passed on to HTTP decoding whose response has not been
/// written to its end yet. The raw handler answers only while there are none.
final class HotReadConnection {
    var unanswered = 0

    /// A response's end was written.
    func answered() {
        if unanswered > 0 { unanswered -= 1 }
    }
}
