import Foundation
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// One attack of the campaign (`make attack-test`, issue 14): what it does
/// to a fresh copy of the fixture vault, then what the readers and `check`
/// make of it.
struct AttackCase: Sendable {
    /// A copy of the fixture vault for one case.
    struct Vault: Sendable {
        let scratch: TemporaryFolder
        let paths: VaultPaths
        let state: String
        let before: String
    }

    let name: String
    /// The files an attack wrote or named, which `check` should name (or the words a refusal should use).
    let act: @Sendable (Vault) throws -> [String]

    static let passphrase = "correct horse battery staple"

    /// The vault as a member opens it (test-only fast key derivation, as the CLI fixture made it).
    static func unlock(_ vault: Vault, as member: String) throws -> UnlockedVault {
        try UnlockedVault.unlock(vault.paths, memberName: member, allowTestParameters: true) {
            try SecretBytes(copying: Array(passphrase.utf8))
        }
    }

    /// This machine's memory of the vault, replaced by the fixture's (or emptied: a machine that never saw it).
    static func installMemory(of vault: Vault, fresh: Bool = false) throws {
        let vaultID = try VaultConfig.load(vault.paths).vault
        let folder = LocalMemory(vaultID: vaultID).folder
        try? FileManager.default.removeItem(at: folder)
        guard !fresh else { return }
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try VaultFiles.copy(vault.state + "/tamga/\(vaultID)", to: folder.path)
    }
}

/// The kinds of insider of issue 14, each forging with their own keys.
enum Insider: String, CaseIterable, Sendable {
    case contributor, stateMember, removedInternal, removedAdministrator

    var member: String {
        switch self {
        case .contributor: "Field"
        case .stateMember: "Liaison"
        case .removedInternal: "Gone"
        case .removedAdministrator: "Old admin"
        }
    }

    /// The insider's keys, working on `vault`: a removed member's come from
    /// the copy taken before their removal (their keys, their last keyring).
    func keys(in vault: AttackCase.Vault) throws -> UnlockedVault {
        switch self {
        case .contributor, .stateMember:
            return try AttackCase.unlock(vault, as: member)
        case .removedInternal, .removedAdministrator:
            let old = try AttackFixture.removed(member)
            return UnlockedVault(paths: vault.paths, keyring: old.keyring, member: old.member, identity: old.identity,
                                 levelKeys: old.levelKeys, indexKeys: old.indexKeys, exportSigning: old.exportSigning)
        }
    }

    /// Whether the insider may sign `action` at all (a State member's `read` is their right, not an attack).
    func isAttack(_ action: String) -> Bool {
        switch self {
        case .contributor, .stateMember: !["read", "accept-older"].contains(action)
        case .removedInternal, .removedAdministrator: true
        }
    }
}

/// Forged entries: the insider signs, naming the newest heads (so the entry
/// looks like the latest word), binding the keyring they hold.
enum Forgery {
    static func entry(_ action: LogAction, by insider: UnlockedVault, in vault: AttackCase.Vault,
                      objects: [String] = [], removed: [String] = []) throws -> String {
        let heads = try VaultIndex.load(try AttackCase.unlock(vault, as: "Admin")).heads
        let current = try KeyringStore(paths: vault.paths).current()
        let name = try AuditLog(paths: vault.paths).append(
            action, revisions: [], objects: objects, removed: removed, actor: insider.identity, vaultID: insider.vaultID,
            keyring: insider.keyring.fileHash, internalKey: try UnlockedVault.newestKey(.internal, in: current),
            heads: heads, sequence: 10_000)
        return "log/\(name).json"
    }

    /// A state part of the interview that names the detainee.
    /// The part and, in a vault with data keys, the data key made for it: what a modified client lists.
    static func namingStatePart(by insider: UnlockedVault, in vault: AttackCase.Vault) throws -> [String] {
        let store = DocumentStore(vault: insider)
        let blind = try insider.blindID("INT-2014-044")
        let text = Array("Aibek Sadykov (D-0042) was beaten in cell 14.".utf8)
        return try store.writePart(.init(content: text, title: nil, facility: nil), level: .state, document: "INT-2014-044",
                                   kind: "interview", date: "2014-10-28", revision: 1, revisionID: SecureRandom.bytes(count: 16),
                                   parents: [], contentTag: [UInt8](repeating: 0, count: 32), blind: blind, created: Timestamp.now())
    }

    /// A "revision 2" of the interview without its `persons:` block.
    static func revisionWithoutPersons(by insider: UnlockedVault, in vault: AttackCase.Vault) throws -> [String] {
        let text = Array("---\nid: INT-2014-044\nkind: interview\ndate: 2014-10-28\n---\nAibek Sadykov was beaten.\n".utf8)
        return try DocumentStore(vault: insider).writePart(
            .init(content: text, title: nil, facility: nil), level: .internal, document: "INT-2014-044", kind: "interview",
            date: "2014-10-28", revision: 2, revisionID: SecureRandom.bytes(count: 16), parents: [],
            contentTag: [UInt8](repeating: 0, count: 32), blind: try insider.blindID("INT-2014-044"), created: Timestamp.now())
    }

    /// A policy naming detainees to the State, signed by the insider.
    static func policy(by insider: UnlockedVault, in vault: AttackCase.Vault) throws -> String {
        let yaml = ShippedPolicy.yaml.replacingOccurrences(of: "  detainee:\n    named-to: []", with: "  detainee:\n    named-to: [state, public]")
        let body = PolicyStore.Body(vault: insider.vaultID, sequence: 99, previous: nil, set: Timestamp.now(),
                                    setBy: insider.member.fingerprint, yaml: yaml)
        return try PolicyStore(paths: vault.paths).store(body, signedBy: insider.identity)
    }

    /// Some file planted at `folder` (an attachment or a record nobody can open).
    static func plant(in folder: String, of vault: AttackCase.Vault) throws -> String {
        let bytes = SecureRandom.bytes(count: 300)
        let name = Hex.encode(SHA256.hash(bytes))
        try DurableFile.write(bytes, to: vault.paths.root.appendingPathComponent(folder), name: name)
        return "\(folder)/\(name)"
    }

    /// The interview's live internal part.
    static func interviewPart(in vault: AttackCase.Vault) throws -> String {
        let admin = try AttackCase.unlock(vault, as: "Admin")
        let blind = try admin.blindID("INT-2014-044")
        return try admin.commitIndex().liveObjects.first { $0.hasPrefix("documents/\(blind)/internal/") }!
    }
}
