import Foundation
import TamgaCore
import TamgaCrypto

/// The policy in force, stored in the vault and signed by an administrator
/// (`vault/policy/<sha256>.json`, a signed envelope like keyrings and log
/// entries) and set by a `policy-set` log entry that lists the file. A policy
/// file edited by hand breaks its signature and is refused: a typo must never
/// silently weaken what an export withholds. A vault whose log sets no
/// policy uses the one shipped with tamga.
public struct PolicyStore: Sendable {
    public struct Body: Codable, Sendable, Equatable {
        public static let formatName = "tamga-policy/1"
        public var format: String = Body.formatName
        public var vault: String
        public var sequence: Int
        public var previous: String?
        public var set: String
        public var setBy: String
        public var yaml: String
    }

    /// The policy in force and where it came from.
    public struct InForce: Sendable {
        public let policy: Policy
        public let yaml: String
        /// SHA-256 of the policy text: exports name it in their signature.
        public let hash: String
        public let body: Body?
        public var isShipped: Bool { body == nil }
    }

    public let paths: VaultPaths

    public init(paths: VaultPaths) { self.paths = paths }

    var folder: URL { paths.root.appendingPathComponent("policy", isDirectory: true) }

    /// The policy in force for `vault`: the one its signed log set last.
    public func current(_ vault: UnlockedVault) throws -> InForce {
        try current(index: try VaultIndex.load(vault), keyring: vault.keyring)
    }

    /// The policy in force by an index already loaded.
    func current(index: VaultIndex, keyring: KeyringStore.Verified) throws -> InForce {
        if let conflict = index.policyConflict {
            throw VaultError.damaged(path: "policy", problem: "two policies were set apart (" + conflict.map { "log/\($0).json" }.joined(separator: ", ")
                + "), and neither saw the other: none is in force until an administrator sets the policy again with `tamga policy set`")
        }
        let inForce = try inForce(file: index.policyInForce, keyring: keyring)
        // The clear flag every reader judges destructions by must say what the signed text says.
        if let file = index.policyInForce, index.asksApproval(entry: file.entry) != (inForce.policy.destructionApproval != .none) {
            throw VaultError.damaged(path: file.path, problem: "the policy's `destruction` rule and its log entry (log/\(file.entry).json) "
                                     + "disagree on a second administrator's approval (written by a modified tamga?): an administrator sets the policy again")
        }
        return inForce
    }

    /// The policy a log entry set (`file`: the entry and the policy's path),
    /// verified; the shipped policy when no entry set one. The policy in force
    /// comes from the signed log, never from which files are in the folder:
    /// a deleted policy file is an error, not a silent return to the
    /// shipped policy, and a planted one is ignored.
    func inForce(file: (entry: String, path: String)?, keyring: KeyringStore.Verified) throws -> InForce {
        guard let file else {
            return InForce(policy: try ShippedPolicy.load(), yaml: ShippedPolicy.yaml,
                           hash: Hex.encode(SHA256.hash(Array(ShippedPolicy.yaml.utf8))), body: nil)
        }
        let path = file.path
        let url = paths.root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw VaultError.damaged(path: path, problem: "missing: it is the policy in force (set by log/\(file.entry).json); "
                + "restore the file from another copy of the vault")
        }
        let bytes = try DurableFile.readAll(url)
        guard path == "policy/\(Hex.encode(SHA256.hash(bytes))).json",
              let envelope = try? SignedEnvelope.decode(bytes),
              let body = try? JSONDecoder().decode(Body.self, from: Data(envelope.body.utf8)),
              body.format == Body.formatName, body.vault == keyring.vaultID else {
            throw VaultError.damaged(path: path, problem: "not a signed policy of this vault (edited by hand?)")
        }
        guard let signer = keyring.body.member(fingerprint: envelope.signer), signer.administrator,
              let signature = try? Hex.decode(envelope.signature), let key = try? Hex.decode(signer.signingKey),
              Ed25519.isValidSignature(signature, for: SignedEnvelope.signedBytes(domain: "policy", body: envelope.body), publicKey: key) else {
            throw VaultError.damaged(path: path, problem: "the policy's signature does not verify (edited by hand?)")
        }
        let policy = try Policy.load(yaml: body.yaml, file: "the vault's policy")
        return InForce(policy: policy, yaml: body.yaml, hash: Hex.encode(SHA256.hash(Array(body.yaml.utf8))), body: body)
    }

    /// Validates and stores a new policy, signed by `vault`'s administrator.
    public func set(yaml: String, file: String, by vault: UnlockedVault) throws -> InForce {
        guard vault.member.administrator else {
            throw VaultError.notCleared(member: vault.member.name, needed: "setting the policy (an administrator)")
        }
        let policy = try Policy.load(yaml: yaml, file: file)
        // Once a vault asked for a second approval of destructions, every
        // reader keeps asking (`EntryAuthorization+Approval`): a policy that
        // says otherwise would only mislead whoever reads it.
        if policy.destructionApproval == .none, try VaultIndex.load(vault).asksDestructionApproval {
            throw VaultError.invalidArgument("this vault's policy asked for a second administrator's approval of every destruction, "
                                             + "and that rule stays once set (so that no one administrator can lift it and then destroy alone): "
                                             + "keep `destruction: {approval: second-administrator}` in \(file)")
        }
        // Setting a policy is also how two policies set apart are settled: the previous one may not be in force.
        let current = try? current(vault)
        let body = Body(vault: vault.vaultID, sequence: (current?.body?.sequence ?? 0) + 1,
                        previous: current?.body.map { _ in current!.hash }, set: Timestamp.now(),
                        setBy: vault.member.fingerprint, yaml: yaml)
        let path = try store(body, signedBy: vault.identity)
        try vault.log(LogAction(action: "policy-set", hash: Hex.encode(SHA256.hash(Array(yaml.utf8)))), objects: [path],
                      approval: .init(policyAsks: policy.destructionApproval != .none))
        return try self.current(vault)
    }

    /// Signs and writes a policy file; returns its path in the vault. It is
    /// in force only once a `policy-set` entry lists it.
    func store(_ body: Body, signedBy identity: MemberIdentity) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(body), as: UTF8.self)
        let signature = identity.signing.signature(for: SignedEnvelope.signedBytes(domain: "policy", body: text))
        let bytes = try SignedEnvelope(body: text, signer: identity.fingerprint, signature: Hex.encode(signature)).encoded()
        let name = "\(Hex.encode(SHA256.hash(bytes))).json"
        try DurableFile.write(bytes, to: folder, name: name)
        return "policy/\(name)"
    }
}
