import Foundation

/// A minisign signature file (`FILE.minisig`), four lines:
///
///     untrusted comment: <text>
///     base64("ED" ‖ key id[8] ‖ Ed25519(sk, BLAKE2b-512(file)))
///     trusted comment: <text>
///     base64(Ed25519(sk, signature[64] ‖ trusted comment))
///
/// The second signature (the "global" one) is what makes the trusted comment
/// trusted: tamga puts the document id, audience, time, vault id and policy
/// hash there. The reader is strict and total: any text, however broken,
/// gives `.malformedSignature` (or `.unsupportedAlgorithm`), never a crash.
public struct MinisignSignature: Sendable, Equatable {
    /// How the file was signed.
    public enum Algorithm: Sendable, Equatable {
        /// "ED": Ed25519 over the BLAKE2b-512 of the file. What minisign 0.11
        /// and tamga write; works for files of any size.
        case prehashed
        /// "Ed": Ed25519 over the file itself (minisign before 0.8), accepted
        /// when verifying only.
        case legacy

        var tag: [UInt8] { self == .prehashed ? Array("ED".utf8) : Array("Ed".utf8) }
    }

    /// Longest accepted comments, as minisign's own limits.
    public static let maximumUntrustedCommentByteCount = 1024
    public static let maximumTrustedCommentByteCount = 8192

    public let algorithm: Algorithm
    /// The id of the key that signed (as stored, not reversed).
    public let keyID: [UInt8]
    /// The Ed25519 signature of the file (or of its BLAKE2b-512).
    public let signature: [UInt8]
    /// The text after `untrusted comment: `. Not authenticated.
    public let untrustedComment: String
    /// The text after `trusted comment: `, covered by `globalSignature`.
    public let trustedComment: String
    /// Ed25519 over `signature` ‖ the trusted comment's UTF-8 bytes.
    public let globalSignature: [UInt8]

    /// Assembles a signature; comments are checked (one line, length limits).
    public init(
        algorithm: Algorithm, keyID: [UInt8], signature: [UInt8],
        untrustedComment: String, trustedComment: String, globalSignature: [UInt8]
    ) throws(MinisignError) {
        guard keyID.count == 8, signature.count == Ed25519.signatureByteCount,
              globalSignature.count == Ed25519.signatureByteCount else { throw .malformedSignature }
        guard Self.isValidComment(untrustedComment, limit: Self.maximumUntrustedCommentByteCount),
              Self.isValidComment(trustedComment, limit: Self.maximumTrustedCommentByteCount) else { throw .invalidComment }
        self.algorithm = algorithm
        self.keyID = keyID
        self.signature = signature
        self.untrustedComment = untrustedComment
        self.trustedComment = trustedComment
        self.globalSignature = globalSignature
    }

    /// Parses the text of a `.minisig` file (see `init(bytes:)`).
    public init(text: String) throws(MinisignError) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Parses the bytes of a `.minisig` file. LF or CRLF line ends; one final
    /// line end is optional; nothing may follow the fourth line. The comments
    /// must be UTF-8, so the bytes signed are exactly the bytes shown.
    /// - Throws: `.malformedSignature`, or `.unsupportedAlgorithm` for a
    ///   well-formed signature line whose algorithm is neither "ED" nor "Ed".
    public init(bytes: [UInt8]) throws(MinisignError) {
        let limit = Self.maximumUntrustedCommentByteCount + Self.maximumTrustedCommentByteCount + 512
        guard bytes.count <= limit else { throw .malformedSignature }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? Array(line.dropLast()) : Array(line)
        }
        if lines.count == 5, lines[4].isEmpty, bytes.last == 0x0A { lines.removeLast() }
        guard lines.count == 4,
              let untrusted = Self.value(of: lines[0], prefix: "untrusted comment: "),
              let trusted = Self.value(of: lines[2], prefix: "trusted comment: "),
              let signatureLine = StrictBase64.decode(bytes: lines[1], padded: true), signatureLine.count == 74,
              let global = StrictBase64.decode(bytes: lines[3], padded: true), global.count == 64 else {
            throw .malformedSignature
        }
        let algorithm: Algorithm
        switch Array(signatureLine[0..<2]) {
        case Algorithm.prehashed.tag: algorithm = .prehashed
        case Algorithm.legacy.tag: algorithm = .legacy
        default: throw .unsupportedAlgorithm
        }
        do {
            try self.init(algorithm: algorithm, keyID: Array(signatureLine[2..<10]), signature: Array(signatureLine[10..<74]),
                          untrustedComment: untrusted, trustedComment: trusted, globalSignature: global)
        } catch { throw .malformedSignature }
    }

    /// The four lines, each ending in LF, as minisign writes them.
    public var text: String {
        """
        untrusted comment: \(untrustedComment)
        \(StrictBase64.encode(algorithm.tag + keyID + signature, padded: true))
        trusted comment: \(trustedComment)
        \(StrictBase64.encode(globalSignature, padded: true))

        """
    }

    /// What the global signature covers: the file signature, then the comment.
    static func globalMessage(signature: [UInt8], trustedComment: String) -> [UInt8] {
        signature + Array(trustedComment.utf8)
    }

    static func isValidComment(_ comment: String, limit: Int) -> Bool {
        comment.utf8.count <= limit && !comment.utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0 }
    }

    /// The UTF-8 text after `prefix`, or nil when the line does not start
    /// with it or is not valid UTF-8.
    private static func value(of line: [UInt8], prefix: String) -> String? {
        let prefixBytes = Array(prefix.utf8)
        guard line.starts(with: prefixBytes) else { return nil }
        return String(validating: line[prefixBytes.count...], as: UTF8.self)
    }
}
