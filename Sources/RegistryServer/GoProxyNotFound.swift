/// A module proxy request for something this registry does not hold: answered with 404 and the
/// reason as plain text, which go shows and which lets a GOPROXY list fall through.
struct GoProxyNotFound: Error {
    let reason: String
}
