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
        /// Who signed it: an administrator's fingerprint, or `recovery` (the approval rule reads who made
        /// whom a member: `EntryAuthorization.approvalLineage`).
        public let signer: String
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
    public func verifiedChainReport() throws -> (chain: [Verified], refused: [Refusal]) {
        let report = try chainReport()
        return (report.chain, report.refused)
    }

    /// The chain in force, the keyrings refused on the way, and whether
    /// writes must stop (see `KeyringChainReport`).
    ///
    /// A keyring counts only if an administrator active in its predecessor
    /// (or the recovery key) signed it, and if its signer is not removed by
    /// another keyring that counts and does not descend from it
    /// (`KeyringStanding`): an administrator who was removed cannot sign a
    /// keyring that forks the chain (say, one that lists them again, or
    /// removes whoever removed them). Such a branch is refused and reported,
    /// and the valid branch stays in force, so reads go on. What signatures
    /// cannot settle is settled by the keyring this machine saw last
    /// (`LocalMemory`): two keyrings whose signers remove each other (the one
    /// it saw stays in force), and two keyrings by administrators active in
    /// the one before them (reads follow the one it saw, writes stop). A
    /// machine that saw neither refuses: falling back to the keyring before
    /// both could restore a removed administrator.
    public func chainReport() throws -> KeyringChainReport {
        let (byHash, unreadable) = try readFiles()
        var refused = unreadable
        let first = try firstKeyring(byHash, refused: &refused)
        let vaultID = Self.vaultID(ofFirstBody: byHash[first]!.0.body)
        // Keyrings whose signature verifies against their predecessor, whatever the chain.
        var verified: [String: Verified] = [first: try verify(byHash[first]!.0, body: byHash[first]!.1, hash: first,
                                                               signers: byHash[first]!.1, vaultID: vaultID)]
        for (hash, (envelope, body)) in byHash where hash != first {
            guard let previous = body.previous.flatMap({ byHash[$0] }), body.sequence == previous.1.sequence + 1, body.vault == vaultID,
                  let checked = try? verify(envelope, body: body, hash: hash, signers: previous.1, vaultID: vaultID) else { continue }
            verified[hash] = checked
        }
        var standing = KeyringStanding(verified: verified, first: first, signers: byHash.mapValues(\.0.signer))
        // The chain this machine saw in force, by the newest keyring it unlocked with.
        var seen: Set<String> = []
        var remembered = LocalMemory(vaultID: vaultID, root: paths.root).lastSeenKeyring()?.hash
        while let hash = remembered, !seen.contains(hash), byHash[hash] != nil {
            seen.insert(hash)
            remembered = byHash[hash]?.1.previous
        }
        if !seen.isEmpty { standing.settle(assuming: seen) }

        var chain = [verified[first]!]
        var unfollowed: [String: String] = [:]
        var fork: String?
        while true {
            let previous = chain.last!
            let children = verified.values.filter { $0.body.previous == previous.fileHash }.map(\.fileHash).sorted()
            let counting = children.filter { standing.standing[$0] == .counts }
            let undecided = children.filter { standing.standing[$0] == nil }
            let next: String
            if undecided.isEmpty, counting.count <= 1 {
                guard let only = counting.first else { break }
                next = only
            } else if let saw = (counting + undecided).first(where: seen.contains) {
                next = saw
                let others = counting + undecided
                for other in others where other != saw {
                    unfollowed[other] = counting.contains(other)
                        ? "a second keyring after keyring \(previous.body.sequence), signed by an administrator active in it "
                            + "(two copies changed members apart): this machine follows keyring/\(saw).json, which it saw; "
                            + "nothing is written until an administrator resolves the fork"
                        : "its signer and the signer of another keyring after keyring \(previous.body.sequence) remove each other: "
                            + "this machine follows keyring/\(saw).json, which it saw"
                }
                if others.count > 1, fork == nil {
                    fork = "two keyrings follow keyring \(previous.body.sequence) ("
                        + others.map { "keyring/\($0).json" }.joined(separator: ", ")
                        + "): this machine reads the one it saw, and nothing is written until an administrator resolves the fork"
                }
            } else if counting.count >= 2 {
                throw VaultError.keyringRejected(problem: "two keyrings follow keyring \(previous.body.sequence): resolve the fork before writing")
            } else {
                // Two keyrings whose signers remove each other, and this machine
                // saw neither: neither may win, and falling back to the keyring
                // before both would restore whoever was removed. Fail closed.
                throw VaultError.keyringRejected(problem: "two keyrings follow keyring \(previous.body.sequence), each signed by "
                    + "someone the other removes: an administrator must resolve this by hand")
            }
            try Self.checkExportKeys(verified[next]!.body, after: previous.body, file: next)
            chain.append(verified[next]!)
        }

        let inChain = Set(chain.map(\.fileHash))
        var branches: Set<String> = []
        for (hash, (envelope, body)) in byHash where !inChain.contains(hash) {
            let reason: String
            if verified[hash] == nil {
                reason = Self.unverifiedReason(signer: envelope.signer, previous: body.previous, known: byHash.keys, verified: verified)
            } else if case .refused(let why) = standing.standing[hash] {
                reason = why
            } else if let why = unfollowed[hash] {
                reason = why
                branches.insert(hash)
            } else if let branch = unfollowed.keys.first(where: { standing.descends(hash, from: $0) }) {
                reason = "it follows keyring/\(branch).json, on a branch this machine does not follow"
                branches.insert(hash)
            } else {
                reason = "it is not part of the chain"
            }
            refused.append(Refusal(file: "keyring/\(hash).json", reason: reason))
        }
        return KeyringChainReport(chain: chain, refused: refused.sorted { $0.file < $1.file }, unresolvedFork: fork, unfollowed: branches)
    }

    /// Why a keyring whose signature does not verify against its predecessor is refused.
    private static func unverifiedReason(signer: String, previous: String?, known: Dictionary<String, (SignedEnvelope, KeyringBody)>.Keys,
                                         verified: [String: Verified]) -> String {
        guard let previous else { return "it is a second first keyring" }
        guard known.contains(previous) else { return "it follows keyring/\(previous).json, which is missing or not part of the chain" }
        if verified.values.contains(where: { $0.body.members.contains { $0.fingerprint == signer && !$0.active } }) {
            return "signed by a removed member"
        }
        return "it does not verify against the keyring before it"
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
        return Verified(body: written, fileHash: hash, vaultID: vaultID, signer: signerName)
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
        // An administrator is cleared internal (`MemberAdministration.checkAddition`); readers hold a hand-written
        // keyring to it too: one cleared state signed keyrings as a line of its own (session 43 attacker, B).
        if body.members.contains(where: { $0.active && $0.administrator && $0.clearance != .internal }) {
            throw VaultError.keyringRejected(problem: "keyring/\(hash).json makes an administrator who is not cleared internal")
        }
        return Verified(body: body, fileHash: hash, vaultID: vaultID, signer: envelope.signer)
    }
}
