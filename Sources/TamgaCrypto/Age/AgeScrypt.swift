/// Passphrase encryption in age (`-> scrypt <salt> <log2 N>`).
///
/// wrap key = scrypt(N = 2^logN, r = 8, p = 1, salt = "age-encryption.org/v1/scrypt" ‖ salt16).
/// An scrypt stanza must be the only stanza in the file: a passphrase file
/// that also opens with a key would not be what its reader thinks it is.
public struct AgeScryptRecipient: AgeRecipient {
    static let label = Array("age-encryption.org/v1/scrypt".utf8)
    static let stanzaType = "scrypt"

    private let passphrase: SecretBytes
    /// log₂ of the scrypt work factor (age's default is 18, about 1 s).
    public let workFactor: Int

    /// - Throws: `.invalidArgument` for an empty passphrase or a work factor
    ///   outside 1...`AgeScryptIdentity.maximumWorkFactor`.
    public init(passphrase: SecretBytes, workFactor: Int = 18) throws(AgeError) {
        guard passphrase.count > 0 else { throw AgeError(.invalidArgument, "the passphrase is empty") }
        guard (1...AgeScryptIdentity.defaultMaximumWorkFactor).contains(workFactor) else {
            throw AgeError(.invalidArgument, "the scrypt work factor must be between 1 and \(AgeScryptIdentity.defaultMaximumWorkFactor)")
        }
        self.passphrase = passphrase
        self.workFactor = workFactor
    }

    public var requiresBeingAlone: Bool { true }

    public func wrap(fileKey: SecretBytes) throws(AgeError) -> [AgeStanza] {
        let salt = SecureRandom.bytes(count: 16)
        let wrapKey = try AgeScryptIdentity.wrapKey(passphrase: passphrase, salt: salt, workFactor: workFactor)
        let body = try AgeCrypto.wrap(fileKey, with: wrapKey)
        return [AgeStanza(type: Self.stanzaType, arguments: [StrictBase64.encode(salt, padded: false), String(workFactor)], body: body)]
    }
}

/// Opens passphrase-encrypted age files.
///
/// A stanza must have exactly a canonical 16-byte salt and a decimal work
/// factor without sign or leading zero (`^[1-9][0-9]*$`); a work factor above
/// `maximumWorkFactor` is refused before any work, so a hostile file cannot
/// make the reader spend minutes and gigabytes (22 means 4 GiB and several
/// seconds; 23 is the testkit's "too high").
public struct AgeScryptIdentity: AgeIdentity {
    public static let defaultMaximumWorkFactor = 22

    private let passphrase: SecretBytes
    public let maximumWorkFactor: Int

    public init(passphrase: SecretBytes, maximumWorkFactor: Int = AgeScryptIdentity.defaultMaximumWorkFactor) {
        self.passphrase = passphrase
        self.maximumWorkFactor = maximumWorkFactor
    }

    public func unwrap(_ stanzas: [AgeStanza]) throws(AgeError) -> SecretBytes? {
        guard let stanza = stanzas.first(where: { $0.type == AgeScryptRecipient.stanzaType }) else { return nil }
        // The reader refuses mixed headers before asking any identity; check
        // again so this type is safe on its own.
        guard stanzas.count == 1 else { throw .header("an scrypt stanza must be the only stanza") }
        guard stanza.arguments.count == 2,
              let salt = StrictBase64.decode(stanza.arguments[0], padded: false), salt.count == 16 else {
            throw .header("malformed scrypt stanza")
        }
        let digits = Array(stanza.arguments[1].utf8)
        guard let first = digits.first, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw .header("malformed scrypt work factor")
        }
        guard digits.count <= 2, let workFactor = Int(stanza.arguments[1]), workFactor <= maximumWorkFactor else {
            throw .header("the scrypt work factor is above the limit of \(maximumWorkFactor)")
        }
        guard stanza.body.count == AgeCrypto.wrappedFileKeyByteCount else {
            throw .header("the scrypt stanza body is not a 16-byte file key")
        }
        let wrapKey = try Self.wrapKey(passphrase: passphrase, salt: salt, workFactor: workFactor)
        return try AgeCrypto.unwrap(stanza.body, with: wrapKey)
    }

    static func wrapKey(passphrase: SecretBytes, salt: [UInt8], workFactor: Int) throws(AgeError) -> SecretBytes {
        do {
            return try Scrypt.deriveKey(from: passphrase, salt: AgeScryptRecipient.label + salt,
                                        n: UInt64(1) << UInt64(workFactor), r: 8, p: 1, byteCount: 32)
        } catch { throw AgeError(.io, "scrypt failed: \(error)") }
    }
}
