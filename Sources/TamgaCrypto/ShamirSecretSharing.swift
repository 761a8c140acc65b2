/// k-of-n Shamir secret sharing over GF(2⁸), byte by byte, for the recovery
/// and root keys: any `threshold` shares rebuild the secret; fewer reveal
/// nothing about it.
///
/// Each secret byte is the constant term of its own random polynomial of
/// degree threshold − 1; the other coefficients come from `SecureRandom` and
/// are held (and wiped) in secure memory. Share i is the value at x = i.
public enum ShamirSecretSharing {
    /// Splits `secret` into `shares` shares, any `threshold` of which recover
    /// it (2 ≤ threshold ≤ shares ≤ 255).
    /// - Throws: `.invalidLength` for impossible counts or an empty secret.
    public static func split(
        secret: SecretBytes, threshold: Int, shares: Int, fingerprint: [UInt8] = []
    ) throws(CryptoError) -> [ShamirShare] {
        guard (2...255).contains(threshold), (threshold...255).contains(shares), secret.count > 0,
              fingerprint.count <= ShamirShare.maximumFingerprintByteCount else { throw .invalidLength }
        let length = secret.count
        // coefficients[(d - 1) * length + i] is the degree-d coefficient of byte i.
        let coefficients = try SecureRandom.secretBytes(count: (threshold - 1) * length)
        let secretBytes = secret.unsafeMutableBuffer
        let coefficientBytes = coefficients.unsafeMutableBuffer
        var result = [ShamirShare]()
        for index in 1...shares {
            let x = UInt8(index)
            let value = try SecretBytes(count: length)
            let y = value.unsafeMutableBuffer
            for byte in 0..<length {
                // Horner: ((c_{k-1}·x + c_{k-2})·x + … + c_1)·x + secret.
                var accumulator: UInt8 = 0
                for degree in stride(from: threshold - 1, through: 1, by: -1) {
                    accumulator = GF256.multiply(accumulator, x) ^ coefficientBytes[(degree - 1) * length + byte]
                }
                y[byte] = GF256.multiply(accumulator, x) ^ secretBytes[byte]
            }
            result.append(try ShamirShare(
                x: x, threshold: UInt8(threshold), fingerprint: fingerprint, value: value))
        }
        withExtendedLifetime((secret, coefficients)) {}
        return result
    }

    /// Rebuilds the secret from at least `threshold` shares of one split.
    /// - Throws: `.notEnoughShares` below the threshold; `.invalidShares` for
    ///   duplicate x values or shares that differ in threshold, length or
    ///   fingerprint (they cannot come from one split).
    public static func combine(_ shares: [ShamirShare]) throws(CryptoError) -> SecretBytes {
        guard let first = shares.first else { throw .notEnoughShares }
        for share in shares {
            guard share.threshold == first.threshold, share.value.count == first.value.count,
                  share.fingerprint == first.fingerprint else { throw .invalidShares }
        }
        guard Set(shares.map(\.x)).count == shares.count else { throw .invalidShares }
        guard shares.count >= Int(first.threshold) else { throw .notEnoughShares }
        return try interpolateAtZero(shares)
    }

    /// Lagrange interpolation at x = 0 of whatever shares are given, without
    /// the threshold check (internal, so tests can show that too few shares
    /// give a different value). Needs distinct, non-zero x values.
    static func interpolateAtZero(_ shares: [ShamirShare]) throws(CryptoError) -> SecretBytes {
        guard let length = shares.first?.value.count else { throw .notEnoughShares }
        let secret = try SecretBytes(count: length)
        let out = secret.unsafeMutableBuffer
        for (i, share) in shares.enumerated() {
            // L_i(0) = Π_{j≠i} x_j / (x_j − x_i); subtraction is XOR here.
            var numerator: UInt8 = 1, denominator: UInt8 = 1
            for (j, other) in shares.enumerated() where j != i {
                numerator = GF256.multiply(numerator, other.x)
                denominator = GF256.multiply(denominator, other.x ^ share.x)
            }
            let basis = GF256.multiply(numerator, GF256.inverse(denominator))
            let y = share.value.unsafeMutableBuffer
            for byte in 0..<length { out[byte] ^= GF256.multiply(y[byte], basis) }
        }
        withExtendedLifetime(shares) {}
        return secret
    }
}
