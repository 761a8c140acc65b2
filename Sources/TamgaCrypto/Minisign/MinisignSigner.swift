public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signs files in minisign's prehashed ("ED") form with an Ed25519 key, so
/// that anyone can check an export with the stock `minisign -V` tool.
///
/// The file is streamed through BLAKE2b-512 and only the 64-byte hash is
/// signed, so files of any size take constant memory. The key id defaults to
/// tamga's derived id (`MinisignPublicKey.tamgaKeyID(for:)`).
public struct MinisignSigner: Sendable {
    /// The untrusted comment tamga writes; minisign writes "signature from
    /// minisign secret key". Nothing relies on it.
    public static let defaultUntrustedComment = "signature from tamga secret key"

    private let keyPair: SigningKeyPair
    /// The public half, with the key id the signatures carry.
    public let publicKey: MinisignPublicKey

    /// A signer for `keyPair`; `keyID` (8 bytes) defaults to the derived one.
    public init(keyPair: SigningKeyPair, keyID: [UInt8]? = nil) throws(MinisignError) {
        self.keyPair = keyPair
        publicKey = try MinisignPublicKey(
            keyID: keyID ?? MinisignPublicKey.tamgaKeyID(for: keyPair.publicKey), publicKey: keyPair.publicKey)
    }

    /// Signs `data` (held in memory).
    /// - Throws: `.invalidComment` for a comment with a line break or too long.
    public func sign(
        _ data: some ContiguousBytes, trustedComment: String,
        untrustedComment: String = MinisignSigner.defaultUntrustedComment
    ) throws(MinisignError) -> MinisignSignature {
        var hasher = try Self.prehasher()
        hasher.update(data)
        return try signPrehash(hasher.finalize(), trustedComment: trustedComment, untrustedComment: untrustedComment)
    }

    /// Signs the file at `url`, reading it in 64 KiB pieces.
    /// - Throws: `.ioFailed` when the file cannot be read; `.invalidComment`.
    public func sign(
        fileAt url: URL, trustedComment: String,
        untrustedComment: String = MinisignSigner.defaultUntrustedComment
    ) throws(MinisignError) -> MinisignSignature {
        try signPrehash(Self.prehash(fileAt: url), trustedComment: trustedComment, untrustedComment: untrustedComment)
    }

    /// Signs bytes fed as they are written (an export written once, straight
    /// to its file, in constant memory): `prehash` is the BLAKE2b-512 of
    /// them, from `MinisignSigner.prehasher()`.
    public func sign(
        prehash: [UInt8], trustedComment: String,
        untrustedComment: String = MinisignSigner.defaultUntrustedComment
    ) throws(MinisignError) -> MinisignSignature {
        try signPrehash(prehash, trustedComment: trustedComment, untrustedComment: untrustedComment)
    }

    private func signPrehash(_ prehash: [UInt8], trustedComment: String, untrustedComment: String) throws(MinisignError) -> MinisignSignature {
        guard MinisignSignature.isValidComment(trustedComment, limit: MinisignSignature.maximumTrustedCommentByteCount),
              MinisignSignature.isValidComment(untrustedComment, limit: MinisignSignature.maximumUntrustedCommentByteCount) else {
            throw .invalidComment
        }
        let signature = keyPair.signature(for: prehash)
        let global = keyPair.signature(for: MinisignSignature.globalMessage(signature: signature, trustedComment: trustedComment))
        return try MinisignSignature(
            algorithm: .prehashed, keyID: publicKey.keyID, signature: signature,
            untrustedComment: untrustedComment, trustedComment: trustedComment, globalSignature: global)
    }

    /// The hash `sign(prehash:)` takes, to feed piece by piece.
    public static func prehasher() throws(MinisignError) -> BLAKE2bHasher {
        do { return try BLAKE2bHasher(outputByteCount: 64) } catch { throw .ioFailed(errno: 0) }
    }

    /// BLAKE2b-512 of a file, streamed.
    static func prehash(fileAt url: URL) throws(MinisignError) -> [UInt8] {
        var hasher = try prehasher()
        try forEachChunk(ofFileAt: url) { hasher.update(bufferPointer: $0) }
        return hasher.finalize()
    }

    /// Calls `body` with successive pieces of the file (EINTR retried).
    static func forEachChunk(ofFileAt url: URL, _ body: (UnsafeRawBufferPointer) -> Void) throws(MinisignError) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .ioFailed(errno: errno) }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .ioFailed(errno: errno)
            }
            if count == 0 { return }
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
