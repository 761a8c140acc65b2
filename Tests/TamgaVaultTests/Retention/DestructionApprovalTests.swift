import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// A destruction two members agree on (issue 18): under a policy that asks
/// for a second administrator's approval, a request by one member carried out
/// by another administrator counts, and every way of destroying alone is
/// refused by every reader, whatever the forger's clearance and whatever
/// predecessors they choose.
@Suite struct DestructionApprovalTests {
    static let id = DocumentDestructionTests.id

    /// The interview fixture with a second administrator ("Second") and a
    /// member cleared internal ("Monitor"), and the policy asking for approval.
    static func fixture(asking: Bool = true) throws -> InsiderFixture {
        let f = try InsiderFixture()
        for (name, administrator) in [("Second", true), ("Monitor", false)] {
            let key = try MemberInvitation.create(in: f.base.paths, name: name, passphrase: try VaultFixture.passphrase("\(name) passphrase"),
                                                  strength: .testOnlyFast)
            try MemberAdministration(vault: try f.admin()).add(name: name, key: key, clearance: .internal, administrator: administrator)
        }
        if asking { try setPolicy(asking: true, by: try f.admin()) }
        return f
    }

    static func setPolicy(asking: Bool, by vault: UnlockedVault) throws {
        let yaml = ShippedPolicy.yaml + (asking ? "\ndestruction:\n  approval: second-administrator\n" : "")
        _ = try PolicyChange(vault: vault).set(yaml: yaml, file: "policy.yaml")
    }

    static func listed(_ vault: UnlockedVault) throws -> Bool {
        try DocumentDestructionTests.listed(vault).contains(id)
    }

    /// Writes a tombstone as a modified tamga would, with `vault`'s own key:
    /// `approves` a request or none, after `heads` (default: the current ones).
    static func forgeTombstone(as vault: UnlockedVault, approves: String?, heads: [String]? = nil) throws -> String {
        let index = try VaultIndex.load(vault)
        let blinds = try vault.blindIDs(id)
        let live = index.commits.liveObjects.filter { EntryAuthorization.blind($0).map(blinds.contains) ?? false }.sorted()
        return try AuditLog(paths: vault.paths).append(
            LogAction(action: "destroy", document: id, note: "forged"), removed: live, destroyed: blinds,
            approval: .init(approves: approves), actor: vault.identity, vaultID: vault.vaultID, keyring: vault.keyring.fileHash,
            internalKey: try UnlockedVault.newestKey(.internal, in: vault.keyring),
            heads: heads ?? index.heads, sequence: index.nextSequence)
    }

