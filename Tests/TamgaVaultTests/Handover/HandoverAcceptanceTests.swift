import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// `tamga handover accept` and `close` (issue 18) against a package changed
/// on its way, the wrong key, the wrong vault or member, and insiders: each
/// refused with nothing written in the successor's vault.
@Suite struct HandoverAcceptanceTests {
    /// A former vault with INT-2014-044 (D-0042 consented to transfer), a
    /// successor vault, and the package written for it.
    final class Setting: @unchecked Sendable {
        let former = try! InsiderFixture()
        let successor = try! VaultFixture()
        let invitation: SuccessorInvitation
        let package: URL
        let formerKey: MinisignPublicKey

        init(consent: Bool = true, withoutAttachments: Bool = false, prepare: (InsiderFixture) throws -> Void = { _ in }) throws {
            invitation = try SuccessorInvitation.make(in: try successor.unlock())
            if consent { try HandoverPlanTests.transferConsent(try former.admin(), "D-0042") }
            try prepare(former)
            package = former.base.folder.url.appendingPathComponent("package")
            let outcome = try HandoverExecution(vault: try former.admin()).execute(to: [invitation], asOf: "2026-12-06", output: package,
                                                                                    withoutAttachments: withoutAttachments)
            formerKey = try MinisignPublicKey(tamgaSigningKey: Hex.decode(outcome.manifest.former.exportKey))
        }

        func accept(_ vault: UnlockedVault? = nil, key: MinisignPublicKey? = nil) throws -> HandoverAcceptance.Outcome {
            try HandoverAcceptance(vault: vault ?? successor.unlock()).accept(package: package, formerKey: key ?? formerKey)
        }

        /// What the successor's vault holds: log entries and document folders.
        func successorState() -> (log: Int, documents: Int) {
            (VaultPaths.fileNames(in: successor.paths.log).count, VaultPaths.fileNames(in: successor.paths.documents).count)
        }

        func edit(_ name: String, _ change: (inout [UInt8]) -> Void) throws {
            let url = package.appendingPathComponent(name)
            var bytes = try DurableFile.readAll(url)
            change(&bytes)
            try Data(bytes).write(to: url)
        }
    }

    @Test func anAcceptedPackageImportsEachRevisionAndTheFormerBodyRecordsTheCountersignature() throws {
        let s = try Setting()
        let outcome = try s.accept()
        #expect(outcome.documents == 1 && outcome.revisions == 1)
        let text = try DocumentCatalog(vault: try s.successor.unlock()).newest("INT-2014-044", level: .internal)
            .content.withUnsafeBytes { Array($0) }
        #expect(text == s.former.interview)
        let closed = try HandoverClosing(vault: try s.former.admin()).close(package: s.package)
        #expect(closed.manifestHash == outcome.manifestHash)
        #expect(throws: VaultError.self) { try HandoverClosing(vault: try s.former.admin()).close(package: s.package) }
        #expect(try s.former.problems().isEmpty)
    }

