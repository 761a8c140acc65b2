import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// `tamga handover execute` (issue 18): writes the hand-over package for the
/// successor and records the hand-over in this vault's log.
///
/// The successor's vault is made by the successor (`tamga init`), so none of
/// its secret keys is ever on this machine, and only the successor can put
/// documents into it (naming a folder needs its index key; a log entry needs
/// a member's key). So this writes a package (`HandoverPackage`): every
/// revision of each transferred document sealed to the successor's members,
/// the manifest signed by this vault's export key, and the certificate of
/// the successor's export key; `tamga handover accept` on the successor's
/// side checks and imports it.
///
/// Refused, with nothing written: when a document is due under the retention
/// schedule (destroy it first), a document folder cannot be read, or an
/// attachment of a transferred document would stay behind (a restricted
/// image, one the administrator cannot open: `HandoverAttachments`) and
/// `withoutAttachments` is not set (they must be left knowingly).
public struct HandoverExecution: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Outcome: Sendable {
        public let plan: HandoverPlan.Result
        public let manifest: HandoverManifest
        /// SHA-256 (hex) of the manifest's bytes, as the log records it.
        public let manifestHash: String
        public let folder: URL
        /// The `handover` log entry.
        public let entry: String
    }

    /// `carryUndeclared`: as for `HandoverPlan.plan`.
    public func execute(to invitations: [SuccessorInvitation], asOf: String, output: URL,
                        withoutAttachments: Bool = false, carryUndeclared: Bool = false) throws -> Outcome {
        // Planned under the lock: no consent change or addition can slip in between the plan and the package.
        try HandoverPlan.requireAdministrator(vault, doing: "executing a hand-over")
        // A day in the past would turn records the schedule makes due today
        // into transferred ones (review M5); `plan` may look at any day.
        let today = RetentionPeriod.string(Date())
        guard asOf >= today else {
            throw VaultError.invalidArgument("--as-of \(asOf) is before today (\(today), UTC): a hand-over is made on the day it is "
                + "made or later, so that the retention schedule of today applies (nothing was written)")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        let plan = try HandoverPlan(vault: vault).plan(to: invitations, asOf: asOf, carryUndeclared: carryUndeclared)
        let signing = try vault.requireExportSigning()
        guard plan.count(.due) == 0 else {
            throw VaultError.invalidArgument("\(plan.count(.due)) document(s) are due under the retention schedule on \(asOf): "
                + "run `tamga destroy --due` first, so that the manifest counts tombstones, not intentions (nothing was written)")
        }
        guard plan.unreadable == 0 else {
            throw VaultError.invalidArgument("\(plan.unreadable) document folder(s) could not be read (see `tamga check`); "
                + "nothing can be decided about them (nothing was written)")
        }
        let transferred = plan.items.filter { $0.disposition == .transferred }
        let (carried, notCarried) = try HandoverAttachments.collect(transferred.map(\.id), leaving: Set(transferred.flatMap(\.attachmentsLeftObjects)),
                                                                    vault: vault)
        if notCarried > 0, !withoutAttachments {
            throw VaultError.invalidArgument("\(notCarried) attachment(s) of transferred documents would stay here (restricted images, "
                + "photographs or other files tamga cannot read that declare nobody depicted, or ones you cannot open); pass "
                + "--without-attachments to hand over without them, or --carry-undeclared-attachments if the unread ones show and "
                + "name nobody without consent to transfer (nothing was written)")
        }
        let root = try packageFolder(output)
        let (documents, listed) = try histories(of: transferred.map(\.id), carried: carried)
        let payload = HandoverPackage.Payload(documents: documents, attachments: carried, consent: try consent(of: transferred.map(\.id)))
        let key = try SecureRandom.secretBytes(count: 32)
        var plaintext = Array(try JSONEncoder().encode(payload))
        defer { plaintext.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) } }
        let sealed = try XChaCha20Poly1305.seal(plaintext, using: key,
                                                authenticating: HandoverPackage.associatedData(former: vault.vaultID, successor: plan.successorVault))
        let former = try MinisignPublicKey(tamgaSigningKey: signing.publicKey)
        let successorKey = try invitations[0].exportPublicKey
        let manifest = HandoverManifest(
            format: HandoverManifest.formatName,
            former: .init(vault: vault.vaultID, exportKey: Hex.encode(signing.publicKey), exportKeyID: former.keyIDText),
            successor: .init(vault: plan.successorVault, exportKey: Hex.encode(invitations[0].exportKey), exportKeyID: successorKey.keyIDText),
            recipients: plan.recipients, asOf: asOf, created: Timestamp.now(), transferred: listed,
            withheld: plan.count(.withheld), destroyed: plan.destroyedBefore, attachmentsNotCarried: notCarried,
            payload: Hex.encode(SHA256.hash(sealed)))
        let manifestBytes = try manifest.encoded()
        let manifestHash = Hex.encode(SHA256.hash(manifestBytes))
        let signer = try MinisignSigner(keyPair: signing)
        let certificate = Array(try HandoverPackage.certificateText(manifest, manifestHash: manifestHash).utf8)

        let parent = root.deletingLastPathComponent()
        try DurableFile.makeDirectory(parent)
        let staging = parent.appendingPathComponent(".tamga-handover-\(UInt64.random(in: .min ... .max))")
        do {
            try DurableFile.write(manifestBytes, to: staging, name: HandoverPackage.manifest)
            try DurableFile.write(Array(try signer.sign(manifestBytes, trustedComment: "tamga-handover manifest sha256:\(manifestHash) "
                + "from:\(vault.vaultID.prefix(16)) to:\(plan.successorVault.prefix(16))").text.utf8), to: staging, name: HandoverPackage.manifestSignature)
            try DurableFile.write(sealed, to: staging, name: HandoverPackage.payload)
            let keys = SealedKeyFolder(staging.appendingPathComponent(HandoverPackage.keys))
            for invitation in invitations {
                try keys.seal(key, to: invitation.member.encryptionKey, holder: invitation.member.fingerprint)
            }
            try DurableFile.write(certificate, to: staging, name: HandoverPackage.certificate)
            try DurableFile.write(Array(try signer.sign(certificate, trustedComment: try HandoverPackage.certificateComment(manifest)).text.utf8),
                                  to: staging, name: HandoverPackage.certificateSignature)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        // Logged before the package takes its name: a package that leaves
        // is always in the log; a failure after this leaves an entry for a
        // package that was not written, the safe direction for a record of
        // what left (as `SignedDelivery` does for standard output).
        let withheld = plan.items.filter { $0.disposition == .withheld }.map(\.id)
        let entry: String
        do {
            // The persons, so that `tamga log --person` finds the hand-over of their records.
            var action = LogAction(action: "handover", hash: manifestHash, persons: Array(Set(transferred.flatMap(\.persons))).sorted(),
                                   note: "to vault \(plan.successorVault); transferred: \(transferred.map(\.id).joined(separator: ",")); "
                                       + "withheld: \(withheld.joined(separator: ","))")
            action.transferred = Dictionary(uniqueKeysWithValues: transferred.map { ($0.id, $0.persons) })
            entry = try vault.log(action)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        do {
            guard rename(staging.path, root.path) == 0 else { throw StorageError(operation: "rename", path: root.path, code: errno) }
            try DurableFile.syncDirectory(parent)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw VaultError.invalidArgument("the log records the hand-over (entry \(entry.prefix(12))) but its package could not be "
                + "written to \(root.path); nothing left this machine: run `tamga handover execute` again")
        }
        return Outcome(plan: plan, manifest: manifest, manifestHash: manifestHash, folder: root, entry: entry)
    }

    /// The new folder the package goes to, outside the vault.
    private func packageFolder(_ output: URL) throws -> URL {
        let root = output.standardizedFileURL
        guard !(root.path + "/").hasPrefix(vault.paths.root.standardizedFileURL.path + "/") else {
            throw VaultError.invalidArgument("the package must go outside the vault folder")
        }
        guard !FileManager.default.fileExists(atPath: root.path) else {
            throw VaultError.invalidArgument("\(root.path) exists: the package is written to a new folder")
        }
        return root
    }

    /// Every revision of each document for the payload, and its hashes (and
    /// its carried attachments' hashes) for the manifest.
    private func histories(of ids: [String], carried: [HandoverPackage.Payload.Attachment])
        throws -> ([HandoverPackage.Payload.Document], [HandoverManifest.Document]) {
        let catalog = DocumentCatalog(vault: vault)
        var documents: [HandoverPackage.Payload.Document] = [], listed: [HandoverManifest.Document] = []
        for id in ids {
            var revisions: [HandoverPackage.Payload.Revision] = [], hashes: [HandoverManifest.Revision] = []
            for revision in try catalog.history(id, level: .internal) {
                let source = revision.content.withUnsafeBytes { Array($0) }
                revisions.append(.init(revision: revision.metadata.revision, source: Data(source).base64EncodedString()))
                hashes.append(.init(revision: revision.metadata.revision, sha256: Hex.encode(SHA256.hash(source))))
            }
            documents.append(.init(id: id, revisions: revisions))
            listed.append(.init(id: id, revisions: hashes, attachments: carried.filter { $0.document == id }.map(\.sha256)))
        }
        return (documents, listed)
    }

    /// Consent to be named, in force here, of each person the documents declare (any revision).
    private func consent(of ids: [String]) throws -> [String: [String: Bool]] {
        let index = try VaultIndex.load(vault)
        let declared = Set(index.documents.filter { ids.contains($0.entry?.id ?? "") }.flatMap { $0.declarations.map(\.id) })
        let registry = try RedactionContext.load(vault, loading: .none).registry
        var result: [String: [String: Bool]] = [:]
        for id in declared.sorted() {
            guard let person = registry.persons[id] else { continue }
            result[id] = Dictionary(uniqueKeysWithValues: [Audience.state, .public].map { ($0.rawValue, person.consent.contains($0)) })
        }
        return result
    }
}
