import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Issue 14, finding 1, 2, 5, 6 and 10: a valid signature is not enough; the
/// signer must be allowed to write what the entry records. Each test forges
/// with an insider's own key through the library (as a modified tamga
/// would) and checks that readers ignore the entry, that `check` names it,
/// and that no later export or State read names the detainee.
@Suite struct InsiderTests {
    @Test(arguments: [Clearance.state, .contributor])
    func aConsentGrantByAMemberNotClearedInternalIsIgnored(_ clearance: Clearance) throws {
        let f = try InsiderFixture()
        let insider = try f.base.addMember("Insider", clearance: clearance)
        try insider.log(LogAction(action: "consent-grant", audience: "state", persons: ["D-0042"], date: "2014-11-02", obtainedBy: "x"))
        #expect(try f.consent().isEmpty)
        #expect(!(try f.stateExport()).contains("Sadykov"))
        // A routine add by the administrator re-projects nothing that names him.
        try f.add(Array("---\nid: VR-1\nkind: visit-report\nlevel: state\ndate: 2014-10-29\n---\nA visit.\n".utf8), as: try f.admin())
        let state = try f.base.addMember("Reader", clearance: .state)
        #expect(!(try f.stateShow(state)).contains("Sadykov"))
        #expect(try f.problems().contains { $0.contains("unauthorized: entry by Insider, action consent-grant, clearance \(clearance.rawValue)") })
    }

