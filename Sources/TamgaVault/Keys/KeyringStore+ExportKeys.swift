import TamgaCrypto

extension KeyringStore {
    /// A keyring keeps every export key of its predecessor, and each new one
    /// carries the previous key's certificate.
    static func checkExportKeys(_ body: KeyringBody, after previous: KeyringBody, file: String) throws {
        guard body.signingKeys.starts(with: previous.signingKeys), body.signingKey == body.signingKeys.last?.publicKey else {
            throw VaultError.keyringRejected(problem: "keyring/\(file).json changes the history of export keys")
        }
        for (earlier, later) in zip(body.signingKeys, body.signingKeys.dropFirst()) where !previous.signingKeys.contains(later) {
            guard later.epoch == earlier.epoch + 1, let certificate = later.certificate,
                  let signature = try? Hex.decode(certificate), let key = try? Hex.decode(earlier.publicKey),
                  Ed25519.isValidSignature(signature, for: ExportKeyRecord.certifiedBytes(vault: body.vault, epoch: later.epoch,
                                                                                           publicKey: later.publicKey), publicKey: key) else {
                throw VaultError.keyringRejected(problem: "keyring/\(file).json announces export key \(later.epoch) without a valid certificate")
            }
        }
    }
}
