import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// An erasure two members agree on (issue 18): under a policy that asks for a
/// second administrator's approval, `person erase` asks, another
/// administrator carries it out, and every reader refuses an erasure made
/// alone, one that rewrites other folders than were asked, and a request for
/// one kind (erasure, destruction) carried out as the other.
@Suite struct ErasureApprovalTests {
    static let person = "D-0042"

    /// The approval fixture (admin, "Second" administrator, "Monitor"),
    /// asking, with the erasure tests' documents naming D-0042.
    static func fixture() throws -> InsiderFixture {
        let f = try DestructionApprovalTests.fixture(asking: true)
        try PersonErasureTests.populate(f)
        return f
    }

    /// The folders that an erasure of D-0042 rewrites now.
    static func folders(_ vault: UnlockedVault) throws -> [String] {
        try PersonErasure(vault: vault).prepare(person).blinds
    }

    static func actions(_ f: InsiderFixture, named name: String) throws -> [LogAction] {
        let keys = try f.admin().levelKeys
        return try AuditLog(paths: f.base.paths).entries().compactMap { try? AuditLog.action(of: $0, keys: keys) }.filter { $0.action == name }
    }

    /// An erase entry (or, with `destruction`, a tombstone) as a modified
    /// tamga would write it with `vault`'s key: it `approves` a request or
    /// none and rewrites (destroys) `folders`, after the current heads.
    static func forge(as vault: UnlockedVault, approves: String?, folders: [String], destruction: Bool = false) throws -> String {
        let index = try VaultIndex.load(vault)
        // Only the parts: an erasure that supersedes an attachment must re-encrypt it, which is refused for another reason.
        let live = index.commits.liveObjects.filter { $0.hasPrefix("documents/") && (EntryAuthorization.blind($0).map(folders.contains) ?? false) }
            .sorted()
        // An erasure commits a rewritten part in each folder (a made-up name will do for the judge).
        let written = destruction ? [] : folders.compactMap { folder in
            live.first { $0.hasPrefix("documents/\(folder)/") }.map { ($0 as NSString).deletingLastPathComponent + "/" + String(repeating: "e", count: 64) }
        }
        return try AuditLog(paths: vault.paths).append(
            LogAction(action: destruction ? "destroy" : "erase", persons: [person], note: "forged"), objects: written, removed: live,
            destroyed: destruction ? folders : [], erased: destruction ? [] : folders, approval: .init(approves: approves),
            actor: vault.identity, vaultID: vault.vaultID, keyring: vault.keyring.fileHash,
            internalKey: try UnlockedVault.newestKey(.internal, in: vault.keyring), heads: index.heads, sequence: index.nextSequence)
    }