    @Test func aStateMembersRevisionWithoutPersonsIsIgnored() throws {
        let f = try InsiderFixture()
        let state = try f.base.addMember("Liaison", clearance: .state)
        let store = DocumentStore(vault: state)
        let blind = try state.blindID("INT-2014-044")
        // Forged: an internal part (and a state part) of a "revision 2" without persons.
        var written: [String] = []
        for level in [Level.internal, .state] {
            written.append(contentsOf: try store.writePart(.init(content: f.interviewWithoutPersons, title: nil, facility: nil), level: level,
                                               document: "INT-2014-044", kind: "interview", date: "2014-10-28", revision: 2,
                                               revisionID: SecureRandom.bytes(count: 16), parents: [], contentTag: [UInt8](repeating: 0, count: 32),
                                               blind: blind, created: Timestamp.now()))
        }
        try state.log(LogAction(action: "add", document: "INT-2014-044", revision: 2), objects: written)
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons["D-0042"] != nil)
        #expect(!(try f.stateExport()).contains("Sadykov"))
        #expect(try DocumentCatalog(vault: try f.admin()).history("INT-2014-044").count == 1)
        #expect(try f.problems().contains { $0.contains("unauthorized: entry by Liaison, action add, clearance state") })
    }

    @Test func aRevisionThatDropsThePersonsKeepsThemProtectedUntilRetired() throws {
        let f = try InsiderFixture()
        try f.add(f.interviewWithoutPersons, as: try f.admin())
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons["D-0042"] != nil)
        #expect(!(try f.stateExport()).contains("Sadykov"))
        // Only an explicit, logged retirement takes the person out.
        try f.admin().log(LogAction(action: "person-retire", persons: ["D-0042"], note: "declared in error"))
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons["D-0042"] == nil)
    }

    @Test func aRetirementByAStateMemberIsIgnored() throws {
        let f = try InsiderFixture()
        try f.add(f.interviewWithoutPersons, as: try f.admin())
        try f.base.addMember("Liaison", clearance: .state).log(LogAction(action: "person-retire", persons: ["D-0042"]))
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons["D-0042"] != nil)
    }

    @Test func aRemovedMembersRefreshHidingTheInterviewIsIgnored() throws {
        let f = try InsiderFixture()
        let leaving = try f.base.addMember("Leaving", clearance: .internal)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")
        let internalPart = try #require(try f.admin().commitIndex().liveObjects.first { $0.contains("/internal/") })
        // Signed after the removal, naming the newest heads, binding the keyring they were last active in.
        try AuditLog(paths: f.base.paths).append(
            LogAction(action: "refresh"), removed: [internalPart], actor: leaving.identity, vaultID: leaving.vaultID,
            keyring: leaving.keyring.fileHash, internalKey: try leaving.currentKey(.internal), heads: try VaultIndex.load(try f.admin()).heads,
            sequence: 999)
        #expect(try f.admin().commitIndex().isLive(internalPart))
        #expect(try DocumentCatalog(vault: try f.admin()).list().map(\.id) == ["INT-2014-044"])
        #expect(try f.problems().contains { $0.contains("unauthorized: entry by Leaving") })
    }

    @Test func deletingThePolicyFileInForceIsAnErrorNotTheShippedPolicy() throws {
        let f = try InsiderFixture()
        let stricter = ShippedPolicy.yaml.replacingOccurrences(of: "  official:\n    named-to: [state]", with: "  official:\n    named-to: []")
        #expect(stricter != ShippedPolicy.yaml)
        _ = try PolicyStore(paths: f.base.paths).set(yaml: stricter, file: "stricter", by: try f.admin())
        for name in VaultPaths.fileNames(in: f.base.paths.root.appendingPathComponent("policy")) {
            try FileManager.default.removeItem(at: f.base.paths.root.appendingPathComponent("policy/\(name)"))
        }
        #expect(throws: VaultError.self) { try PolicyStore(paths: f.base.paths).current(try f.admin()) }
        #expect(throws: VaultError.self) { try f.stateExport() }
    }

    @Test func anExportRecordByAStateMemberIsNotADisclosure() throws {
        let f = try InsiderFixture()
        let state = try f.base.addMember("Liaison", clearance: .state)
        try state.log(LogAction(action: "export", document: "INT-2014-044", revision: 1, audience: "public", persons: ["D-0042"]))
        #expect(try DisclosureLedger.load(try f.admin()).entries.isEmpty)
    }

    @Test func aContributorCannotAddARevisionOverAStoredDocument() throws {
        let f = try InsiderFixture()
        let field = try f.base.addMember("Field", clearance: .contributor)
        #expect(throws: VaultError.self) { try f.add(f.interviewWithoutPersons, as: field) }
        // Forged past the check: the entry does not count.
        let blind = try field.blindID("INT-2014-044")
        let paths = try DocumentStore(vault: field).writePart(
            .init(content: f.interviewWithoutPersons, title: nil, facility: nil), level: .internal, document: "INT-2014-044",
            kind: "interview", date: "2014-10-28", revision: 9, revisionID: SecureRandom.bytes(count: 16), parents: [],
            contentTag: [UInt8](repeating: 0, count: 32), blind: blind, created: Timestamp.now())
        try field.log(LogAction(action: "add", document: "INT-2014-044", revision: 9), objects: paths)
        #expect(try DocumentCatalog(vault: try f.admin()).history("INT-2014-044").count == 1)
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons["D-0042"] != nil)
    }

    @Test func aContributorsNewDocumentIsProjectedByTheNextInternalMember() throws {
        let f = try InsiderFixture()
        let field = try f.base.addMember("Field", clearance: .contributor)
        try f.add(Array("---\nid: VR-9\nkind: visit-report\nlevel: state\ndate: 2014-10-29\n---\nA visit.\n".utf8), as: field)
        let state = try f.base.addMember("Reader", clearance: .state)
        #expect(throws: VaultError.self) { try DocumentCatalog(vault: state).newest("VR-9") }
        try f.add(Array("---\nid: VR-10\nkind: visit-report\ndate: 2014-10-30\n---\nAnother.\n".utf8), as: try f.admin())
        #expect(try DocumentCatalog(vault: state).newest("VR-9").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("A visit."))
        #expect(try f.problems().isEmpty)
    }

    /// Finding 12: the content tag in an internal part's header is keyed with
    /// a key only members cleared internal hold, so a State member (who holds
    /// the index key) cannot test guesses of an interview's text against it.
    @Test func contentTagsAreKeyedWithAKeyOnlyInternalMembersHold() throws {
        let f = try InsiderFixture()
        let state = try f.base.addMember("Liaison", clearance: .state)
        #expect(throws: VaultError.self) { try state.contentTag(f.interview) }
        let part = try #require(f.base.parts(.internal).first)
        let header = try VaultObject.header(of: part)
        #expect(header.contentTag == (try f.admin().contentTag(f.interview)))
        for domain in ["tamga/v1/content\0", "tamga/v2/content\0", ""] {
            let guess = try BLAKE2b.hash(Array(domain.utf8) + f.interview, outputByteCount: 32, key: state.indexKey)
            #expect(header.contentTag != guess)
        }
    }

    @Test func attachingFollowsTheSameRuleAsReaders() throws {
        let f = try InsiderFixture()
        let file = f.base.folder.url.appendingPathComponent("photo.jpg")
        try Data("not really a photo".utf8).write(to: file)
        let state = try f.base.addMember("Liaison", clearance: .state)
        #expect(throws: VaultError.self) { try AttachmentStore(vault: state).attach(file, to: "INT-2014-044", level: .state) }
        let field = try f.base.addMember("Field", clearance: .contributor)
        #expect(throws: VaultError.self) { try AttachmentStore(vault: field).attach(file, to: "INT-2014-044", level: .internal) }
        try f.add(Array("---\nid: VR-9\nkind: visit-report\ndate: 2014-10-29\n---\nA visit.\n".utf8), as: field)
        try AttachmentStore(vault: field).attach(file, to: "VR-9", level: .internal)
        #expect(try f.problems().isEmpty)
    }
    @Test func aRemovedMemberCannotBackdateByForkingFromOldHeads() throws {
        let f = try InsiderFixture()
        let leaving = try f.base.addMember("Leaving", clearance: .internal)
        let headsBefore = try VaultIndex.load(leaving).heads
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")
        // Signed as if written offline before the removal: binds the old keyring, names the old heads.
        try AuditLog(paths: f.base.paths).append(
            LogAction(action: "consent-grant", audience: "state", persons: ["D-0042"], date: "2014-11-02"),
            actor: leaving.identity, vaultID: leaving.vaultID, keyring: leaving.keyring.fileHash,
            internalKey: try leaving.currentKey(.internal), heads: headsBefore, sequence: 999)
        #expect(try f.consent().isEmpty)
        #expect(!(try f.stateExport()).contains("Sadykov"))
    }

    @Test func aPolicyByARemovedAdministratorIsIgnored() throws {
        let f = try InsiderFixture()
        let key = try MemberInvitation.create(in: f.base.paths, name: "Old admin", passphrase: try VaultFixture.passphrase("Old admin passphrase"),
                                              strength: .testOnlyFast)
        try MemberAdministration(vault: try f.admin()).add(name: "Old admin", key: key, clearance: .internal, administrator: true)
        let old = try f.member("Old admin")
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Old admin")
        let planted = ShippedPolicy.yaml.replacingOccurrences(of: "  detainee:\n    named-to: []", with: "  detainee:\n    named-to: [state]")
        #expect(planted != ShippedPolicy.yaml)
        _ = try? PolicyStore(paths: f.base.paths).set(yaml: planted, file: "planted", by: old)
        #expect(try PolicyStore(paths: f.base.paths).current(try f.admin()).isShipped)
        #expect(!(try f.stateExport()).contains("Sadykov"))
    }


    /// A member who cannot record consent cannot stop every export either,
    /// by signing an entry that names a made-up predecessor.
    @Test func aStateMembersEntryNamingAMissingPredecessorStopsNothing() throws {
        let f = try InsiderFixture()
        let state = try f.base.addMember("Liaison", clearance: .state)
        try AuditLog(paths: f.base.paths).append(
            LogAction(action: "read"), actor: state.identity, vaultID: state.vaultID, keyring: state.keyring.fileHash,
            internalKey: try state.currentKey(.internal), heads: try VaultIndex.load(try f.admin()).heads + [String(repeating: "ab", count: 32)],
            sequence: 999)
        #expect(!(try f.stateExport()).contains("Sadykov"))
    }

    /// A listed path must have the exact shape of a vault object: rekey
    /// deletes what counted entries supersede, so "documents/../log/…" must
    /// never count.
    @Test(arguments: ["documents/../log/x.json", "documents/00000000000000000000000000000000/internal/../../policy/a.json",
                      "policy/../config.json", "records/state/\(String(repeating: "A", count: 64))", "keys/index/1/recovery.sealed"])
    func pathsThatAreNotVaultObjectsAreRefused(_ path: String) throws {
        #expect(!EntryAuthorization.isObjectPath(path))
    }

    @Test func aRefreshSupersedingAPathOutsideTheObjectsIsRefused() throws {
        let f = try InsiderFixture()
        let ana = try f.base.addMember("Ana", clearance: .internal)
        let name = try ana.log(LogAction(action: "refresh"), removed: ["documents/../config.json"])
        #expect(try VaultIndex.load(try f.admin()).refused[name] != nil)
        #expect(!(try f.admin().commitIndex().removed.contains("documents/../config.json")))
    }

    /// Review findings (denial of service): a planted keyring file, an entry
    /// with a huge sequence number, a contributor's part that does not open.
    @Test func aJunkKeyringFileStopsNothingAndCheckNamesIt() throws {
        let f = try InsiderFixture()
        try Data("junk".utf8).write(to: f.base.paths.keyring.appendingPathComponent("junk.json"))
        #expect(try DocumentCatalog(vault: try f.admin()).list().map(\.id) == ["INT-2014-044"])
        #expect(try f.problems().contains { $0.contains("keyring/junk.json") })
    }

    @Test func anEntryWithTheLargestSequenceNumberCrashesNothing() throws {
        let f = try InsiderFixture()
        let state = try f.base.addMember("Liaison", clearance: .state)
        try AuditLog(paths: f.base.paths).append(
            LogAction(action: "read"), actor: state.identity, vaultID: state.vaultID, keyring: state.keyring.fileHash,
            internalKey: try state.currentKey(.internal), heads: try VaultIndex.load(try f.admin()).heads, sequence: Int.max)
        try f.add(Array("---\nid: VR-1\nkind: visit-report\ndate: 2014-10-29\n---\nA visit.\n".utf8), as: try f.admin())
        #expect(try VaultIndex.load(try f.admin()).nextSequence < Int.max)
    }

    @Test func aContributorsPartThatDoesNotOpenStopsNoInternalReader() throws {
        let f = try InsiderFixture()
        let field = try f.base.addMember("Field", clearance: .contributor)
        let blind = try field.blindID("INT-9")
        let bytes = SecureRandom.bytes(count: 200)
        let name = Hex.encode(SHA256.hash(bytes))
        try DurableFile.write(bytes, to: f.base.paths.parts(blind: blind, level: .internal), name: name)
        try field.log(LogAction(action: "add", document: "INT-9", revision: 1), objects: ["documents/\(blind)/internal/\(name)"])
        #expect(try DocumentCatalog(vault: try f.admin()).list().map(\.id) == ["INT-2014-044"])
        #expect(!(try f.stateExport()).contains("Sadykov"))
        try f.add(Array("---\nid: VR-2\nkind: visit-report\ndate: 2014-10-29\n---\nA visit.\n".utf8), as: try f.admin())
        #expect(!(try f.problems()).isEmpty)
    }

    /// Review finding: the folder of a document is the oldest one the log
    /// commits objects in. After a removal starts index epoch 2, neither an
    /// empty folder planted under the epoch-2 name nor a contributor's copy of
    /// the document there takes its place.
    @Test func aNewerEpochsFolderForAnExistingIdTakesNothingOver() throws {
        let f = try InsiderFixture()
        _ = try f.base.addMember("Leaving", clearance: .state)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")
        let field = try f.base.addMember("Field", clearance: .contributor)
        let newer = try UnlockedVault.blindID("INT-2014-044", key: field.indexKey)
        try FileManager.default.createDirectory(at: f.base.paths.root.appendingPathComponent("attachments/\(newer)"), withIntermediateDirectories: true)
        let genuine = try DocumentCatalog(vault: try f.admin()).newest("INT-2014-044").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        #expect(genuine.contains("Aibek Sadykov"))
        // The contributor writes its own "INT-2014-044" into the epoch-2 folder.
        let text = Array("---\nid: INT-2014-044\nkind: interview\ndate: 2014-10-28\n---\nForged.\n".utf8)
        let paths = try DocumentStore(vault: field).writePart(.init(content: text, title: nil, facility: nil), level: .internal,
            document: "INT-2014-044", kind: "interview", date: "2014-10-28", revision: 1, revisionID: SecureRandom.bytes(count: 16),
            parents: [], contentTag: [UInt8](repeating: 0, count: 32), blind: newer, created: Timestamp.now())
        try field.log(LogAction(action: "add", document: "INT-2014-044", revision: 1), objects: paths)
        let admin = try f.admin()
        #expect(try DocumentCatalog(vault: admin).newest("INT-2014-044").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } == genuine)
        #expect(try DocumentCatalog(vault: admin).list().map(\.id) == ["INT-2014-044"])
        #expect(!(try f.stateExport()).contains("Sadykov"))
    }

    /// Review finding: a second contributor's entry made "apart" (naming old
    /// heads) for the folder of a contributor's document that an internal
    /// member has since projected does not make that document vanish.
    @Test func aRivalContributorCannotMakeAProjectedDocumentVanish() throws {
        let f = try InsiderFixture()
        let heads = try VaultIndex.load(try f.admin()).heads
        _ = try f.base.addMember("Field", clearance: .contributor)
        let rival = try f.base.addMember("Rival", clearance: .contributor)
        let first = try f.member("Field")
        try f.add(Array("---\nid: VR-9\nkind: visit-report\nlevel: state\ndate: 2014-10-29\n---\nA visit.\n".utf8), as: first)
        try f.add(Array("---\nid: VR-10\nkind: visit-report\nlevel: state\ndate: 2014-10-30\n---\nAnother.\n".utf8), as: try f.admin())
        let blind = try first.blindID("VR-9")
        let text = Array("---\nid: VR-9\nkind: visit-report\ndate: 2014-10-29\n---\nRival.\n".utf8)
        let paths = try DocumentStore(vault: rival).writePart(.init(content: text, title: nil, facility: nil), level: .internal,
            document: "VR-9", kind: "visit-report", date: "2014-10-29", revision: 1, revisionID: SecureRandom.bytes(count: 16),
            parents: [], contentTag: [UInt8](repeating: 0, count: 32), blind: blind, created: Timestamp.now())
        try AuditLog(paths: f.base.paths).append(
            LogAction(action: "add", document: "VR-9", revision: 1), objects: paths, actor: rival.identity, vaultID: rival.vaultID,
            keyring: try KeyringStore(paths: f.base.paths).current().fileHash, internalKey: try rival.currentKey(.internal),
            heads: heads, sequence: 5)
        let admin = try f.admin()
        #expect(try DocumentCatalog(vault: admin).list().map(\.id).contains("VR-9"))
        #expect(try DocumentCatalog(vault: admin).newest("VR-9").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("A visit."))
        #expect(try f.problems().contains { $0.contains("unauthorized: entry by Rival") })
    }

    /// Review finding: two policies set apart (neither saw the other) are
    /// not ordered by anything a writer controls; none is in force until an
    /// administrator sets the policy again.
    @Test func twoPoliciesSetApartPutNoneInForce() throws {
        let f = try InsiderFixture()
        let key = try MemberInvitation.create(in: f.base.paths, name: "Second admin", passphrase: try VaultFixture.passphrase("Second admin passphrase"),
                                              strength: .testOnlyFast)
        try MemberAdministration(vault: try f.admin()).add(name: "Second admin", key: key, clearance: .internal, administrator: true)
        let heads = try VaultIndex.load(try f.admin()).heads
        _ = try PolicyStore(paths: f.base.paths).set(yaml: ShippedPolicy.yaml + "\n# one\n", file: "one", by: try f.admin())
        let second = try f.member("Second admin")
        let body = PolicyStore.Body(vault: second.vaultID, sequence: 1, previous: nil, set: Timestamp.now(), setBy: second.member.fingerprint,
                                    yaml: ShippedPolicy.yaml + "\n# two\n")
        let path = try PolicyStore(paths: f.base.paths).store(body, signedBy: second.identity)
        try AuditLog(paths: f.base.paths).append(LogAction(action: "policy-set"), objects: [path], actor: second.identity, vaultID: second.vaultID,
                                                 keyring: second.keyring.fileHash, internalKey: try second.currentKey(.internal),
                                                 heads: heads, sequence: 50)
        #expect(throws: VaultError.self) { try PolicyStore(paths: f.base.paths).current(try f.admin()) }
        _ = try PolicyStore(paths: f.base.paths).set(yaml: ShippedPolicy.yaml + "\n# settled\n", file: "settled", by: try f.admin())
        #expect(try PolicyStore(paths: f.base.paths).current(try f.admin()).yaml.hasSuffix("# settled\n"))
    }
}

