#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every way a TamgaCrypto operation can fail: a small closed set, so callers
/// can switch over it and tests can compare codes.
///
/// The descriptions say *what* failed, never *why* a ciphertext was refused:
/// an authentication failure says only "authentication failed", because
/// finer detail helps an attacker more than a user (swift-crypto does the same).
/// No case carries key, plaintext or ciphertext bytes.
public enum CryptoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A ciphertext, tag, signature or sealed box did not verify.
    case authenticationFailed
    /// A key had the wrong length, or a public key was unusable
    /// (for example an X25519 point that gives an all-zero shared secret).
    case invalidKey
    /// An input or requested output had a length the primitive does not allow.
    case invalidLength
    /// Text (hex, bech32, an encoded share) could not be decoded.
    case invalidEncoding
    /// Secret shares that do not belong together (duplicate x, different
    /// thresholds, lengths or fingerprints).
    case invalidShares
    /// Fewer secret shares than their threshold.
    case notEnoughShares
    /// An encrypted stream ended before its final chunk.
    case truncatedStream
    /// Bytes follow the final chunk of an encrypted stream.
    case trailingData
    /// An encrypted stream is framed wrongly: a chunk of the wrong size, an
    /// unexpected tag, an empty final chunk after data.
    case malformedStream
    /// Password-hashing parameters below the required minimum.
    case parametersTooWeak
    /// Secure memory could not be allocated (or the limits would need more).
    case outOfMemory
    /// Reading or writing a file failed with this `errno`.
    case ioFailed(errno: Int32)
    /// libsodium reported a failure that none of the cases above describes.
    case operationFailed

    public var description: String {
        switch self {
        case .authenticationFailed: "authentication failed"
        case .invalidKey: "invalid key"
        case .invalidLength: "invalid length"
        case .invalidEncoding: "invalid encoding"
        case .invalidShares: "the shares do not belong together"
        case .notEnoughShares: "not enough shares"
        case .truncatedStream: "the encrypted data is truncated"
        case .trailingData: "unexpected data after the end of the encrypted data"
        case .malformedStream: "the encrypted data is malformed"
        case .parametersTooWeak: "key derivation parameters are below the required minimum"
        case .outOfMemory: "out of secure memory"
        case .ioFailed(let code): "read or write failed: \(String(cString: strerror(code)))"
        case .operationFailed: "cryptographic operation failed"
        }
    }
}
