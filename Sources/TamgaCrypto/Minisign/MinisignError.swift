/// Why a minisign key or signature was refused. A small closed set, so the
/// command line can choose its message and tests can compare codes; no case
/// carries key bytes, the signed file or the comment text.
public enum MinisignError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The public key text is not `untrusted comment: …` plus one base64 line
    /// of "Ed" ‖ key id (8) ‖ Ed25519 key (32).
    case malformedPublicKey
    /// The signature text is not the four lines minisign writes, or a line has
    /// the wrong prefix, base64 or length.
    case malformedSignature
    /// The signature names an algorithm other than "ED" (prehashed) or "Ed".
    case unsupportedAlgorithm
    /// The signature was made by another key (its key id differs).
    case keyMismatch
    /// The signature does not match the file: the file was altered, or the
    /// signature was made for another file.
    case invalidSignature
    /// The signature of the file verifies, but the global signature over the
    /// trusted comment does not: the comment was altered.
    case invalidTrustedComment
    /// A comment to sign contains a line break or is too long.
    case invalidComment
    /// Reading the file to sign or verify failed with this `errno`.
    case ioFailed(errno: Int32)

    public var description: String {
        switch self {
        case .malformedPublicKey: "not a minisign public key"
        case .malformedSignature: "not a minisign signature"
        case .unsupportedAlgorithm: "the signature uses an unsupported algorithm"
        case .keyMismatch: "the signature was made with a different key"
        case .invalidSignature: "the signature does not match the file"
        case .invalidTrustedComment: "the trusted comment was altered"
        case .invalidComment: "a comment must be one line of at most 1024 bytes (8192 for the trusted comment)"
        case .ioFailed(let code): "reading the file failed (errno \(code))"
        }
    }
}
