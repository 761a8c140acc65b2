import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// Issue 14's campaign (`make attack-test`): every action type forged with
/// the keys of each kind of insider, and every keyless rollback, on a vault
/// built by the real CLI. For each case: do the readers (administrator and
/// State member) see exactly what they saw before, or refuse? Does `check`
/// name what was done? A harmful effect is any change in what the readers
/// see, above all a detainee's name in a State export or a State read.
/// Serialized: each case installs this machine's memory of the vault.
@Suite(.serialized) struct AttackCampaignTests {
    /// Every action of the log, with what a forgery of it writes.
    static let actions: [(String, @Sendable (UnlockedVault, AttackCase.Vault) throws -> (objects: [String], removed: [String]))] = [
        ("consent-grant", { _, _ in ([], []) }), ("consent-withdraw", { _, _ in ([], []) }),
        ("person-retire", { _, _ in ([], []) }), ("export", { _, _ in ([], []) }), ("read", { _, _ in ([], []) }),
        ("accept-older", { _, _ in ([], []) }), ("init", { _, _ in ([], []) }), ("member-add", { _, _ in ([], []) }),
        ("member-remove", { _, _ in ([], []) }), ("recover", { _, _ in ([], []) }), ("recovery-reshare", { _, _ in ([], []) }),
        ("add", { i, v in (try Forgery.revisionWithoutPersons(by: i, in: v) + Forgery.namingStatePart(by: i, in: v), []) }),
        ("attach", { i, v in ([try Forgery.plant(in: "attachments/\(try i.blindID("INT-2014-044"))", of: v)], []) }),
        ("policy-set", { i, v in ([try Forgery.policy(by: i, in: v)], []) }),
        ("refresh", { i, v in (try Forgery.namingStatePart(by: i, in: v), [try Forgery.interviewPart(in: v)]) }),
        ("rekey", { i, v in (try Forgery.namingStatePart(by: i, in: v), [try Forgery.interviewPart(in: v)]) }),
        ("rec-respond", { _, v in ([try Forgery.plant(in: "records/state", of: v)], []) }),
        ("rec-verify", { _, v in ([try Forgery.plant(in: "records/public", of: v)], []) }),
        // Hand-over (issue 18): consent to transfer, and the three hand-over records.
        ("transfer-consent-grant", { _, _ in ([], []) }), ("transfer-consent-withdraw", { _, _ in ([], []) }),
        ("handover", { _, _ in ([], []) }), ("handover-accepted", { _, _ in ([], []) }), ("handover-accept", { _, _ in ([], []) }),
    ]

    static func forgedAction(_ action: String) -> LogAction {
        LogAction(action: action, document: "INT-2014-044", revision: 2, level: "state", audience: "state", format: "markdown",
                  hash: String(repeating: "0", count: 64), persons: ["D-0042"], member: "Admin", clearance: "internal",
                  note: "forged", date: "2016-01-01", obtainedBy: "nobody")
    }

    @Test(arguments: Insider.allCases)
    func forgedEntriesOfEveryActionChangeNothing(_ insider: Insider) throws {
        let fixture = try AttackFixture.shared.get()
        var tally = AttackTally(label: insider.rawValue)
        for (action, writes) in Self.actions where insider.isAttack(action) {
            let vault = try fixture.copy()
            try AttackCase.installMemory(of: vault)
            let baseline = AttackSnapshot.take(vault)
            #expect(baseline.refusal == nil, "\(baseline.refusal ?? "")")
            let keys = try insider.keys(in: vault)
            let written = try writes(keys, vault)
            let entry = try Forgery.entry(Self.forgedAction(action), by: keys, in: vault, objects: written.objects, removed: written.removed)
            tally.record("\(action) by \(insider.member)", baseline: baseline, after: AttackSnapshot.take(vault),
                         check: AttackSnapshot.check(vault), names: [entry])
        }
        tally.print()
        #expect(tally.harmful.isEmpty, "harmful: \(tally.harmful.joined(separator: "\n"))")
        #expect(tally.undetected.isEmpty, "not named by check: \(tally.undetected.joined(separator: "\n"))")
    }

