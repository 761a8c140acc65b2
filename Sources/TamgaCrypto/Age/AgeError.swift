/// Why an age file, key or passphrase was refused.
///
/// `kind` is the class a caller (and the C2SP testkit) switches on; `message`
/// is a short English detail for people. Neither ever holds the file key,
/// a secret key, a passphrase or plaintext; stanza arguments and body bytes
/// are not quoted either (they could be chosen by an attacker to mislead).
public struct AgeError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable, CaseIterable {
        /// The header does not follow the format (also: a malformed stanza
        /// addressed to one of our identity types, an all-zero X25519 share,
        /// an scrypt stanza beside another, a work factor above the limit, a
        /// missing payload nonce). The testkit's "header failure".
        case header
        /// A file key was unwrapped but the header MAC does not match: the
        /// header was altered. The testkit's "HMAC failure".
        case headerMAC
        /// The encrypted payload is altered, truncated, or has data after its
        /// final chunk. The testkit's "payload failure".
        case payload
        /// The ASCII armor is not the strict PEM form. The testkit's "armor failure".
        case armor
        /// No identity given opens any stanza (wrong key or passphrase).
        /// The testkit's "no match".
        case noMatch
        /// The file (or a key) uses a recipient type tamga does not implement:
        /// the ML-KEM hybrids (`mlkem768x25519`, `age1pq…`,
        /// `AGE-SECRET-KEY-PQ-…`) and the hardware `p256tag` types.
        case unsupportedRecipientType
        /// A recipient (`age1…`) or identity (`AGE-SECRET-KEY-1…`) string
        /// does not decode.
        case invalidKey
        /// The caller asked for something the format forbids (no recipients,
        /// a passphrase recipient beside others, a bad work factor).
        case invalidArgument
        /// Reading the input or writing the output failed.
        case io
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static func header(_ message: String) -> AgeError { AgeError(.header, message) }
    static func payload(_ message: String) -> AgeError { AgeError(.payload, message) }
    static func armor(_ message: String) -> AgeError { AgeError(.armor, message) }
}
