/// The text header of an age v1 file: the version line, one or more
/// recipient stanzas, and the MAC line.
///
///     age-encryption.org/v1
///     -> X25519 <share>
///     <body>
///     --- <base64 HMAC-SHA-256 of everything up to and including "---">
///
/// The parser follows the spec's ABNF exactly (C2SP age.md) and accepts one
/// spelling per header: LF only, single spaces, canonical unpadded base64,
/// full 64-column body lines ended by a shorter one. So a header that parses
/// re-encodes to the same bytes (age's malleability property, tested on the
/// testkit). Lines and the whole header are bounded, so garbage costs little.
public struct AgeHeader: Sendable, Equatable {
    static let versionLine = Array("age-encryption.org/v1\n".utf8)
    static let macPrefix = Array("---".utf8)
    static let stanzaPrefix = Array("->".utf8)
    /// No header line may be longer (the longest native argument, an
    /// ML-KEM share, takes 1,494 characters).
    static let maximumLineLength = 16 << 10
    /// Nor may the header as a whole.
    static let maximumByteCount = 1 << 20

    public let stanzas: [AgeStanza]
    /// The 32-byte MAC from the last line.
    public let mac: [UInt8]
    /// The bytes the MAC covers: from the version line through "---".
    let authenticatedBytes: [UInt8]

    /// Parses a header at the start of `bytes`.
    /// - Returns: the header and the offset where the payload starts.
    /// - Throws: `AgeError` of kind `.header`.
    public static func parse(_ bytes: [UInt8]) throws(AgeError) -> (header: AgeHeader, payloadOffset: Int) {
        var consumed = 0
        let reader = AgeByteReader(bytes: bytes)
        let header = try parse(from: reader, counting: &consumed)
        return (header, consumed)
    }

    static func parse(from reader: AgeByteReader) throws(AgeError) -> AgeHeader {
        var consumed = 0
        return try parse(from: reader, counting: &consumed)
    }

    private static func parse(from reader: AgeByteReader, counting consumed: inout Int) throws(AgeError) -> AgeHeader {
        var authenticated = [UInt8]()
        func line() throws(AgeError) -> [UInt8] {
            guard let line = try reader.readLine(limit: maximumLineLength, tooLong: .header("header line too long")) else {
                throw .header(authenticated.isEmpty ? "the file is empty" : "the header is incomplete")
            }
            guard line.last == 0x0A else { throw .header("the header is incomplete") }
            authenticated += line
            guard authenticated.count <= maximumByteCount else { throw .header("the header is too long") }
            return line
        }

        guard try line() == versionLine else { throw .header("not an age v1 file (unknown version line)") }
        var stanzas: [AgeStanza] = []
        while true {
            guard try reader.peek(3).elementsEqual(macPrefix) else {
                stanzas.append(try stanza(firstLine: line(), nextLine: line))
                continue
            }
            let macLine = try line()
            let fields = macLine.dropLast().split(separator: 0x20, omittingEmptySubsequences: false)
            guard fields.count == 2, fields[0].elementsEqual(macPrefix),
                  let mac = StrictBase64.decode(bytes: fields[1], padded: false), mac.count == 32 else {
                throw .header("malformed MAC line")
            }
            guard !stanzas.isEmpty else { throw .header("the header has no recipient stanza") }
            consumed = authenticated.count
            authenticated.removeLast(macLine.count - 3)
            return AgeHeader(stanzas: stanzas, mac: mac, authenticatedBytes: authenticated)
        }
    }

    private static func stanza(firstLine: [UInt8], nextLine: () throws(AgeError) -> [UInt8]) throws(AgeError) -> AgeStanza {
        let fields = firstLine.dropLast().split(separator: 0x20, omittingEmptySubsequences: false)
        guard fields.count >= 2, fields[0].elementsEqual(stanzaPrefix),
              fields.dropFirst().allSatisfy(AgeStanza.isValidArgument) else {
            throw .header("malformed stanza line")
        }
        let strings = fields.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        var body = [UInt8]()
        while true {
            let line = try nextLine().dropLast()
            guard line.count <= 64, let bytes = StrictBase64.decode(bytes: line, padded: false) else {
                throw .header("malformed stanza body line")
            }
            body += bytes
            if bytes.count < 48 { break }
        }
        return AgeStanza(type: strings[0], arguments: Array(strings.dropFirst()), body: body)
    }

    /// Builds the header for `stanzas`, with its MAC under `fileKey`.
    static func make(stanzas: [AgeStanza], fileKey: SecretBytes) throws(AgeError) -> AgeHeader {
        var authenticated = versionLine
        for stanza in stanzas { authenticated += stanza.encoded() }
        authenticated += macPrefix
        let mac = try computeMAC(over: authenticated, fileKey: fileKey)
        return AgeHeader(stanzas: stanzas, mac: mac, authenticatedBytes: authenticated)
    }

    /// HMAC-SHA-256 under HKDF(file key, salt: empty, info: "header").
    static func computeMAC(over bytes: [UInt8], fileKey: SecretBytes) throws(AgeError) -> [UInt8] {
        let key = try AgeCrypto.derive(fileKey, salt: [], info: "header")
        return HMACSHA256.authenticationCode(for: bytes, using: key)
    }

    /// True when the MAC matches under `fileKey` (constant-time compare).
    func hasValidMAC(fileKey: SecretBytes) throws(AgeError) -> Bool {
        let key = try AgeCrypto.derive(fileKey, salt: [], info: "header")
        return HMACSHA256.isValidAuthenticationCode(mac, for: authenticatedBytes, using: key)
    }

    /// The header's bytes, MAC line included.
    public var encoded: [UInt8] {
        authenticatedBytes + [0x20] + Array(StrictBase64.encode(mac, padded: false).utf8) + [0x0A]
    }
}
