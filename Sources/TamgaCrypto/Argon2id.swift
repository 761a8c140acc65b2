internal import CSodium
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Passphrase to key with Argon2id (`crypto_pwhash`, `ALG_ARGON2ID13`).
///
/// The parameters are passed in, never read from libsodium's constants at
/// derivation time: the caller stores them beside what the key protects, so
/// a file made today still opens after the defaults change. Anything below
/// libsodium's MODERATE limits (ops 3, 256 MiB; about 0.6 s here) is refused
/// unless the caller says, by name, that this is a test.
public enum Argon2id {
    /// Salts are 16 bytes.
    public static let saltByteCount = Int(crypto_pwhash_SALTBYTES)
    /// The floor: libsodium's MODERATE ops limit.
    public static let minimumOpsLimit = UInt64(crypto_pwhash_OPSLIMIT_MODERATE)
    /// The floor: libsodium's MODERATE memory limit, 256 MiB.
    public static let minimumMemoryLimitBytes = Int(crypto_pwhash_MEMLIMIT_MODERATE)
    /// The ceiling, 4 GiB: a tampered key file must not be able to make a
    /// reader allocate without bound.
    public static let maximumMemoryLimitBytes = 4 << 30

    /// What a derivation needs besides the passphrase; store all of it.
    public struct Parameters: Sendable, Hashable {
        /// Number of passes over memory (libsodium's opslimit).
        public let opsLimit: UInt64
        /// Memory used, in bytes (libsodium's memlimit).
        public let memoryLimitBytes: Int
        /// 16 random bytes, unique per protected key.
        public let salt: [UInt8]

        /// - Throws: `.invalidLength` unless `salt` is 16 bytes.
        public init(opsLimit: UInt64, memoryLimitBytes: Int, salt: [UInt8]) throws(CryptoError) {
            guard salt.count == Argon2id.saltByteCount else { throw .invalidLength }
            self.opsLimit = opsLimit
            self.memoryLimitBytes = memoryLimitBytes
            self.salt = salt
        }

        /// libsodium's MODERATE limits (ops 3, 256 MiB): the creation floor.
        public static func moderate(salt: [UInt8]) throws(CryptoError) -> Parameters {
            try Parameters(opsLimit: minimumOpsLimit, memoryLimitBytes: minimumMemoryLimitBytes, salt: salt)
        }

        /// libsodium's SENSITIVE limits (ops 4, 1 GiB; about 4 s here): for
        /// the recovery and root keys.
        public static func sensitive(salt: [UInt8]) throws(CryptoError) -> Parameters {
            try Parameters(
                opsLimit: UInt64(crypto_pwhash_OPSLIMIT_SENSITIVE),
                memoryLimitBytes: Int(crypto_pwhash_MEMLIMIT_SENSITIVE), salt: salt)
        }

        /// True when both limits reach MODERATE.
        public var meetsMinimum: Bool {
            opsLimit >= Argon2id.minimumOpsLimit && memoryLimitBytes >= Argon2id.minimumMemoryLimitBytes
        }
    }

    /// A fresh random 16-byte salt.
    public static func randomSalt() -> [UInt8] { SecureRandom.bytes(count: saltByteCount) }

    /// Derives `byteCount` bytes (16 or more; 32 by default) from `passphrase`.
    /// - Parameter allowingTestOnlyWeakParameters: TEST ONLY. Lets limits
    ///   below MODERATE through (libsodium's own minimum, ops 1 and 8 KiB,
    ///   still applies). Never pass `true` outside tests.
    /// - Throws: `.parametersTooWeak` below the floor, `.outOfMemory` above
    ///   the ceiling or when the memory cannot be had.
    public static func deriveKey(
        from passphrase: some ContiguousBytes, parameters: Parameters, byteCount: Int = 32,
        allowingTestOnlyWeakParameters: Bool = false
    ) throws(CryptoError) -> SecretBytes {
        Sodium.require()
        guard parameters.meetsMinimum || allowingTestOnlyWeakParameters else { throw .parametersTooWeak }
        guard parameters.opsLimit >= UInt64(crypto_pwhash_OPSLIMIT_MIN),
              parameters.memoryLimitBytes >= Int(crypto_pwhash_MEMLIMIT_MIN) else { throw .parametersTooWeak }
        guard parameters.memoryLimitBytes <= maximumMemoryLimitBytes else { throw .outOfMemory }
        guard byteCount >= Int(crypto_pwhash_BYTES_MIN) else { throw .invalidLength }
        let key = try SecretBytes(count: byteCount)
        let status = passphrase.withUnsafeBytes { password in
            parameters.salt.withUnsafeBytes { salt in
                crypto_pwhash(
                    key.unsafeMutableBuffer.nonNullBytePointer, UInt64(byteCount),
                    UnsafeRawPointer(password.nonNullBytePointer).assumingMemoryBound(to: CChar.self),
                    password.length, salt.nonNullBytePointer,
                    parameters.opsLimit, parameters.memoryLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
            }
        }
        guard status == 0 else { throw errno == ENOMEM ? .outOfMemory : .operationFailed }
        return key
    }
}
