import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga handover accept` (issue 18), on the successor's side: checks a
/// hand-over package against the former body's published export key, then
/// imports it into the successor's own vault and countersigns the manifest.
///
/// Checked before anything is written, each refusal naming what failed:
/// the manifest's signature by the former export key the member was given
/// out of band (a manifest edited, or signed by anyone else, is refused);
/// the certificate's signature; that the package is for this vault, this
/// vault's export key and this member; the payload's SHA-256; that the
/// sealed payload opens with this member's key and holds exactly the
/// documents and revisions the manifest lists, each source hashing as
/// listed and valid under this vault's policy; that every recipient is an
/// active administrator cleared internal here; that the certificate's
/// trusted comment is the certificate's; the persons and consent it brings
/// (`HandoverPersons`), the registry and recommendation ids the import
/// makes (`dryRun`); that its completion is not logged; and that no such
/// document id is in this vault yet (unless an interrupted accept of this
/// very package is resumed). Then, in order: a `handover-accept` entry (the
/// successor's log, and so its disclosure ledger, starts from the hand-over
/// it records), each revision added as `tamga add` adds it (its parts
/// projected under this vault's policy), each attachment attached with its
/// black-outs (`HandoverAttachments`), the former body's consent to be
/// named carried over where it differs (a withdrawal there stays a
/// withdrawal here; on a resume, not for persons whose consent changed
/// here since the entry), `handover-accept-complete`, and the
/// countersignature.
public struct HandoverAcceptance: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Outcome: Sendable {
        public let manifest: HandoverManifest
        public let manifestHash: String
        /// The `handover-accept` log entry.
        public let entry: String
        public let documents: Int
        public let revisions: Int
        /// Consent events recorded to match the former body's.
        public let consentCarried: Int
        /// Attachments stored (with their black-outs).
        public let attachments: Int
        /// Who the package was sealed to: this vault's administrators, by name and fingerprint.
        public let recipients: [String]
    }

    public func accept(package folder: URL, formerKey: MinisignPublicKey) throws -> Outcome {
        try HandoverPlan.requireAdministrator(vault, doing: "accepting a hand-over")
        let signing = try vault.requireExportSigning()
        let (manifest, manifestBytes) = try Self.verifiedManifest(in: folder, formerKey: formerKey)
        let manifestHash = Hex.encode(SHA256.hash(manifestBytes))
        guard manifest.successor.vault == vault.vaultID else {
            throw VaultError.invalidArgument("this package was made for another vault (\(manifest.successor.vault.prefix(16))…), not this one")
        }
        // The key the certificate vouches for must be the one that signs this
        // vault's exports from now on (and the countersignature `close` checks).
        guard vault.keyring.body.signingKey == manifest.successor.exportKey else {
            throw VaultError.invalidArgument("the package certifies export key \(manifest.successor.exportKeyID), which is not this vault's "
                + "export key now (it was replaced since the invitation): send a new `tamga handover invitation` and ask for a new package")
        }
        guard manifest.recipients.contains(vault.member.fingerprint) else {
            throw VaultError.invalidArgument("the package is not sealed to you; it is for "
                + manifest.recipients.map { Fingerprint.grouped($0) }.joined(separator: ", "))
        }
        // The invitation's checksum is unkeyed: a `--to` line added on the
        // way would seal the payload to an outsider too (review M2).
        let members = vault.keyring.body.members
        let strangers = manifest.recipients.filter { recipient in
            !members.contains { $0.fingerprint == recipient && $0.active && $0.administrator && $0.clearance == .internal }
        }
        guard strangers.isEmpty else {
            throw VaultError.invalidArgument("the package is also sealed to "
                + strangers.map { Fingerprint.grouped($0) }.joined(separator: ", ")
                + ", not an active administrator cleared internal of this vault: whoever that is can open it. Refused, nothing was "
                + "imported; tell the former body, and ask for a new package sealed only to this vault's administrators")
        }
        try Self.verifyCertificate(in: folder, manifest: manifest, manifestHash: manifestHash, formerKey: formerKey)
        let sealed = try Self.read(folder, HandoverPackage.payload)
        guard Hex.encode(SHA256.hash(sealed)) == manifest.payload else {
            throw VaultError.invalidArgument("\(HandoverPackage.payload) is not the payload the signed manifest names (it was replaced or damaged)")
        }
        guard let key = try? SealedKeyFolder(folder.appendingPathComponent(HandoverPackage.keys))
            .open(holder: vault.member.fingerprint, with: vault.identity.encryption) else {
            throw VaultError.invalidArgument("keys/\(vault.member.fingerprint).sealed is missing or does not open with your key")
        }
        let plaintext: SecretBytes
        do {
            plaintext = try XChaCha20Poly1305.open(sealed, using: key, authenticating: HandoverPackage.associatedData(
                former: manifest.former.vault, successor: manifest.successor.vault))
        } catch {
            throw VaultError.invalidArgument("\(HandoverPackage.payload) does not open with the key sealed to you")
        }
        let payload = try plaintext.withUnsafeBytes { try JSONDecoder().decode(HandoverPackage.Payload.self, from: Data($0)) }
        let revisions = try checkedRevisions(payload, against: manifest)
        let attachmentBytes = try HandoverAttachments.checked(payload.attachments, against: manifest)
        // Completion is in this vault's log, not in the folder: another
        // recipient's copy, the original stick or a deleted countersignature
        // must not run the import (and its consent) again (review H3).
        let lines = try AuditTrail(vault: vault).list().lines
        let earlier = lines.first { $0.action?.action == "handover-accept" && $0.action?.hash == manifestHash }?.entry
        let complete = lines.contains { $0.action?.action == Self.completeAction && $0.action?.hash == manifestHash }
        if complete || (earlier != nil && Self.countersigned(folder, manifestBytes, exportKey: signing.publicKey)) {
            if !Self.countersigned(folder, manifestBytes, exportKey: signing.publicKey) {
                try countersign(manifestBytes, manifestHash: manifestHash, in: folder, signing: signing)
                throw VaultError.invalidArgument("this hand-over was accepted already (manifest \(manifestHash.prefix(16))…); "
                    + "nothing was imported, and its countersignature was written to the folder again")
            }
            throw VaultError.invalidArgument("this hand-over was accepted already (manifest \(manifestHash.prefix(16))…)")
        }
        let persons = HandoverPersons(vault: vault)
        try persons.check(revisions, consent: payload.consent, transferred: Set(manifest.transferred.map(\.id)))
        // An accept interrupted after its entry (a crash, a full disk) is
        // resumed: the entry is not written twice, and the revisions already
        // here must be the package's first ones.
        let pending = try pendingRevisions(revisions, resuming: earlier != nil)
        try Self.dryRun(pending, all: revisions, attachments: payload.attachments, transferred: Set(manifest.transferred.map(\.id)),
                        vault: vault)
        let entry = try earlier ?? { () throws -> String in
            // Released before the additions, which take the lock themselves.
            let lock = try VaultLock(vault: vault.paths.root)
            vault.holdingWriteLock(lock)
            defer { withExtendedLifetime(lock) {} }
            return try vault.log(LogAction(action: "handover-accept", hash: manifestHash,
                                           note: "from vault \(manifest.former.vault), export key \(manifest.former.exportKeyID); "
                                               + "\(manifest.transferred.count) transferred, \(manifest.withheld) withheld, "
                                               + "\(manifest.destroyed) destroyed before"))
        }()
        // Every document's revisions in one addition: the rules run on what stays (review 37 H-1).
        _ = try DocumentAddition(vault: vault).add(histories: Self.histories(pending), force: true, refresh: false)
        let attached = try HandoverAttachments.store(payload.attachments, bytes: attachmentBytes, resuming: earlier != nil, vault: vault)
        // On a resume, a person whose consent was recorded here since the entry keeps it.
        let carried = try persons.carry(payload.consent, asOf: manifest.asOf, from: manifest.former.vault, manifestHash: manifestHash,
                                        skip: try persons.changedSince(entry, manifestHash: manifestHash))
        do {
            let lock = try VaultLock(vault: vault.paths.root)
            vault.holdingWriteLock(lock)
            defer { withExtendedLifetime(lock) {} }
            // One re-projection for the whole import and its consent (review
            // 37 M-4), before the completion: a run cut short before it is
            // resumed, and the resume re-projects.
            _ = try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none)).refresh()
            _ = try vault.log(LogAction(action: Self.completeAction, hash: manifestHash,
                                    note: "\(pending.count) revision(s) and \(attached) attachment(s) added by this run"))
        }
        try countersign(manifestBytes, manifestHash: manifestHash, in: folder, signing: signing)
        return Outcome(manifest: manifest, manifestHash: manifestHash, entry: entry, documents: manifest.transferred.count,
                       revisions: pending.count, consentCarried: carried, attachments: attached,
                       recipients: manifest.recipients.map { recipient in
                           let name = members.first { $0.fingerprint == recipient }?.displayName ?? ""
                           return "\(name) \(Fingerprint.grouped(recipient))"
                       })
    }

    /// The manifest, once its signature verifies with `formerKey` and it names that key.
    static func verifiedManifest(in folder: URL, formerKey: MinisignPublicKey) throws -> (HandoverManifest, [UInt8]) {
        let bytes = try read(folder, HandoverPackage.manifest)
        let signature = try read(folder, HandoverPackage.manifestSignature)
        do {
            try formerKey.verify(try MinisignSignature(text: String(decoding: signature, as: UTF8.self)), for: bytes)
        } catch {
            throw VaultError.invalidArgument("the manifest's signature does not verify with the former body's key "
                + "\(formerKey.keyIDText): it was changed, or signed by someone else (\(error))")
        }
        guard let manifest = try? JSONDecoder().decode(HandoverManifest.self, from: Data(bytes)),
              manifest.format == HandoverManifest.formatName else {
            throw VaultError.invalidArgument("the manifest is not a \(HandoverManifest.formatName) manifest")
        }
        guard manifest.former.exportKey == Hex.encode(formerKey.publicKey) else {
            throw VaultError.invalidArgument("the manifest names another former export key than the one given")
        }
        return (manifest, bytes)
    }

    /// Checks the certificate's signature, its trusted comment (review M3)
    /// and its text against the manifest; returns the trusted comment.
    @discardableResult
    static func verifyCertificate(in folder: URL, manifest: HandoverManifest, manifestHash: String, formerKey: MinisignPublicKey) throws -> String {
        let text = try read(folder, HandoverPackage.certificate)
        let signature: MinisignSignature
        do {
            signature = try MinisignSignature(text: String(decoding: try read(folder, HandoverPackage.certificateSignature), as: UTF8.self))
            try formerKey.verify(signature, for: text)
        } catch {
            throw VaultError.invalidArgument("\(HandoverPackage.certificate)'s signature does not verify with the former body's key")
        }
        let comment = try HandoverPackage.certificateComment(manifest)
        guard signature.trustedComment == comment else {
            throw VaultError.invalidArgument("\(HandoverPackage.certificate) is signed with the trusted comment `\(signature.trustedComment)`, "
                + "not `\(comment)`: it is no certificate (an export, or a file someone signed)")
        }
        guard text == Array(try HandoverPackage.certificateText(manifest, manifestHash: manifestHash).utf8) else {
            throw VaultError.invalidArgument("\(HandoverPackage.certificate) does not certify the export key the manifest names")
        }
        return comment
    }

    /// Every revision of the payload, decoded and validated under this
    /// vault's policy, in order; the payload must hold exactly what the
    /// manifest lists, each source hashing as listed.
    private func checkedRevisions(_ payload: HandoverPackage.Payload, against manifest: HandoverManifest) throws -> [(Document, [UInt8])] {
        guard payload.documents.map(\.id) == manifest.transferred.map(\.id) else {
            throw VaultError.invalidArgument("the payload's documents are not the ones the manifest lists")
        }
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        var result: [(Document, [UInt8])] = []
        for (sent, listed) in zip(payload.documents, manifest.transferred) {
            guard sent.revisions.map(\.revision) == listed.revisions.map(\.revision) else {
                throw VaultError.invalidArgument("\(listed.id): the payload's revisions are not the ones the manifest lists")
            }
            for (revision, hash) in zip(sent.revisions, listed.revisions) {
                guard let data = Data(base64Encoded: revision.source), Hex.encode(SHA256.hash(Array(data))) == hash.sha256 else {
                    throw VaultError.invalidArgument("\(listed.id) revision \(revision.revision) does not hash as the manifest says")
                }
                let source = Array(data)
                let document = try DocumentParser.parse(source, file: "\(listed.id) (revision \(revision.revision))").validated(against: policy)
                guard document.id == listed.id else {
                    throw VaultError.invalidArgument("\(listed.id) revision \(revision.revision) declares another id")
                }
                result.append((document, source))
            }
        }
        return result
    }

    /// The revisions still to add, in order. A first accept needs every id
    /// absent here; a resumed one skips, per document, the revisions already
    /// here, which must be the package's first ones. Consecutive revisions
    /// with the same source are one (`DocumentStore.add` adds nothing for the
    /// second).
    private func pendingRevisions(_ revisions: [(Document, [UInt8])], resuming: Bool) throws -> [(Document, [UInt8])] {
        let store = DocumentStore(vault: vault), catalog = DocumentCatalog(vault: vault)
        var ids: [String] = [], byID: [String: [(Document, [UInt8])]] = [:]
        for revision in revisions {
            if byID[revision.0.id] == nil { ids.append(revision.0.id) }
            byID[revision.0.id, default: []].append(revision)
        }
        var pending: [(Document, [UInt8])] = []
        for id in ids {
            var collapsed: [(Document, [UInt8])] = []
            for revision in byID[id] ?? [] where collapsed.last?.1 != revision.1 { collapsed.append(revision) }
            let here = try store.exists(id)
                ? try catalog.history(id, level: .internal).map { $0.content.withUnsafeBytes { Array($0) } } : []
            guard here.isEmpty || resuming else { throw VaultError.invalidArgument("\(id) is already in this vault; nothing was imported") }
            guard here.count <= collapsed.count, zip(here, collapsed).allSatisfy({ $0 == $1.1 }) else {
                throw VaultError.invalidArgument("\(id) holds revisions here that the package does not; nothing more was imported")
            }
            pending += collapsed.dropFirst(here.count)
        }
        return pending
    }

    /// Whether the package holds this vault's countersignature of the manifest.
    static func countersigned(_ folder: URL, _ manifest: [UInt8], exportKey: [UInt8]) -> Bool {
        guard let text = try? read(folder, HandoverPackage.acceptance),
              let signature = try? MinisignSignature(text: String(decoding: text, as: UTF8.self)),
              let key = try? MinisignPublicKey(tamgaSigningKey: exportKey) else { return false }
        return (try? key.verify(signature, for: manifest)) != nil
    }

    /// The log action that records an accept as complete.
    static let completeAction = "handover-accept-complete"

    private func countersign(_ manifestBytes: [UInt8], manifestHash: String, in folder: URL, signing: SigningKeyPair) throws {
        let countersignature = try MinisignSigner(keyPair: signing).sign(manifestBytes, trustedComment:
            "tamga-handover accepted sha256:\(manifestHash) by:\(vault.vaultID.prefix(16))")
        try DurableFile.write(Array(countersignature.text.utf8), to: folder, name: HandoverPackage.acceptance, replace: true)
    }

    static func read(_ folder: URL, _ name: String) throws -> [UInt8] {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw VaultError.invalidArgument("the package has no \(name)")
        }
        return try DurableFile.readAll(url)
    }
}