    @Test func aRequestCarriedOutByAnotherAdministratorErases() throws {
        let f = try Self.fixture()
        let monitor = try f.member("Monitor")
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: monitor).erase(Self.person, reason: "erasure asked") }
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: monitor).request(Self.person, reason: "Aibek Sadykov asked") }
        let request = try PersonErasure(vault: monitor).request(Self.person, reason: "erasure asked, consent withdrawn")
        #expect(request.requestedBy == "Monitor" && request.id == Self.person)
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons[Self.person]?.erased != true, "a request erases nothing")
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: monitor).request(Self.person, reason: "again") }
        #expect(try PersonErasure(vault: try f.admin()).pending().map(\.id) == [Self.person])
        #expect(try DocumentDestruction(vault: try f.admin()).pending().isEmpty, "a request for an erasure is no request for a destruction")
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: monitor).approve(Self.person) }
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: try f.base.addMember("Reader", clearance: .state)).pending() }

        let scan = try PersonErasureTests.scan(try f.admin())
        let outcome = try PersonErasure(vault: try f.member("Second")).approve(Self.person)
        #expect(outcome.filesRemoved > 0 && outcome.plan.documents.count == 2)
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons[Self.person]?.erased == true)
        for (path, text) in try PersonErasureTests.liveTexts(try f.admin()) { #expect(scan.hits(in: text).isEmpty, "\(path)") }
        #expect(try PersonErasure(vault: try f.admin()).pending().isEmpty)
        let problems = try f.problems()
        #expect(problems.isEmpty, "\(problems)")
        #expect(try Self.actions(f, named: "erase").map(\.note) == ["erasure asked, consent withdrawn"], "the erasure keeps the request's reason")
    }

    @Test func noOneErasesAloneAndNoRequestCountsForTheOtherKind() throws {
        let f = try Self.fixture()
        let admin = try f.admin()
        let folders = try Self.folders(admin)
        #expect(folders.count == 2)
        let request = try PersonErasure(vault: admin).request(Self.person, reason: "erasure asked").entry
        // A document naming no one: INT-2014-044 cannot be destroyed while VR-2014-050 names its detainee.
        try f.add(Array("---\nid: VR-2014-099\nkind: visit-report\ntitle: Visit\ndate: 2014-11-01\n---\n\nNothing to add.\n".utf8), as: admin)
        let destroyRequest = try DocumentDestruction(vault: try f.member("Monitor")).request("VR-2014-099", reason: "retention").entry
        let destroyFolders = try admin.blindIDs("VR-2014-099")

        // (what, the forgery, the words of the reason every reader gives)
        let cases: [(String, () throws -> String, String)] = [
            ("an erasure carrying out no request", { try Self.forge(as: try f.member("Second"), approves: nil, folders: folders) },
             "carries out no request"),
            ("the asker carries out their own request", { try Self.forge(as: try f.admin(), approves: request, folders: folders) },
             "the member who asked carried it out"),
            ("a member who is not an administrator", { try Self.forge(as: try f.member("Monitor"), approves: request, folders: folders) },
             "only administrators"),
            ("fewer folders than asked", { try Self.forge(as: try f.member("Second"), approves: request, folders: [folders[0]]) },
             "rewrites other documents"),
            ("a request for a destruction carried out as an erasure",
             { try Self.forge(as: try f.member("Second"), approves: destroyRequest, folders: destroyFolders) }, "asks for a destruction"),
            ("a request for an erasure carried out as a destruction",
             { try Self.forge(as: try f.member("Second"), approves: request, folders: folders, destruction: true) }, "asks for an erasure"),
        ]
        let before = try VaultIndex.load(admin).commits.liveObjects
        for (what, forge, words) in cases {
            let entry = try forge()
            let index = try VaultIndex.load(try f.admin())
            #expect(index.refused[entry]?.contains(words) == true, "\(what): \(index.refused[entry] ?? "counted")")
            #expect(index.commits.liveObjects == before, "\(what): something was superseded")
            // A fresh read of the whole log judges it the same as the incremental one.
            let fresh = IndexMemo.Derived(entries: index.contents.entries, chain: index.derived.rules.chain, keyringFiles: [])
            #expect(fresh.refused[entry] == index.refused[entry], "\(what): judged otherwise on a fresh read")
            try FileManager.default.removeItem(at: f.base.paths.log.appendingPathComponent("\(entry).json"))
        }
        // The request still carries out, by another administrator, and only as an erasure.
        _ = try PersonErasure(vault: try f.member("Second")).approve(Self.person)
        #expect(try DocumentDestruction(vault: try f.admin()).pending().map(\.id) == ["VR-2014-099"])
    }

    /// The second administrator approves what the first one saw: a document
    /// naming the person added after the request stops the approval, which
    /// says to withdraw and ask again.
    @Test func aRequestMadeBeforeTheDocumentsChangedIsNotCarriedOut() throws {
        let f = try Self.fixture()
        _ = try PersonErasure(vault: try f.member("Monitor")).request(Self.person, reason: "erasure asked")
        try f.add(Array("""
        ---
        id: VR-2014-060
        kind: visit-report
        title: Second follow-up
        date: 2014-12-01
        level: internal
        ---

        Aibek Sadykov was moved to another cell.

        """.utf8), as: try f.admin())
        let second = try f.member("Second")
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: second).approve(Self.person) }
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons[Self.person]?.erased != true)
        // Withdrawn (by an administrator), asked again, carried out.
        _ = try PersonErasure(vault: second).cancel(Self.person)
        #expect(try PersonErasure(vault: second).pending().isEmpty)
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: second).approve(Self.person) }
        _ = try PersonErasure(vault: try f.member("Monitor")).request(Self.person, reason: "erasure asked again")
        let outcome = try PersonErasure(vault: second).approve(Self.person)
        #expect(outcome.plan.documents.count == 3)
    }

    /// A withdrawal written apart, after the approval on another copy,
    /// comes too late: the erasure stays counted and the documents readable
    /// (attacker, session 37: it un-counted the erasure after the old keys
    /// were shredded, and every copy lost both documents).
    @Test func aWithdrawalTheApproverDidNotSeeDoesNotUndoTheErasure() throws {
        let f = try Self.fixture()
        let monitor = try f.member("Monitor")
        let request = try PersonErasure(vault: monitor).request(Self.person, reason: "erasure asked").entry
        let asked = try VaultIndex.load(monitor)
        let erasure = try PersonErasure(vault: try f.member("Second")).approve(Self.person).entry
        let late = try AuditLog(paths: monitor.paths).append(
            LogAction(action: "erase-cancel", persons: [Self.person]), approval: .init(withdraws: request),
            actor: monitor.identity, vaultID: monitor.vaultID, keyring: monitor.keyring.fileHash,
            internalKey: try UnlockedVault.newestKey(.internal, in: monitor.keyring), heads: asked.heads, sequence: asked.nextSequence)
        let index = try VaultIndex.load(try f.admin())
        #expect(index.refused[late] == nil && index.refused[erasure] == nil, "\(index.refused)")
        #expect(try DocumentDestructionTests.listed(try f.admin()).contains(PersonErasureTests.id))
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons[Self.person]?.erased == true)
    }

    /// A withdrawn request carries out nothing, for every reader: a forged
    /// erasure naming it is refused.
    @Test func aWithdrawnRequestIsCarriedOutByNoOne() throws {
        let f = try Self.fixture()
        let monitor = try f.member("Monitor")
        let request = try PersonErasure(vault: monitor).request(Self.person, reason: "erasure asked").entry
        _ = try PersonErasure(vault: monitor).cancel(Self.person)
        let second = try f.member("Second")
        let entry = try Self.forge(as: second, approves: request, folders: try Self.folders(second))
        let reason = try VaultIndex.load(try f.admin()).refused[entry]
        #expect(reason?.contains("withdrawn") == true, "\(reason ?? "counted")")
    }
}