    @Test func aRequestCarriedOutByAnotherAdministratorDestroys() throws {
        let f = try Self.fixture()
        let monitor = try f.member("Monitor")
        #expect(try DocumentDestruction(vault: monitor).needsApproval())
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: monitor).destroy(Self.id, reason: "retention") }
        let request = try DocumentDestruction(vault: monitor).request(Self.id, reason: "retention: 5 years")
        #expect(request.requestedBy == "Monitor" && request.reason == "retention: 5 years")
        #expect(try Self.listed(try f.admin()), "a request destroys nothing")
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: monitor).request(Self.id, reason: "again") }
        #expect(try DocumentDestruction(vault: try f.admin()).pending().map(\.id) == [Self.id])
        // A member who is not an administrator does not approve.
        let other = try f.base.addMember("Other", clearance: .internal)
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: other).approve(Self.id) }

        let outcome = try DocumentDestruction(vault: try f.member("Second")).approve(Self.id)
        #expect(outcome.filesRemoved > 0)
        for reader in [try f.admin(), try f.member("Monitor")] { #expect(try !Self.listed(reader)) }
        #expect(try DocumentDestruction(vault: try f.admin()).pending().isEmpty)
        let problems = try f.problems()
        #expect(problems.isEmpty, "\(problems)")
        let action = try #require(try AuditLog(paths: f.base.paths).entries().compactMap { try? AuditLog.action(of: $0, keys: try f.admin().levelKeys) }
            .first { $0.action == "destroy" })
        #expect(action.note == "retention: 5 years", "the tombstone keeps the request's reason")
    }

    @Test func whoeverAskedCannotCarryItOutNorCanAnyoneAlone() throws {
        let f = try Self.fixture()
        let admin = try f.admin()
        _ = try DocumentDestruction(vault: admin).request(Self.id, reason: "retention")
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: try f.admin()).approve(Self.id) }
        #expect(try Self.listed(try f.admin()))

        // Forged with the library, each refused by every reader:
        let request = try #require(try DocumentDestruction(vault: try f.admin()).pending().first).entry
        let cases: [(String, () throws -> String)] = [
            ("no request at all", { try Self.forgeTombstone(as: try f.admin(), approves: nil) }),
            ("the asker carries out their own request", { try Self.forgeTombstone(as: try f.admin(), approves: request) }),
            ("an internal member who is not an administrator", { try Self.forgeTombstone(as: try f.member("Monitor"), approves: request) }),
            ("a request that does not exist", { try Self.forgeTombstone(as: try f.member("Second"), approves: String(repeating: "ab", count: 32)) }),
        ]
        for (what, forge) in cases {
            let entry = try forge()
            let index = try VaultIndex.load(try f.admin())
            #expect(index.refused[entry] != nil, "\(what): counted")
            #expect(try Self.listed(try f.admin()), "\(what): the document is gone")
            try FileManager.default.removeItem(at: f.base.paths.log.appendingPathComponent("\(entry).json"))
        }
    }

    /// Web red team 42, D1: under the policy, the asker makes "Sock" an administrator, Sock makes
    /// "Sock2", then the asker asks. Neither approves, whether through the use case or written with the
    /// library as a modified tamga would: every reader refuses the tombstone. Second, made before the
    /// policy asked, approves.
    @Test func anAdministratorTheAskerMadeAfterThePolicyIsNoSecondAdministrator() throws {
        let f = try Self.fixture()
        for (name, adder) in [("Sock", "Admin"), ("Sock2", "Sock")] {
            let key = try MemberInvitation.create(in: f.base.paths, name: name, passphrase: try VaultFixture.passphrase("\(name) passphrase"),
                                                  strength: .testOnlyFast)
            let by = adder == "Admin" ? try f.admin() : try f.member(adder)
            try MemberAdministration(vault: by).add(name: name, key: key, clearance: .internal, administrator: true)
        }
        _ = try DocumentDestruction(vault: try f.admin()).request(Self.id, reason: "retention")
        let request = try #require(try DocumentDestruction(vault: try f.admin()).pending().first).entry
        for name in ["Sock", "Sock2"] {
            #expect(throws: VaultError.self, "\(name): the use case approved") { try DocumentDestruction(vault: try f.member(name)).approve(Self.id) }
            let entry = try Self.forgeTombstone(as: try f.member(name), approves: request)
            let index = try VaultIndex.load(try f.admin())
            #expect(index.refused[entry]?.contains("come from one member's additions") == true, "\(name): \(index.refused[entry] ?? "counted")")
            #expect(try Self.listed(try f.admin()), "\(name): the document is gone")
            try FileManager.default.removeItem(at: f.base.paths.log.appendingPathComponent("\(entry).json"))
        }
        _ = try DocumentDestruction(vault: try f.member("Second")).approve(Self.id)
        #expect(!(try Self.listed(try f.admin())))
    }

    /// A destruction written on predecessors from before the policy (as a
    /// signer may choose them) is refused where it arrives: sync, clone and
    /// the server's guard judge arrivals with `ArrivalVerifier`.
    @Test func aDestructionWrittenApartFromThePolicyIsRefusedWhereItArrives() throws {
        let f = try Self.fixture(asking: false)
        let before = try VaultIndex.load(try f.admin()).heads
        try Self.setPolicy(asking: true, by: try f.admin())
        let git = GitRunner(directory: f.base.paths.root)
        func commit() throws -> String {
            try git.run(["add", "-A"])
            try git.run(["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "c"])
            return try git.run(["rev-parse", "HEAD"]).text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try git.run(["init", "-q", "-b", "main"])
        let base = try commit()
        let entry = try Self.forgeTombstone(as: try f.admin(), approves: nil, heads: before)
        let target = try commit()
        let scratch = try TemporaryFolder("tamga-arrival")
        let report = try ArrivalVerifier(git: git, scratch: scratch.url).verify(base: base, target: target, history: nil)
        #expect(report.problems.contains { $0.path == "log/\(entry).json" && $0.reason.contains("apart from the policy") },
                "\(report.problems)")
        // An approved destruction after the policy arrives cleanly.
        try FileManager.default.removeItem(at: f.base.paths.log.appendingPathComponent("\(entry).json"))
        _ = try DocumentDestruction(vault: try f.member("Monitor")).request(Self.id, reason: "retention")
        _ = try DocumentDestruction(vault: try f.member("Second")).approve(Self.id)
        let approved = try commit()
        let clean = try ArrivalVerifier(git: git, scratch: scratch.url).verify(base: base, target: approved, history: nil)
        #expect(!clean.problems.contains { $0.path.hasPrefix("log/") }, "\(clean.problems)")
    }

    /// Setting a policy on predecessors from before earlier destructions does not annul them (attacker, session 36).
    @Test func aPolicyWrittenOnOldPredecessorsDoesNotAnnulPastDestructions() throws {
        let f = try Self.fixture(asking: false)
        let before = try VaultIndex.load(try f.admin()).heads
        _ = try DocumentDestruction(vault: try f.admin()).destroy(Self.id, reason: "retention")
        let admin = try f.admin()
        let store = PolicyStore(paths: admin.paths)
        let yaml = ShippedPolicy.yaml + "\ndestruction:\n  approval: second-administrator\n"
        let body = PolicyStore.Body(vault: admin.vaultID, sequence: 1, previous: nil, set: "2026-12-06T00:00:00Z",
                                    setBy: admin.member.fingerprint, yaml: yaml)
        let path = try store.store(body, signedBy: admin.identity)
        let index = try VaultIndex.load(admin)
        _ = try AuditLog(paths: admin.paths).append(
            LogAction(action: "policy-set"), objects: [path], approval: .init(policyAsks: true), actor: admin.identity,
            vaultID: admin.vaultID, keyring: admin.keyring.fileHash, internalKey: try UnlockedVault.newestKey(.internal, in: admin.keyring),
            heads: before, sequence: index.nextSequence)
        let after = try f.admin()
        #expect(try VaultIndex.load(after).refused.values.allSatisfy { !$0.contains("approval") })
        #expect(try !Self.listed(after))
    }

    @Test func aDestructionBeforeThePolicyAskedStillCounts() throws {
        let f = try Self.fixture(asking: false)
        _ = try DocumentDestruction(vault: try f.admin()).destroy(Self.id, reason: "retention")
        try Self.setPolicy(asking: true, by: try f.admin())
        #expect(try !Self.listed(try f.admin()))
        let problems = try f.problems()
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func oncePolicyAskedItKeepsAskingWhateverALaterPolicySays() throws {
        let f = try Self.fixture()
        #expect(throws: VaultError.self) { try Self.setPolicy(asking: false, by: try f.admin()) }
        // A laxer policy written anyway (a modified tamga) does not lift the rule.
        let admin = try f.admin()
        let store = PolicyStore(paths: admin.paths)
        let current = try store.current(admin)
        let body = PolicyStore.Body(vault: admin.vaultID, sequence: (current.body?.sequence ?? 0) + 1, previous: current.hash,
                                    set: "2026-12-06T00:00:00Z", setBy: admin.member.fingerprint, yaml: ShippedPolicy.yaml)
        let path = try store.store(body, signedBy: admin.identity)
        try admin.log(LogAction(action: "policy-set"), objects: [path])
        #expect(try DocumentDestruction(vault: try f.admin()).needsApproval())
        let entry = try Self.forgeTombstone(as: try f.admin(), approves: nil)
        #expect(try VaultIndex.load(try f.admin()).refused[entry] != nil)
        #expect(try Self.listed(try f.admin()))
    }

    @Test func theRulesFieldsAreRefusedWhereTheyDoNotBelong() throws {
        let f = try Self.fixture()
        let blinds = try (try f.admin()).blindIDs(Self.id)
        let state = try f.base.addMember("Reader", clearance: .state)
        // A State member's request, and a request that also writes.
        let stateRequest = try state.log(LogAction(action: "destroy-request", document: Self.id, note: "x"), approval: .init(requests: blinds))
        #expect(try VaultIndex.load(try f.admin()).refused[stateRequest] != nil)
        // An ordinary entry claiming to set a rule it does not set.
        let claim = try (try f.admin()).log(LogAction(action: "read", document: Self.id), approval: .init(policyAsks: true))
        #expect(try VaultIndex.load(try f.admin()).refused[claim] != nil)
        // A State member's request does not let an administrator destroy.
        let entry = try Self.forgeTombstone(as: try f.member("Second"), approves: stateRequest)
        #expect(try VaultIndex.load(try f.admin()).refused[entry] != nil)
        #expect(try Self.listed(state))
    }

    /// A withdrawn request counts for nobody, whoever carries it out with a modified tamga.
    @Test func aWithdrawnRequestCountsForNoReader() throws {
        let f = try Self.fixture()
        _ = try DocumentDestruction(vault: try f.member("Monitor")).request(Self.id, reason: "retention")
        let request = try #require(try DocumentDestruction(vault: try f.admin()).pending().first).entry
        _ = try DocumentDestruction(vault: try f.admin()).cancel(Self.id)
        let entry = try Self.forgeTombstone(as: try f.member("Second"), approves: request)
        #expect(try VaultIndex.load(try f.admin()).refused[entry]?.contains("withdrawn") == true)
        #expect(try Self.listed(try f.admin()))
    }

    /// A withdrawal written apart, on a copy that had not seen the approval,
    /// comes too late: the destruction stays counted for every reader, and
    /// the document does not come back (attacker, session 37: the asker's
    /// late `--cancel` pushed with plain git resurrected it).
    @Test func aWithdrawalTheApproverDidNotSeeDoesNotUndoTheDestruction() throws {
        let f = try Self.fixture()
        let monitor = try f.member("Monitor")
        let request = try DocumentDestruction(vault: monitor).request(Self.id, reason: "retention").entry
        let asked = try VaultIndex.load(monitor)
        let tombstone = try DocumentDestruction(vault: try f.member("Second")).approve(Self.id).entry
        let late = try AuditLog(paths: monitor.paths).append(
            LogAction(action: "destroy-cancel", document: Self.id), approval: .init(withdraws: request),
            actor: monitor.identity, vaultID: monitor.vaultID, keyring: monitor.keyring.fileHash,
            internalKey: try UnlockedVault.newestKey(.internal, in: monitor.keyring), heads: asked.heads, sequence: asked.nextSequence)
        let index = try VaultIndex.load(try f.admin())
        #expect(index.refused[late] == nil && index.refused[tombstone] == nil, "\(index.refused)")
        #expect(try !Self.listed(try f.admin()))
        let fresh = IndexMemo.Derived(entries: index.contents.entries, chain: index.derived.rules.chain, keyringFiles: [])
        #expect(fresh.refused[tombstone] == nil)
    }

    /// A member removal re-keys every document into new folders, so a
    /// request made before can no longer be carried out: it is listed as
    /// outdated and the approval says so, instead of vanishing (attacker,
    /// session 37).
    @Test func aRequestMadeBeforeAMemberRemovalIsShownOutdated() throws {
        let f = try Self.fixture()
        _ = try DocumentDestruction(vault: try f.member("Monitor")).request(Self.id, reason: "retention")
        _ = try f.base.addMember("Reader", clearance: .state)
        _ = try MemberChange(vault: try f.admin()).remove(name: "Reader")
        let known = try DocumentDestruction(vault: try f.admin()).requests()
        #expect(known.pending.isEmpty && known.outdated.map(\.id) == [Self.id], "\(known)")
        do {
            _ = try DocumentDestruction(vault: try f.member("Second")).approve(Self.id)
            Issue.record("an outdated request was carried out")
        } catch let error as VaultError {
            #expect(error.message.contains("before its folders changed"), "\(error.message)")
        }
        #expect(try Self.listed(try f.admin()))
        // Asked again, it is carried out.
        _ = try DocumentDestruction(vault: try f.member("Monitor")).request(Self.id, reason: "retention")
        _ = try DocumentDestruction(vault: try f.member("Second")).approve(Self.id)
        #expect(try !Self.listed(try f.admin()))
    }

    /// A member who is not an administrator cannot withdraw another's request, nor hide it behind a decoy.
    @Test func anotherMembersWithdrawalOrADecoyDoesNotHideARequest() throws {
        let f = try Self.fixture()
        _ = try DocumentDestruction(vault: try f.member("Second")).request(Self.id, reason: "retention")
        let request = try #require(try DocumentDestruction(vault: try f.admin()).pending().first).entry
        let monitor = try f.member("Monitor")
        _ = try monitor.log(LogAction(action: "destroy-cancel", document: Self.id), approval: .init(withdraws: request))
        // A decoy: the same id in the sealed action, another folder in the clear.
        _ = try monitor.log(LogAction(action: "destroy-request", document: Self.id, note: "decoy"),
                            approval: .init(requests: [String(repeating: "0", count: 32)]))
        #expect(try DocumentDestruction(vault: try f.admin()).pending().map(\.entry) == [request])
        _ = try DocumentDestruction(vault: try f.admin()).approve(Self.id)
        #expect(try !Self.listed(try f.admin()))
    }

    @Test func aWithdrawnRequestCannotBeApproved() throws {
        let f = try Self.fixture()
        _ = try DocumentDestruction(vault: try f.member("Monitor")).request(Self.id, reason: "retention")
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: try f.base.addMember("Other", clearance: .internal)).cancel(Self.id) }
        _ = try DocumentDestruction(vault: try f.member("Monitor")).cancel(Self.id)
        #expect(try DocumentDestruction(vault: try f.admin()).pending().isEmpty)
        #expect(throws: VaultError.self) { try DocumentDestruction(vault: try f.member("Second")).approve(Self.id) }
        #expect(try Self.listed(try f.admin()))
    }

    /// The clear flag and the signed text must agree, or the policy is not in force.
    @Test func aPolicyWhoseFlagDisagreesWithItsTextIsRefused() throws {
        let f = try Self.fixture(asking: false)
        let admin = try f.admin()
        let store = PolicyStore(paths: admin.paths)
        let current = try store.current(admin)
        let body = PolicyStore.Body(vault: admin.vaultID, sequence: (current.body?.sequence ?? 0) + 1, previous: current.hash,
                                    set: "2026-12-06T00:00:00Z", setBy: admin.member.fingerprint,
                                    yaml: ShippedPolicy.yaml + "\ndestruction:\n  approval: second-administrator\n")
        let path = try store.store(body, signedBy: admin.identity)
        try admin.log(LogAction(action: "policy-set"), objects: [path])
        #expect(throws: VaultError.self) { try PolicyStore(paths: admin.paths).current(try f.admin()) }
    }

    /// Removing the administrator who set the asking policy, from a copy
    /// that had not seen it (a removal's writer chooses what it saw), does
    /// not lift the rule: an asking entry counts for it all the same.
    @Test func removingWhoeverSetThePolicyDoesNotLiftTheRule() throws {
        let f = try Self.fixture(asking: false)
        let stale = try TemporaryFolder("tamga-stale-copy")
        let copy = stale.url.appendingPathComponent("vault")
        try FileManager.default.copyItem(at: f.base.paths.root, to: copy)
        try Self.setPolicy(asking: true, by: try f.member("Second"))
        let copyPaths = VaultPaths(root: copy)
        let adminInCopy = try UnlockedVault.unlock(copyPaths, memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        _ = try VaultMaintenance(vault: adminInCopy).acceptOlder() // one machine holds both copies in this test
        _ = try MemberAdministration(vault: adminInCopy).remove(name: "Second")
        // Merge the copy back, as copying files does.
        let walker = FileManager.default.enumerator(at: copy, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  !url.lastPathComponent.hasPrefix(".") else { continue }
            let target = f.base.paths.root.appendingPathComponent(String(url.path.dropFirst(copy.path.count + 1)))
            guard !FileManager.default.fileExists(atPath: target.path) else { continue }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: url, to: target)
        }
        _ = try VaultMaintenance(vault: try f.admin()).acceptOlder()
        let admin = try f.admin()
        let index = try VaultIndex.load(admin)
        #expect(index.refused.values.contains(EntryAuthorization.removedReason))
        #expect(index.asksDestructionApproval)
        let entry = try Self.forgeTombstone(as: admin, approves: nil)
        #expect(try VaultIndex.load(try f.admin()).refused[entry] != nil)
        #expect(try Self.listed(try f.admin()))
    }
}