    @Test(arguments: ["manifest", "payload", "certificate", "key", "formerKey", "sealedKey"])
    func aPackageChangedOnItsWayIsRefusedWithNothingWritten(_ change: String) throws {
        let s = try Setting()
        let before = s.successorState()
        var key: MinisignPublicKey?
        switch change {
        case "manifest":
            // The count of withheld records, made to look smaller.
            try s.edit(HandoverPackage.manifest) { bytes in
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"withheld\" : 0", with: "\"withheld\" : 7").utf8)
            }
        case "payload":
            try s.edit(HandoverPackage.payload) { $0[$0.count / 2] ^= 1 }
        case "certificate":
            // Another successor key named in the certificate text.
            try s.edit(HandoverPackage.certificate) { bytes in
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "exports are signed", with: "exports are signed only").utf8)
            }
        case "key":
            // A manifest the successor's own key signed: not the former body's key.
            key = try MinisignPublicKey(tamgaSigningKey: Hex.decode(try s.successor.unlock().keyring.body.signingKey))
        case "formerKey":
            // Signed by another NPM's key altogether: that key verifies nothing here.
            key = try MinisignPublicKey(tamgaSigningKey: SigningKeyPair.generate().publicKey)
        default:
            try FileManager.default.removeItem(at: s.package.appendingPathComponent("keys"))
        }
        #expect(throws: VaultError.self, "\(change)") { try s.accept(key: key) }
        #expect(s.successorState() == before, "\(change): the successor's vault changed")
        #expect(!FileManager.default.fileExists(atPath: s.package.appendingPathComponent(HandoverPackage.acceptance).path))
    }

    @Test func aForgedPayloadUnderTheRightKeyWithAnUpdatedHashStillFailsTheManifestSignature() throws {
        let s = try Setting()
        // Someone who can open the payload (a recipient) re-seals it with an
        // extra revision and updates the manifest's payload hash: the manifest
        // no longer verifies with the former body's key.
        let manifest = try JSONDecoder().decode(HandoverManifest.self, from: Data(try DurableFile.readAll(s.package.appendingPathComponent(HandoverPackage.manifest))))
        let forged = HandoverManifest(format: manifest.format, former: manifest.former, successor: manifest.successor, recipients: manifest.recipients,
                                      asOf: manifest.asOf, created: manifest.created, transferred: manifest.transferred, withheld: manifest.withheld,
                                      destroyed: manifest.destroyed, attachmentsNotCarried: manifest.attachmentsNotCarried,
                                      payload: String(repeating: "0", count: 64))
        try Data(try forged.encoded()).write(to: s.package.appendingPathComponent(HandoverPackage.manifest))
        let before = s.successorState()
        #expect(throws: VaultError.self) { try s.accept() }
        #expect(s.successorState() == before)
    }

    @Test(arguments: [("state member", Clearance.state), ("contributor", .contributor), ("internal, not administrator", .internal)])
    func onlyTheAdministratorItIsSealedToAccepts(_ label: String, _ clearance: Clearance) throws {
        let s = try Setting()
        let member = try s.successor.addMember("Member", clearance: clearance)
        let before = s.successorState()
        #expect(throws: VaultError.self, "\(label)") { try s.accept(member) }
        #expect(s.successorState() == before)
    }

    /// An attachment goes with its document, byte for byte, with what was
    /// said of it and every black-out, so no export by the successor shows
    /// what the former body blacked out; a restricted image stays.
    @Test func attachmentsGoWithTheirBlackOutsAndARestrictedImageStays() throws {
        let photo = AttachmentFixture.photoBytes(70_000)
        let s = try Setting(withoutAttachments: true) { former in
            let admin = try former.admin()
            let folder = former.base.folder.url
            let file = folder.appendingPathComponent("cell-14.jpg"), intimate = folder.appendingPathComponent("exam.jpg")
            try Data(photo).write(to: file)
            try Data(AttachmentFixture.photoBytes(3_000)).write(to: intimate)
            let stored = try EvidenceAttachment(vault: admin).attach(.init(documentID: "INT-2014-044", files: [file], details: AttachmentRequest(
                level: .state, depicts: ["D-0042"], consent: ["state"], caption: "cell 14, east wall")))
            _ = try EvidenceAttachment(vault: admin).attach(.init(documentID: "INT-2014-044", files: [intimate],
                                                                  details: AttachmentRequest(restricted: true)))
            let lock = try VaultLock(vault: admin.paths.root)
            admin.holdingWriteLock(lock)
            try AttachmentRedaction(object: stored[0].stored.object, audience: .state,
                                    regions: [RedactionRegion(x: 10, y: 20, width: 30, height: 40)]).record(for: "INT-2014-044", in: admin)
            withExtendedLifetime(lock) {}
        }
        let manifest = try JSONDecoder().decode(HandoverManifest.self,
                                                from: Data(try DurableFile.readAll(s.package.appendingPathComponent(HandoverPackage.manifest))))
        #expect(manifest.attachmentsNotCarried == 1 && manifest.transferred[0].attachments == [AttachmentFixture.sha256(photo)])
        let outcome = try s.accept()
        #expect(outcome.attachments == 1)
        let successor = try s.successor.unlock()
        let items = try AttachmentCatalog(vault: successor).list("INT-2014-044").items
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect(item.metadata.fileName == "cell-14.jpg" && item.metadata.evidence?.release == "state"
                && item.metadata.evidence?.depicts == ["D-0042"] && item.metadata.evidence?.consent == ["state"]
                && item.metadata.evidence?.caption == "cell 14, east wall", "\(item.metadata)")
        var bytes: [UInt8] = []
        _ = try AttachmentRetrieval(vault: successor).read(item) { bytes.append(contentsOf: $0) }
        #expect(bytes == photo)
        let redactions = try AttachmentRedaction.all(for: item.object, in: successor)
        #expect(redactions == [AttachmentRedaction(object: item.object, audience: .state,
                                                   regions: [RedactionRegion(x: 10, y: 20, width: 30, height: 40)])])
        // Run again without its countersignature (as after an interruption): nothing is attached twice.
        try FileManager.default.removeItem(at: s.package.appendingPathComponent(HandoverPackage.acceptance))
        #expect(try s.accept().attachments == 0)
        #expect(try AttachmentCatalog(vault: try s.successor.unlock()).list("INT-2014-044").items.count == 1)
        // Without --without-attachments, the restricted image stops the hand-over.
        #expect {
            try Setting { former in
                let file = former.base.folder.url.appendingPathComponent("exam.jpg")
                try Data(AttachmentFixture.photoBytes(3_000)).write(to: file)
                _ = try EvidenceAttachment(vault: try former.admin()).attach(.init(documentID: "INT-2014-044", files: [file],
                                                                                   details: AttachmentRequest(restricted: true)))
            }
        } throws: { "\($0)".contains("--without-attachments") }
    }

    /// An accept interrupted after its entry and its first document is
    /// resumed by running it again: the entry is not written twice, the
    /// revisions already here are skipped, the rest added in order.
    @Test func anInterruptedAcceptIsResumedAndNeverMixesInRevisionsThePackageDoesNotHold() throws {
        let second = String(decoding: try InsiderFixture().interview, as: UTF8.self) + "\nA follow-up note.\n"
        let s = try Setting { former in
            try former.add(Array(second.utf8), as: try former.admin())
            try former.add(Array("---\nid: VR-2\nkind: visit-report\ndate: 2014-10-30\n---\nA visit.\n".utf8), as: try former.admin())
        }
        let successor = try s.successor.unlock()
        let manifest = try DurableFile.readAll(s.package.appendingPathComponent(HandoverPackage.manifest))
        // What an accept killed after its first revision leaves behind.
        try successor.log(LogAction(action: "handover-accept", hash: Hex.encode(SHA256.hash(manifest))))
        let policy = try PolicyStore(paths: successor.paths).current(successor).policy
        let first = try DocumentParser.parse(s.former.interview, file: "test").validated(against: policy)
        _ = try DocumentAddition(vault: successor).add([(first, s.former.interview)])
        let outcome = try s.accept()
        #expect(outcome.revisions == 2, "the second revision of INT-2014-044 and VR-2")
        let history = try DocumentCatalog(vault: try s.successor.unlock()).history("INT-2014-044", level: .internal)
        #expect(history.map { $0.content.withUnsafeBytes { Array($0) } } == [s.former.interview, Array(second.utf8)])
        #expect(try AuditTrail(vault: try s.successor.unlock()).list().lines.filter { $0.action?.action == "handover-accept" }.count == 1)
        #expect(throws: VaultError.self) { try s.accept() }

        // A vault that holds another revision under a transferred id is not "resumed" into.
        let t = try Setting()
        let other = try t.successor.unlock()
        try other.log(LogAction(action: "handover-accept",
                                hash: Hex.encode(SHA256.hash(try DurableFile.readAll(t.package.appendingPathComponent(HandoverPackage.manifest))))))
        let changed = Array((String(decoding: t.former.interview, as: UTF8.self) + "\nNot the former body's text.\n").utf8)
        _ = try DocumentAddition(vault: other).add([(try DocumentParser.parse(changed, file: "x").validated(against: policy), changed)])
        let before = t.successorState()
        #expect { try t.accept() } throws: { "\($0)".contains("holds revisions here that the package does not") }
        #expect(t.successorState() == before)
    }

    /// The certificate vouches for the successor's export key of the
    /// invitation; once that key is replaced, the package certifies a key
    /// that no longer signs anything: refused, a new invitation is needed.
    @Test func aPackageForAnExportKeyTheSuccessorReplacedSinceIsRefused() throws {
        let s = try Setting()
        try s.successor.addMember("Clerk", clearance: .state)
        _ = try MemberChange(vault: try s.successor.unlock()).remove(name: "Clerk")
        let before = s.successorState()
        #expect { try s.accept() } throws: { "\($0)".contains("new `tamga handover invitation`") }
        #expect(s.successorState() == before)
    }

    @Test func anotherVaultCannotAcceptAPackageMadeForTheSuccessor() throws {
        let s = try Setting()
        let other = try VaultFixture()
        let before = VaultPaths.fileNames(in: other.paths.log).count
        #expect(throws: VaultError.self) { try s.accept(try other.unlock()) }
        #expect(VaultPaths.fileNames(in: other.paths.log).count == before)
    }

    @Test func aCountersignatureByAnotherKeyIsNotRecordedAndNeitherIsAForeignManifest() throws {
        let s = try Setting()
        _ = try s.accept()
        // The countersignature replaced by one made with another key.
        let manifest = try DurableFile.readAll(s.package.appendingPathComponent(HandoverPackage.manifest))
        let other = try MinisignSigner(keyPair: SigningKeyPair.generate()).sign(manifest, trustedComment: "tamga-handover accepted")
        try Data(other.text.utf8).write(to: s.package.appendingPathComponent(HandoverPackage.acceptance))
        #expect(throws: VaultError.self) { try HandoverClosing(vault: try s.former.admin()).close(package: s.package) }
        // A package this vault never wrote.
        let stranger = try Setting()
        _ = try stranger.accept()
        #expect(throws: VaultError.self) { try HandoverClosing(vault: try s.former.admin()).close(package: stranger.package) }
        #expect(!(try AuditTrail(vault: try s.former.admin()).list().lines.contains { $0.action?.action == "handover-accepted" }))
    }

    @Test(arguments: [Clearance.state, .contributor, .internal])
    func aHandOverEntrySignedByAnyoneButAnAdministratorCountsForNothing(_ clearance: Clearance) throws {
        let s = try Setting()
        let insider = try s.former.base.addMember("Insider", clearance: clearance)
        for action in ["handover", "handover-accepted"] {
            try insider.log(LogAction(action: action, hash: String(repeating: "a", count: 64)))
        }
        let problems = try s.former.problems()
        #expect(problems.filter { $0.contains("unauthorized: entry by Insider") }.count == 2, "\(problems)")
    }

    @Test func aWithdrawalOfConsentToBeNamedAtTheFormerBodyStaysAWithdrawalAfterTheHandOver() throws {
        let former = try VaultFixture()
        let admin = { try former.unlock() }
        // The interview's front matter says the detainee consented to be named to the State...
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/INT-2014-044.md")
        let text = String(decoding: try DurableFile.readAll(url), as: UTF8.self).replacingOccurrences(of: "consent: []", with: "consent: [state]")
        let policy = try PolicyStore(paths: former.paths).current(try admin()).policy
        let document = try DocumentParser.parse(Array(text.utf8), file: "test").validated(against: policy)
        _ = try DocumentAddition(vault: try admin()).add([(document, Array(text.utf8))])
        // ...who withdrew it later, recorded in the former body's log.
        _ = try ConsentRecording(vault: try admin()).record(.init(personID: "D-0042", audience: .state, granted: false,
                                                                   date: "2015-01-10", obtainedBy: "Admin"))
        try HandoverPlanTests.transferConsent(try admin(), "D-0042")
        let successor = try VaultFixture()
        let invitation = try SuccessorInvitation.make(in: try successor.unlock())
        let package = former.folder.url.appendingPathComponent("package")
        let executed = try HandoverExecution(vault: try admin()).execute(to: [invitation], asOf: "2026-12-06", output: package)
        let outcome = try HandoverAcceptance(vault: try successor.unlock()).accept(
            package: package, formerKey: try MinisignPublicKey(tamgaSigningKey: Hex.decode(executed.manifest.former.exportKey)))
        #expect(outcome.consentCarried == 1)
        let registry = try RedactionContext.load(try successor.unlock(), loading: .none).registry
        #expect(registry.persons["D-0042"]?.consent == [])
        let state = try ExportService(vault: try successor.unlock(), documents: ["INT-2014-044"])
            .export(["INT-2014-044"], for: .state, as: .markdown)[0].export.text
        #expect(!state.contains("Sadykov"), "a withdrawal at the former body was undone by the hand-over")
    }
}
