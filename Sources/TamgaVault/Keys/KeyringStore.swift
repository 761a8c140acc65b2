import Foundation
import TamgaCrypto

/// Reads, verifies and extends the keyring chain (docs/VAULT-FORMAT.md, Keyring).
///
/// Every writer calls `current()` before encrypting anything: it verifies the
/// whole chain from the first keyring, so a public key swapped on disk (the
/// main risk of a key directory, crypto.md 1.2) is refused, not used.
public struct KeyringStore: Sendable {
    public let paths: VaultPaths

    public init(paths: VaultPaths) { self.paths = paths }

    /// A keyring that passed verification, with the name of its file.
    public struct Verified: Sendable {
        public let body: KeyringBody
        public let fileHash: String
        public let vaultID: String
    }

    /// Verifies the chain and returns the keyring in force.
    public func current() throws -> Verified {
        try verifiedChain().last!
    }

    /// The keyring in force of the vault at `paths`, checked against the
    /// vault id in its config.json (a chain swapped in whole is refused).
    public static func inForce(at paths: VaultPaths) throws -> Verified {
        let config = try VaultConfig.load(paths)
        let keyring = try KeyringStore(paths: paths).current()
        guard keyring.vaultID == config.vault else {
            throw VaultError.keyringRejected(problem: "the keyring chain does not belong to the vault id in config.json")
        }
        return keyring
    }

    /// Every keyring from the first to the one in force, each verified against
    /// its predecessor. Throws `keyringRejected` naming the file on any fault.
    public func verifiedChain() throws -> [Verified] {
        try verifiedChainReport().chain
    }

    /// A keyring file that is not part of the chain in force, and why.
    public struct Refusal: Sendable, Equatable {
        public let file: String
        public let reason: String
    }

    /// The chain in force and the keyrings refused on the way.
    ///
    /// A keyring counts only if an administrator active in its predecessor
    /// (or the recovery key) signed it, and if its signer is not removed by
    /// another keyring that does not descend from it: an administrator who
    /// was removed cannot sign a keyring that forks the chain (say, one that
    /// lists them again, or removes whoever removed them). Such a branch is
    /// refused and reported, and the valid branch stays in force, so reads
    /// go on. Two valid keyrings after one (two administrators changed
    /// members in two copies) still stop everything until resolved.
    public func verifiedChainReport() throws -> (chain: [Verified], refused: [Refusal]) {
        let names = VaultPaths.fileNames(in: paths.keyring)
        var byHash: [String: (SignedEnvelope, KeyringBody)] = [:]
        var refused: [Refusal] = []
        // A file that is not a keyring of this format is ignored and reported
        // (a planted one-line file must not stop every command); what it
        // would hide is caught by each machine's memory of the newest keyring
        // and by log entries that bind a keyring this copy lacks.
        for name in names {
            let url = paths.keyring.appendingPathComponent(name)
            let bytes = try DurableFile.readAll(url)
            let hash = Hex.encode(SHA256.hash(bytes))
            guard name == "\(hash).json" else {
                refused.append(Refusal(file: "keyring/\(name)", reason: "it does not match its hash")); continue
            }
            guard let envelope = try? SignedEnvelope.decode(bytes),
                  let body = try? JSONDecoder().decode(KeyringBody.self, from: Data(envelope.body.utf8)) else {
                refused.append(Refusal(file: "keyring/\(name)", reason: "it is not a keyring")); continue
            }
            guard body.format == KeyringBody.formatName else {
                if body.sequence == 1 {
                    throw VaultError.keyringRejected(problem: "keyring/\(name) has format \(body.format), which this tamga does not read")
                }
                refused.append(Refusal(file: "keyring/\(name)", reason: "it has format \(body.format)")); continue
            }
            byHash[hash] = (envelope, body)
        }
        guard let genesis = byHash.first(where: { $0.value.1.sequence == 1 && $0.value.1.previous == nil }) else {
            // Name the missing file when a later keyring points to it.
            if let second = byHash.values.map(\.1).first(where: { $0.sequence == 2 }), let previous = second.previous {
                throw VaultError.keyringRejected(problem: "no first keyring: keyring/\(previous).json is missing")
            }
            throw VaultError.keyringRejected(problem: "no first keyring" + (refused.isEmpty ? ""
                : " (refused: " + refused.map { "\($0.file): \($0.reason)" }.joined(separator: "; ") + ")"))
        }
        let vaultID = Self.vaultID(ofFirstBody: genesis.value.0.body)
        // The keyring this machine last saw settles what signatures cannot
        // (below: two keyrings whose signers remove each other).
        let remembered = LocalMemory(vaultID: vaultID).lastSeenKeyring()?.hash
        let first = try verify(genesis.value.0, body: genesis.value.1, hash: genesis.key, signers: genesis.value.1, vaultID: vaultID)
        // Keyrings whose signature verifies against their predecessor, whatever the chain.
        var valid: [String: Verified] = [genesis.key: first]
        for (hash, (envelope, body)) in byHash where hash != genesis.key {
            guard let previous = body.previous.flatMap({ byHash[$0] }), body.sequence == previous.1.sequence + 1, body.vault == vaultID,
                  let verified = try? verify(envelope, body: body, hash: hash, signers: previous.1, vaultID: vaultID) else { continue }
            valid[hash] = verified
        }
        func descends(_ hash: String, from ancestor: String) -> Bool {
            var current: String? = hash
            while let name = current {
                if name == ancestor { return true }
                current = byHash[name]?.1.previous
            }
            return false
        }
        var chain = [first]
        var remaining = byHash.filter { $0.key != genesis.key }
        while !remaining.isEmpty {
            let previous = chain.last!
            var next = remaining.filter { $0.value.1.previous == previous.fileHash }
            let validCandidates = next.keys.filter { valid[$0] != nil }.count
            for (hash, (envelope, _)) in next {
                guard valid[hash] == nil else { continue }
                // Signed by a member some valid keyring removes (no longer an administrator here): refused, reported.
                if valid.values.contains(where: { $0.body.members.contains { $0.fingerprint == envelope.signer && !$0.active } }) {
                    refused.append(Refusal(file: "keyring/\(hash).json", reason: "signed by a removed member"))
                    next.removeValue(forKey: hash)
                    continue
                }
                // Not signed by an administrator of its predecessor (or a bad
                // signature, a wrong sequence or vault id): ignored, reported.
                refused.append(Refusal(file: "keyring/\(hash).json", reason: "it does not verify against the keyring before it"))
                next.removeValue(forKey: hash)
            }
            // A signer removed by a valid keyring that does not descend from this one.
            for (hash, (envelope, _)) in next {
                let removers = valid.filter { other, keyring in
                    other != hash && !descends(other, from: hash)
                        && keyring.body.members.contains { $0.fingerprint == envelope.signer && !$0.active }
                }
                if let remover = removers.keys.sorted().first {
                    refused.append(Refusal(file: "keyring/\(hash).json", reason: "signed by a member that keyring/\(remover).json removes"))
                    next.removeValue(forKey: hash)
                }
            }
            if next.isEmpty, validCandidates >= 2, let remembered,
               let seen = remaining.keys.first(where: { valid[$0] != nil && descends(remembered, from: $0) && remaining[$0]?.1.previous == previous.fileHash }) {
                // This machine saw that branch: it stays in force; the other is reported.
                refused.removeAll { $0.file == "keyring/\(seen).json" }
                next = [seen: remaining[seen]!]
            }
            for (hash, _) in remaining where remaining[hash]?.1.previous == previous.fileHash && next[hash] == nil {
                remaining.removeValue(forKey: hash)
                // Its descendants go with it.
                for (other, _) in remaining where descends(other, from: hash) {
                    refused.append(Refusal(file: "keyring/\(other).json", reason: "follows a refused keyring"))
                    remaining.removeValue(forKey: other)
                }
            }
            guard next.count <= 1 else {
                throw VaultError.keyringRejected(problem: "two keyrings follow keyring \(previous.body.sequence): resolve the fork before writing")
            }
            // Two valid keyrings whose signers remove each other: neither may
            // win, and falling back to the keyring before both would restore
            // whoever was removed. Fail closed.
            guard !(next.isEmpty && validCandidates >= 2) else {
                throw VaultError.keyringRejected(problem: "two keyrings follow keyring \(previous.body.sequence), each signed by "
                    + "someone the other removes: an administrator must resolve this by hand")
            }
            guard let (hash, _) = next.first else {
                // Keyrings that follow nothing in the chain: ignored, reported.
                for (orphan, (_, body)) in remaining.sorted(by: { $0.key < $1.key }) {
                    let missing = body.previous.map { "it follows keyring/\($0).json, which is missing or not part of the chain" } ?? "it is a second first keyring"
                    refused.append(Refusal(file: "keyring/\(orphan).json", reason: missing))
                }
                break
            }
            let verified = valid[hash]!
            try Self.checkExportKeys(verified.body, after: previous.body, file: hash)
            chain.append(verified)
            remaining.removeValue(forKey: hash)
        }
        return (chain, refused.sorted { $0.file < $1.file })
    }

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

