/// One share of a secret split by `ShamirSecretSharing`: the point
/// (x, y₁…yₙ) of one polynomial per secret byte, with the threshold and a
/// caller-supplied fingerprint of the secret's public counterpart (such as
/// the recovery public key's fingerprint), so a holder can tell which secret
/// a share belongs to and a combiner can check the result.
public struct ShamirShare: Sendable {
    /// The x coordinate, 1...255; distinct across the shares of one split.
    public let x: UInt8
    /// How many shares recover the secret.
    public let threshold: UInt8
    /// Public bytes identifying the secret (at most 64).
    public let fingerprint: [UInt8]
    /// The y coordinates, one per secret byte.
    public let value: SecretBytes

    /// The longest fingerprint a share carries.
    public static let maximumFingerprintByteCount = 64

    /// Assembles a share; `ShamirSecretSharing.split` and the text decoder
    /// are the usual sources.
    public init(x: UInt8, threshold: UInt8, fingerprint: [UInt8], value: SecretBytes) throws(CryptoError) {
        guard x != 0, threshold >= 2, fingerprint.count <= Self.maximumFingerprintByteCount, value.count > 0 else {
            throw .invalidShares
        }
        self.x = x
        self.threshold = threshold
        self.fingerprint = fingerprint
        self.value = value
    }
}
