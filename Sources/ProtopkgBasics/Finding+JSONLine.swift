extension Finding {
    /// Appends the finding's JSON line (what `JSONLineEncoder.encode(self)` gives, written out
    /// by hand): `--error-format json` prints one per finding, and a large tree has tens of
    /// thousands, for which the generic encoder cost several times as much.
    public func appendJSONLine(to out: inout String) {
        out.append("{\"path\":")
        JSONLineEncoder.appendQuoted(path, to: &out)
        out.append(",\"start_line\":")
        out.append(String(startLine))
        out.append(",\"start_column\":")
        out.append(String(startColumn))
        out.append(",\"end_line\":")
        out.append(String(endLine))
        out.append(",\"end_column\":")
        out.append(String(endColumn))
        out.append(",\"type\":")
        JSONLineEncoder.appendQuoted(type, to: &out)
        out.append(",\"message\":")
        JSONLineEncoder.appendQuoted(message, to: &out)
        out.append("}")
    }
}