    /// Keyless: someone who can write files in a synced copy, and nothing else.
    static let rollbacks: [AttackCase] = [
        AttackCase(name: "delete every log entry from the consent withdrawal on") { vault in
            let withdrawal = try entry(vault, action: "consent-withdraw")
            let index = try VaultIndex.load(try AttackCase.unlock(vault, as: "Admin"))
            let order = index.authorizedInOrder.map { "log/\($0).json" }
            for name in order.drop(while: { $0 != withdrawal }) {
                try FileManager.default.removeItem(at: vault.paths.root.appendingPathComponent(name))
            }
            return ["went backwards"]
        },
        AttackCase(name: "delete the consent withdrawal (a machine that never saw the log)") { vault in
            try AttackCase.installMemory(of: vault, fresh: true)
            let withdrawal = try entry(vault, action: "consent-withdraw")
            try FileManager.default.removeItem(at: vault.paths.root.appendingPathComponent(withdrawal))
            return ["missing"]
        },
        AttackCase(name: "delete the policy file") { vault in
            for name in VaultPaths.fileNames(in: vault.paths.root.appendingPathComponent("policy")) {
                try FileManager.default.removeItem(at: vault.paths.root.appendingPathComponent("policy/\(name)"))
            }
            return ["policy"]
        },
        AttackCase(name: "delete the newest keyring") { vault in
            let newest = try KeyringStore(paths: vault.paths).current().fileHash
            try FileManager.default.removeItem(at: vault.paths.keyring.appendingPathComponent("\(newest).json"))
            return ["keyring/\(newest).json"]
        },
        AttackCase(name: "delete the newest keyring (a machine that never saw it)") { vault in
            try AttackCase.installMemory(of: vault, fresh: true)
            let newest = try KeyringStore(paths: vault.paths).current().fileHash
            try FileManager.default.removeItem(at: vault.paths.keyring.appendingPathComponent("\(newest).json"))
            return ["keyring/\(newest).json"]
        },
        AttackCase(name: "replay the keyrings of before the removals") { vault in
            try FileManager.default.removeItem(at: vault.paths.keyring)
            try VaultFiles.copy(vault.before + "/keyring", to: vault.paths.keyring.path)
            return ["keyring"]
        },
        AttackCase(name: "swap the administrator's sealed index key") { vault in
            let admin = try AttackCase.unlock(vault, as: "Admin")
            try SealedKeyFolder(vault.paths.indexKeys(epoch: admin.indexKeys.last!.epoch)).seal(try SecureRandom.secretBytes(count: 32), to: admin.identity.encryption.publicKey,
                                                            holder: admin.member.fingerprint)
            return ["keys/index/\(admin.indexKeys.last!.epoch)/\(admin.member.fingerprint).sealed"]
        },
        AttackCase(name: "swap the administrator's sealed state key") { vault in
            let admin = try AttackCase.unlock(vault, as: "Admin")
            let epoch = try admin.currentKey(.state).epoch
            try SealedKeyFolder(vault.paths.levelKeys(.state, epoch: epoch)).seal(
                try X25519KeyPair.generate().secretKey, to: admin.identity.encryption.publicKey, holder: admin.member.fingerprint)
            return ["keys/levels/state/\(epoch)/\(admin.member.fingerprint).sealed"]
        },
        AttackCase(name: "swap the administrator's sealed export-signing seed") { vault in
            let admin = try AttackCase.unlock(vault, as: "Admin")
            let epoch = admin.keyring.body.signingKeys.last!.epoch
            try SealedKeyFolder(vault.paths.signingKeys(epoch: epoch)).seal(
                try SecureRandom.secretBytes(count: 32), to: admin.identity.encryption.publicKey, holder: admin.member.fingerprint)
            return ["keys/signing/\(epoch)/\(admin.member.fingerprint).sealed"]
        },
        AttackCase(name: "plant a log entry with a bad signature") { vault in
            let newest = try newestLogEntries(vault, count: 1)[0]
            var text = try String(contentsOf: vault.paths.root.appendingPathComponent(newest), encoding: .utf8)
            text = text.replacingOccurrences(of: "\\\"sequence\\\":", with: "\\\"sequence\\\":1")
            let bytes = Array(text.utf8)
            let name = "\(Hex.encode(SHA256.hash(bytes))).json"
            try DurableFile.write(bytes, to: vault.paths.log, name: name)
            return ["log/\(name)"]
        },
        AttackCase(name: "plant a policy signed by the removed administrator") { vault in
            [try Forgery.policy(by: try AttackFixture.removed("Old admin"), in: vault)].map { $0 }
        },
        AttackCase(name: "plant a State part naming the detainee") { vault in
            try Forgery.namingStatePart(by: try AttackCase.unlock(vault, as: "Admin"), in: vault)
        },
    ]

    @Test func keylessRollbacksAreRefusedOrIgnored() throws {
        let fixture = try AttackFixture.shared.get()
        var tally = AttackTally(label: "keyless writer")
        for attack in Self.rollbacks {
            let vault = try fixture.copy()
            try AttackCase.installMemory(of: vault)
            let baseline = AttackSnapshot.take(vault)
            let names = try attack.act(vault)
            tally.record(attack.name, baseline: baseline, after: AttackSnapshot.take(vault), check: AttackSnapshot.check(vault), names: names)
        }
        tally.print()
        for line in tally.refusals { Swift.print("attack-test[keyless writer]: refused: \(line)") }
        #expect(tally.harmful.isEmpty, "harmful: \(tally.harmful.joined(separator: "\n"))")
        #expect(tally.undetected.isEmpty, "not named by check: \(tally.undetected.joined(separator: "\n"))")
    }

    static func newestLogEntries(_ vault: AttackCase.Vault, count: Int) throws -> [String] {
        let index = try VaultIndex.load(try AttackCase.unlock(vault, as: "Admin"))
        return index.authorizedInOrder.suffix(count).map { "log/\($0).json" }
    }

    static func entry(_ vault: AttackCase.Vault, action: String) throws -> String {
        let index = try VaultIndex.load(try AttackCase.unlock(vault, as: "Admin"), freshness: .report)
        let name = try #require(index.authorizedInOrder.last { index.item($0)?.action == action })
        return "log/\(name).json"
    }
}

/// The campaign's figures: tried, refused by readers, named by check, harmful.
struct AttackTally {
    let label: String
    var tried = 0, unchanged = 0, refused = 0, detected = 0
    var harmful: [String] = []
    var undetected: [String] = []
    var refusals: [String] = []

    mutating func record(_ name: String, baseline: AttackSnapshot, after: AttackSnapshot, check: String, names: [String]) {
        tried += 1
        if let refusal = after.refusal { refused += 1; refusals.append("\(name): \(refusal.prefix(200))") } else if after == baseline { unchanged += 1 } else {
            harmful.append("\(name): \(Set(after.lines).symmetricDifference(baseline.lines).sorted().prefix(4).joined(separator: "; "))")
        }
        let said = check + "\n" + (after.refusal ?? "")
        if names.allSatisfy({ said.contains($0) }) { detected += 1 } else { undetected.append("\(name): \(check.prefix(300))") }
    }

    func print() {
        Swift.print("attack-test[\(label)]: \(tried) tried, \(unchanged) ignored by readers, \(refused) refused by readers, "
            + "\(detected) named by check, \(harmful.count) harmful")
    }
}
