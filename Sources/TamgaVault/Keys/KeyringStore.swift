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
        let names = VaultPaths.fileNames(in: paths.keyring)
        var byHash: [String: (SignedEnvelope, KeyringBody)] = [:]
        for name in names {
            let url = paths.keyring.appendingPathComponent(name)
            let bytes = try DurableFile.readAll(url)
            let hash = Hex.encode(SHA256.hash(bytes))
            guard name == "\(hash).json" else {
                throw VaultError.keyringRejected(problem: "keyring/\(name) does not match its hash")
            }
            guard let envelope = try? SignedEnvelope.decode(bytes),
                  let body = try? JSONDecoder().decode(KeyringBody.self, from: Data(envelope.body.utf8)),
                  body.format == KeyringBody.formatName else {
                throw VaultError.keyringRejected(problem: "keyring/\(name) is not a keyring")
            }
            byHash[hash] = (envelope, body)
        }
        guard let genesis = byHash.first(where: { $0.value.1.sequence == 1 && $0.value.1.previous == nil }) else {
            // Name the missing file when a later keyring points to it.
            if let second = byHash.values.map(\.1).first(where: { $0.sequence == 2 }), let previous = second.previous {
                throw VaultError.keyringRejected(problem: "no first keyring: keyring/\(previous).json is missing")
            }
            throw VaultError.keyringRejected(problem: "no first keyring")
        }
        let vaultID = Self.vaultID(ofFirstBody: genesis.value.0.body)
        let first = try verify(genesis.value.0, body: genesis.value.1, hash: genesis.key, signers: genesis.value.1, vaultID: vaultID)
        var chain = [first]
        var remaining = byHash.filter { $0.key != genesis.key }
        while !remaining.isEmpty {
            let previous = chain.last!
            let next = remaining.filter { $0.value.1.previous == previous.fileHash }
            guard next.count <= 1 else {
                throw VaultError.keyringRejected(problem: "two keyrings follow keyring \(previous.body.sequence): resolve the fork before writing")
            }
            guard let (hash, (envelope, body)) = next.first else {
                let orphan = remaining.min { ($0.value.1.sequence, $0.key) < ($1.value.1.sequence, $1.key) }!.key
                let missing = remaining[orphan]?.1.previous.map { ": it follows keyring/\($0).json, which is missing or not part of the chain" } ?? ""
                throw VaultError.keyringRejected(problem: "keyring/\(orphan).json is not part of the chain\(missing)")
            }
            guard body.sequence == previous.body.sequence + 1, body.vault == vaultID else {
                throw VaultError.keyringRejected(problem: "keyring/\(hash).json has the wrong sequence or vault id")
            }
            chain.append(try verify(envelope, body: body, hash: hash, signers: previous.body, vaultID: vaultID))
            remaining.removeValue(forKey: hash)
        }
        return chain
    }

    /// Signs and stores the next keyring. `body.previous` and `sequence` are set here.
    @discardableResult
    public func append(_ body: KeyringBody, after previous: Verified?, signedBy signer: SigningKeyPair, signerName: String) throws -> Verified {
        var body = body
        body.sequence = (previous?.body.sequence ?? 0) + 1
        body.previous = previous?.fileHash
        body.vault = previous?.vaultID ?? ""
        let text = try Self.encodeBody(body)
        let signature = signer.signature(for: SignedEnvelope.signedBytes(domain: "keyring", body: text))
        let envelope = SignedEnvelope(body: text, signer: signerName, signature: Hex.encode(signature))
        let bytes = try envelope.encoded()
        let hash = Hex.encode(SHA256.hash(bytes))
        try DurableFile.write(bytes, to: paths.keyring, name: "\(hash).json")
        let vaultID = previous?.vaultID ?? Self.vaultID(ofFirstBody: text)
        return Verified(body: body, fileHash: hash, vaultID: vaultID)
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
