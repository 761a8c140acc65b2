public import Foundation

/// Checking minisign signatures, in minisign's order: the key id, then the
/// signature of the file, then the global signature over the trusted
/// comment. Each failure has its own error, so the command line can say
/// "wrong key", "the file was altered" or "the comment was altered".
extension MinisignPublicKey {
    /// Verifies `signature` over `data` held in memory.
    /// - Throws: `.keyMismatch`, `.invalidSignature` or `.invalidTrustedComment`.
    public func verify(_ signature: MinisignSignature, for data: some ContiguousBytes) throws(MinisignError) {
        try checkKeyID(of: signature)
        switch signature.algorithm {
        case .prehashed:
            var hasher = try MinisignSigner.prehasher()
            hasher.update(data)
            try checkSignatures(signature, message: hasher.finalize())
        case .legacy:
            try checkSignatures(signature, message: data.withUnsafeBytes { Array($0) })
        }
    }

    /// Verifies `signature` over the file at `url`. Prehashed signatures are
    /// checked in constant memory; a legacy ("Ed") one needs the whole file,
    /// as in minisign.
    /// - Throws: as `verify(_:for:)`, and `.ioFailed` when reading fails.
    public func verify(_ signature: MinisignSignature, fileAt url: URL) throws(MinisignError) {
        try checkKeyID(of: signature)
        switch signature.algorithm {
        case .prehashed:
            try checkSignatures(signature, message: MinisignSigner.prehash(fileAt: url))
        case .legacy:
            var whole = [UInt8]()
            try MinisignSigner.forEachChunk(ofFileAt: url) { whole.append(contentsOf: $0) }
            try checkSignatures(signature, message: whole)
        }
    }

    private func checkKeyID(of signature: MinisignSignature) throws(MinisignError) {
        guard signature.keyID == keyID else { throw .keyMismatch }
    }

    private func checkSignatures(_ signature: MinisignSignature, message: [UInt8]) throws(MinisignError) {
        guard Ed25519.isValidSignature(signature.signature, for: message, publicKey: publicKey) else {
            throw .invalidSignature
        }
        let global = MinisignSignature.globalMessage(signature: signature.signature, trustedComment: signature.trustedComment)
        guard Ed25519.isValidSignature(signature.globalSignature, for: global, publicKey: publicKey) else {
            throw .invalidTrustedComment
        }
    }
}
