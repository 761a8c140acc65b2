import Foundation

extension DocumentDestruction {
    /// The attachments among `objects` that the log says are restricted
    /// images: stored restricted, restricted later, or holding the same
    /// original as one that is (`EvidenceLog`). Each is sealed to its own
    /// restriction key, whose secret the log keeps for its viewers, so every
    /// copy made before the destruction still opens it, with or without the
    /// document's data keys. `destroy` must say so whatever the header of
    /// the file in this copy claims: a keyless writer who copies a part's key
    /// id (the document's data key) into the image's header here made
    /// `destroy` report that only copies holding the data keys still open it
    /// (attacker, session 34). Reading the log needs clearance internal,
    /// which `destroy` requires.
    static func restrictedByLog(_ objects: [String], vault: UnlockedVault) throws -> Set<String> {
        let evidence = try EvidenceLog.load(vault)
        let restricted = evidence.restrictedAtIntake.union(evidence.restrictedByLog)
        return Set(objects.filter { $0.hasPrefix("attachments/") }.filter { path in
            let name = String(path.split(separator: "/").last ?? "")
            return !evidence.names(of: name).isDisjoint(with: restricted)
                || !evidence.recordedOriginals(of: name).isDisjoint(with: evidence.restrictedOriginals)
        })
    }
}