    /// Signs and stores the next keyring. `body.previous` and `sequence` are set here.
    @discardableResult
    public func append(_ body: KeyringBody, after previous: Verified?, signedBy signer: SigningKeyPair, signerName: String) throws -> Verified {
        var body = body
        body.sequence = (previous?.body.sequence ?? 0) + 1
        body.previous = previous?.fileHash
        body.vault = previous?.vaultID ?? ""
        let named = body
        try KeyringNames.seal(&body)
        let text = try Self.encodeBody(body)
        let signature = signer.signature(for: SignedEnvelope.signedBytes(domain: "keyring", body: text))
        let envelope = SignedEnvelope(body: text, signer: signerName, signature: Hex.encode(signature))
        let bytes = try envelope.encoded()
        let hash = Hex.encode(SHA256.hash(bytes))
        try DurableFile.write(bytes, to: paths.keyring, name: "\(hash).json")
        let vaultID = previous?.vaultID ?? Self.vaultID(ofFirstBody: text)
        var written = named
        written.names = body.names
        return Verified(body: written, fileHash: hash, vaultID: vaultID)
    }

    /// The vault id: the BLAKE2b-256 of the first keyring's body.
    public static func vaultID(ofFirstBody text: String) -> String {
        Hex.encode((try? BLAKE2b.hash(Array(text.utf8), outputByteCount: 32)) ?? [])
    }

    static func encodeBody(_ body: KeyringBody) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }

    private func verify(_ envelope: SignedEnvelope, body: KeyringBody, hash: String, signers: KeyringBody, vaultID: String) throws -> Verified {
        let key: String
        if envelope.signer == "recovery" {
            key = signers.recovery.signingKey
        } else if let member = signers.member(fingerprint: envelope.signer), member.active, member.administrator {
            key = member.signingKey
        } else {
            throw VaultError.keyringRejected(problem: "keyring/\(hash).json is signed by someone who may not sign it")
        }
        let valid = (try? Ed25519.isValidSignature(
            Hex.decode(envelope.signature),
            for: SignedEnvelope.signedBytes(domain: "keyring", body: envelope.body),
            publicKey: Hex.decode(key))) ?? false
        guard valid else { throw VaultError.keyringRejected(problem: "keyring/\(hash).json has a bad signature") }
        return Verified(body: body, fileHash: hash, vaultID: vaultID)
    }
}
