import Foundation
import TamgaCrypto

/// A member's secret keys at rest: encrypted under a key derived from their
/// passphrase with Argon2id, the parameters stored beside the ciphertext
/// (docs/VAULT-FORMAT.md, Identities). The vault id and fingerprint are bound
/// in as associated data, so a key file cannot be replayed against another
/// vault or member.
public struct MemberKeyFile: Codable, Sendable, Equatable {
    public static let formatName = "tamga-member-key/2"

    public struct KDF: Codable, Sendable, Equatable {
        public var algorithm: String
        public var opsLimit: UInt64
        public var memLimit: UInt64
        public var salt: String
    }

    public var format: String
    public var vault: String
    /// The member's name, sealed under the passphrase key like the keys
    /// (a key file in a synced folder must not say whose it is).
    public var sealedName: String
    public var fingerprint: String
    public var encryptionKey: String
    public var signingKey: String
    public var kdf: KDF
    public var sealed: String

    /// Encrypts `identity` under `passphrase`.
    public static func create(
        identity: MemberIdentity, name: String, vault: String,
        passphrase: SecretBytes, strength: KeyStrength
    ) throws -> MemberKeyFile {
        let salt = SecureRandom.bytes(count: Argon2id.saltByteCount)
        let parameters = try strength.parameters(salt: salt)
        let key = try strength.deriveKey(from: passphrase, parameters: parameters)
        let fingerprint = identity.fingerprint
        let sealed = try XChaCha20Poly1305.seal(
            try identity.secret(), using: key,
            authenticating: associatedData(vault: vault, fingerprint: fingerprint))
        let sealedName = try XChaCha20Poly1305.seal(Array(name.utf8), using: key,
                                                    authenticating: nameAssociatedData(vault: vault, fingerprint: fingerprint))
        return MemberKeyFile(
            format: formatName, vault: vault, sealedName: Hex.encode(sealedName), fingerprint: fingerprint,
            encryptionKey: Hex.encode(identity.encryption.publicKey),
            signingKey: Hex.encode(identity.signing.publicKey),
            kdf: KDF(algorithm: "argon2id13", opsLimit: parameters.opsLimit,
                     memLimit: UInt64(parameters.memoryLimitBytes), salt: Hex.encode(salt)),
            sealed: Hex.encode(sealed))
    }

    /// Upper bounds on the Argon2id parameters a key file may ask for.
    /// Whoever can write the synced folder can edit a key file, and without a
    /// bound could make every unlock hang or exhaust memory (issue 14). tamga
    /// writes MODERATE (3 passes over 256 MiB); libsodium's SENSITIVE is 4
    /// passes over 1 GiB. Accepted: at most 16 passes, at most 4 GiB
    /// (`Argon2id.maximumMemoryLimitBytes`), and passes × memory at most four
    /// times SENSITIVE's (16 GiB passes, about 4 s on one core here), so a
    /// stronger setting chosen on purpose still opens and an edited one costs
    /// seconds, not hours.
    static let maximumOpsLimit: UInt64 = 16
    static let maximumWork: UInt64 = 4 * 4 * (1 << 30)

    /// Why `kdf` asks for more than unlock will spend, naming the field, or nil.
    static func boundsProblem(_ kdf: KDF) -> String? {
        if kdf.opsLimit > maximumOpsLimit {
            return "kdf.opsLimit \(kdf.opsLimit) is out of range (at most \(maximumOpsLimit) Argon2id passes)"
        }
        if kdf.memLimit > UInt64(Argon2id.maximumMemoryLimitBytes) {
            return "kdf.memLimit \(kdf.memLimit) is out of range (at most \(Argon2id.maximumMemoryLimitBytes) bytes)"
        }
        let work = kdf.opsLimit.multipliedReportingOverflow(by: kdf.memLimit)
        if work.overflow || work.partialValue > maximumWork {
            return "kdf.opsLimit × kdf.memLimit (\(kdf.opsLimit) × \(kdf.memLimit)) is out of range (at most \(maximumWork))"
        }
        return nil
    }

