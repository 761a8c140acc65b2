/// Decrypts age v1 files (binary or armored) with X25519 and passphrase
/// identities, following C2SP age.md and its testkit.
///
/// The order of checks is the spec's: parse the whole header strictly;
/// refuse an scrypt stanza beside any other; find a stanza an identity
/// opens; check the header MAC under that file key; read the 16-byte nonce;
/// then the STREAM payload. Each failure has its class (`AgeError.Kind`).
///
/// Release of plaintext: the streaming forms give each 64 KiB chunk to the
/// sink once that chunk has authenticated, exactly as age does (the testkit's
/// partial payload hashes check this). A failure later in the file (a bad
/// chunk, truncation, trailing data) then arrives after earlier chunks were
/// delivered, so callers that must release nothing unverified (the CLI,
/// exports) write to a temporary file or buffer and commit only on success.
/// `decrypt(_:identities:armor:)` does this and returns all or nothing.
public enum AgeReader {
    /// Whether the input is ASCII-armored.
    public enum Armor: Sendable {
        /// Armored when the first non-whitespace byte is "-" (a binary
        /// file starts with "age-encryption.org/").
        case detect
        case required
        case forbidden
    }

    /// Native recipient types tamga recognises but does not implement.
    static let unsupportedStanzaTypes: Set<String> = ["mlkem768x25519", "p256tag", "mlkem768p256tag"]

    /// Decrypts a whole file in memory; the plaintext comes back in secure
    /// memory only once every chunk has verified. The entry point for fuzzing:
    /// any input gives a result or an `AgeError`, never a crash.
    public static func decrypt(
        _ bytes: [UInt8], identities: [any AgeIdentity], armor: Armor = .detect
    ) throws(AgeError) -> SecretBytes {
        let output: SecretBytes
        do { output = try SecretBytes(count: bytes.count) } catch { throw AgeError(.io, "no secure memory for the plaintext") }
        var length = 0
        try decrypt(bytes, identities: identities, armor: armor) { chunk throws(AgeError) in
            guard let source = chunk.baseAddress, chunk.count > 0 else { return }
            output.withUnsafeMutableBytes { $0.baseAddress!.advanced(by: length).copyMemory(from: source, byteCount: chunk.count) }
            length += chunk.count
        }
        do { return try output.extracting(0..<length) } catch { throw AgeError(.io, "no secure memory for the plaintext") }
    }

    /// Decrypts bytes in memory, streaming verified chunks to `sink`.
    public static func decrypt(
        _ bytes: [UInt8], identities: [any AgeIdentity], armor: Armor = .detect,
        to sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void
    ) throws(AgeError) {
        try decrypt(from: AgeByteReader(bytes: bytes), identities: identities, armor: armor, to: sink)
    }

    /// Decrypts from an open file descriptor (read to its end, not closed),
    /// streaming verified chunks to `sink`: constant memory for any size.
    public static func decrypt(
        fileDescriptor: Int32, identities: [any AgeIdentity], armor: Armor = .detect,
        to sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void
    ) throws(AgeError) {
        try decrypt(from: AgeByteReader(fileDescriptor: fileDescriptor), identities: identities, armor: armor, to: sink)
    }

    /// Reads just the header (after removing armor), for callers that decide
    /// what to ask for (a passphrase or a key) from the stanza types.
    public static func header(of bytes: [UInt8], armor: Armor = .detect) throws(AgeError) -> AgeHeader {
        try AgeHeader.parse(from: unarmored(AgeByteReader(bytes: bytes), armor: armor))
    }

    static func unarmored(_ raw: AgeByteReader, armor: Armor) throws(AgeError) -> AgeByteReader {
        let armored: Bool
        switch armor {
        case .required: armored = true
        case .forbidden: armored = false
        case .detect: armored = AgeArmor.looksArmored(try raw.peek(AgeArmor.maximumWhitespace + 1))
        }
        guard armored else { return raw }
        let decoder = AgeArmorDecoder(reader: raw)
        return AgeByteReader { buffer throws(AgeError) in try decoder.read(into: buffer) }
    }

    static func decrypt(
        from raw: AgeByteReader, identities: [any AgeIdentity], armor: Armor,
        to sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void
    ) throws(AgeError) {
        let reader = try unarmored(raw, armor: armor)
        let header = try AgeHeader.parse(from: reader)
        let fileKey = try unwrapFileKey(header.stanzas, identities: identities)
        guard try header.hasValidMAC(fileKey: fileKey) else {
            throw AgeError(.headerMAC, "the header MAC does not match: the header was altered")
        }
        var nonce = [UInt8](repeating: 0, count: AgeStream.nonceByteCount)
        let count = try withAgeMutableBytes(&nonce) { buffer throws(AgeError) in try reader.read(into: buffer) }
        guard count == AgeStream.nonceByteCount else { throw .header("the payload nonce is missing or short") }
        let key = try AgeStream.payloadKey(fileKey: fileKey, nonce: nonce)
        try AgeStream.decrypt(from: reader, key: key, to: sink)
    }

    static func unwrapFileKey(_ stanzas: [AgeStanza], identities: [any AgeIdentity]) throws(AgeError) -> SecretBytes {
        if stanzas.count > 1, stanzas.contains(where: { $0.type == AgeScryptRecipient.stanzaType }) {
            throw .header("an scrypt stanza must be the only stanza")
        }
        for identity in identities {
            if let fileKey = try identity.unwrap(stanzas) { return fileKey }
        }
        if let type = stanzas.first(where: { unsupportedStanzaTypes.contains($0.type) })?.type {
            throw AgeError(.unsupportedRecipientType, "the file is encrypted to a \(type) recipient, which tamga does not support")
        }
        throw AgeError(.noMatch, "no identity matched any of the file's recipients")
    }
}
