/// An age identity file, as `age-keygen` writes it and `age -i` reads it:
/// one `AGE-SECRET-KEY-1…` per line; lines starting with `#` and blank lines
/// are ignored; LF or CRLF line ends.
///
/// Errors name the line number, never its content (it may be a secret key).
public enum AgeIdentityFile {
    /// The longest identity file accepted (age-keygen's are under 200 bytes).
    public static let maximumByteCount = 1 << 20

    /// The identities in `bytes`.
    /// - Throws: `.invalidKey` naming the first bad line,
    ///   `.unsupportedRecipientType` for an ML-KEM hybrid identity,
    ///   `.invalidKey` for a file with no identity at all.
    public static func parse(_ bytes: [UInt8]) throws(AgeError) -> [AgeX25519Identity] {
        guard bytes.count <= maximumByteCount else { throw AgeError(.invalidKey, "the identity file is too large") }
        var identities: [AgeX25519Identity] = []
        for (index, rawLine) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = Array(rawLine)
            defer { wipe(&line) }
            if line.last == 0x0D { line.removeLast() }
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw AgeError(.invalidKey, "line \(index + 1) of the identity file is not text")
            }
            do {
                identities.append(try AgeX25519Identity(parsing: text))
            } catch {
                throw AgeError(error.kind, "line \(index + 1) of the identity file: \(error.message)")
            }
        }
        guard !identities.isEmpty else { throw AgeError(.invalidKey, "the identity file holds no identity") }
        return identities
    }
}
