import TamgaCore

/// What `accept` checks of its import before its `handover-accept` entry,
/// and the order it imports in (review M1, review 37 H-1): the import is one
/// `DocumentAddition` of every document's history, so the rules run once on
/// what stays, and this check runs the same rules on the same input first.
extension HandoverAcceptance {
    /// The pending revisions as one history per document, in the package's order.
    static func histories(_ pending: [(Document, [UInt8])]) -> [[(document: Document, source: [UInt8])]] {
        var order: [String] = [], byID: [String: [(document: Document, source: [UInt8])]] = [:]
        for (document, source) in pending {
            if byID[document.id] == nil { order.append(document.id) }
            byID[document.id, default: []].append((document, source))
        }
        return order.compactMap { byID[$0] }
    }

    /// Refuses, before anything is written, what the import would refuse
    /// after the entry: declarations that do not make one registry with this
    /// vault's (`RegistryError`), and a recommendation id this vault's own
    /// documents use for another recommendation, checked as the addition
    /// checks them (each document's newest revision, its older ones'
    /// declarations joined), and, against this vault's own documents, per
    /// revision; and an attachment depicting a person its document's newest
    /// revision does not declare (`AttachmentStore.requireDeclared` would
    /// refuse to attach it).
    static func dryRun(_ pending: [(Document, [UInt8])], all revisions: [(Document, [UInt8])],
                       attachments: [HandoverPackage.Payload.Attachment], transferred: Set<String>, vault: UnlockedVault) throws {
        let histories = Self.histories(pending)
        let newest = histories.compactMap { $0.last?.document }
        _ = try RedactionContext.load(vault, adding: newest, earlier: histories.flatMap { $0.dropLast().map(\.document) }, loading: .none)
        let index = try VaultIndex.load(vault)
        try RecommendationClash.check(adding: newest, index: index)
        for (document, _) in revisions { try RecommendationClash.check(adding: [document], index: index, ignoring: transferred) }
        var declared: [String: Set<String>] = [:]
        for (document, _) in revisions { declared[document.id] = Set(document.persons.map(\.id)) }
        for attachment in attachments {
            for person in attachment.depicts where !(declared[attachment.document] ?? []).contains(person) {
                throw VaultError.invalidArgument("an attachment of \(attachment.document) depicts \(person), whom the newest revision "
                    + "of \(attachment.document) no longer declares: this vault cannot attach it as it is. Refused, nothing was imported; "
                    + "ask the former body to declare \(person) in \(attachment.document) again, or to leave the attachment out, "
                    + "and to make a new package")
            }
        }
    }
}