    /// Decrypts the identity. A wrong passphrase is `VaultError.wrongPassphrase`;
    /// parameters below MODERATE are refused unless the vault is a test vault.
    public func open(passphrase: SecretBytes, vault expectedVault: String, allowTestParameters: Bool) throws -> MemberIdentity {
        try openNamed(passphrase: passphrase, vault: expectedVault, allowTestParameters: allowTestParameters).identity
    }

    /// Decrypts the identity and the member's own name.
    public func openNamed(passphrase: SecretBytes, vault expectedVault: String,
                          allowTestParameters: Bool) throws -> (identity: MemberIdentity, name: String) {
        guard format == Self.formatName, kdf.algorithm == "argon2id13" else {
            throw VaultError.unsupportedFormat(path: "members/\(fingerprint).key", found: format)
        }
        guard vault == expectedVault else {
            throw VaultError.keyringRejected(problem: "the key file members/\(fingerprint).key belongs to another vault")
        }
        // Checked before deriving anything: an edited key file must not hang unlock.
        if let problem = Self.boundsProblem(kdf) {
            throw VaultError.damaged(path: "members/\(fingerprint).key", problem: "damaged key file: \(problem)")
        }
        let secret: SecretBytes, name: String
        do {
            let parameters = try Argon2id.Parameters(opsLimit: kdf.opsLimit, memoryLimitBytes: Int(kdf.memLimit), salt: try Hex.decode(kdf.salt))
            let key = try Argon2id.deriveKey(from: passphrase, parameters: parameters, allowingTestOnlyWeakParameters: allowTestParameters)
            secret = try XChaCha20Poly1305.open(
                try Hex.decode(sealed), using: key,
                authenticating: Self.associatedData(vault: vault, fingerprint: fingerprint))
            name = try XChaCha20Poly1305.open(try Hex.decode(sealedName), using: key,
                                              authenticating: Self.nameAssociatedData(vault: vault, fingerprint: fingerprint))
                .withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        } catch CryptoError.authenticationFailed {
            throw VaultError.wrongPassphrase
        } catch {
            // A salt or sealed part that is not hex, or parameters Argon2id refuses: name the file.
            throw VaultError.damaged(path: "members/\(fingerprint).key", problem: "its key derivation or sealed part does not decode (\(error))")
        }
        let identity: MemberIdentity
        do { identity = try MemberIdentity.fromSecret(secret) } catch {
            throw VaultError.damaged(path: "members/\(fingerprint).key", problem: "the sealed keys are malformed")
        }
        guard identity.fingerprint == fingerprint else {
            throw VaultError.damaged(path: "members/\(fingerprint).key", problem: "the keys do not match the fingerprint")
        }
        return (identity, name)
    }

    static func nameAssociatedData(vault: String, fingerprint: String) -> [UInt8] {
        Array("tamga/v2/member-name\0\(vault)\0\(fingerprint)".utf8)
    }

    static func associatedData(vault: String, fingerprint: String) -> [UInt8] {
        Array("tamga/v1/member-key\0\(vault)\0\(fingerprint)".utf8)
    }

    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8]) throws -> MemberKeyFile {
        try JSONDecoder().decode(MemberKeyFile.self, from: Data(bytes))
    }
}

/// How hard a new key file is to attack. `standard` is libsodium's MODERATE
/// (the floor); `testOnlyFast` exists so the test suite does not spend minutes
/// in Argon2id, and a vault created with it says so in its config.
public enum KeyStrength: String, Sendable, Codable {
    case standard
    case testOnlyFast

    func parameters(salt: [UInt8]) throws -> Argon2id.Parameters {
        switch self {
        case .standard: try Argon2id.Parameters.moderate(salt: salt)
        case .testOnlyFast: try Argon2id.Parameters(opsLimit: 1, memoryLimitBytes: 8192, salt: salt)
        }
    }

    func deriveKey(from passphrase: SecretBytes, parameters: Argon2id.Parameters) throws -> SecretBytes {
        try Argon2id.deriveKey(from: passphrase, parameters: parameters, allowingTestOnlyWeakParameters: self == .testOnlyFast)
    }
}
