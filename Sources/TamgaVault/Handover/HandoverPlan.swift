import Foundation
import TamgaCore

/// `tamga handover plan` (issue 18): what a hand-over to a successor body
/// would do with each document, decided and shown before anything is
/// written. `HandoverExecution` acts on exactly this plan.
///
/// The rules, fail closed (docs/retention.md, "Hand-over"):
/// - due: the retention schedule makes it due on the hand-over day (not held
///   by a tag). It is not transferred; `tamga destroy --due` destroys it, and
///   `execute` refuses while any is left, so that "destroyed by schedule" in
///   the manifest is a tombstone, not an intention.
/// - withheld: some revision of it concerns a person (declares them, names
///   them by id, or the name finder or the leak scan reads their name: the
///   same persons who decide its redaction, `ProjectionRelevance`) who has no
///   transfer consent in force (`TransferConsent`), unless the policy says
///   that person's role is handed over without it (`transfer-without-consent`,
///   officials and staff acting in office in the shipped policy). Withheld documents stay with the former body whole: no lower
///   version (State or public) of them goes instead, because a pseudonymised
///   account of an interview still carries what the person said in
///   confidence, which in a small facility identifies them.
/// - transferred: everything else.
/// Members cleared internal who are administrators only: the plan reads every
/// document's source and the consent records.
public struct HandoverPlan: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public enum Disposition: String, Sendable, Codable, Equatable {
        case transferred
        case withheld
        case due
    }

    public struct Item: Sendable, Codable, Equatable {
        public let id: String
        public let kind: String
        public let date: String
        public let disposition: Disposition
        public let revisions: Int
        /// Attachments of the document.
        public let attachments: Int
        /// Of those, the ones a hand-over leaves here (`HandoverAttachments`):
        /// restricted images, and any this administrator cannot open.
        public let attachmentsLeft: Int
        /// Every person the document concerns (see above); empty for `due`.
        public let persons: [String]
        /// For `withheld`: the persons without transfer consent; for `due`: empty.
        public let withoutConsent: [String]
        /// For `due`: the rule and its policy line.
        public let rule: String?
    }

    public struct Result: Sendable, Codable {
        public let asOf: String
        public let successorVault: String
        /// The successor's export key as minisign shows its id.
        public let successorExportKeyID: String
        public let recipients: [String]
        public let items: [Item]
        /// Documents destroyed before (tombstones in the log).
        public let destroyedBefore: Int
        /// Document folders that could not be read: nothing can be decided about them.
        public let unreadable: Int

        public func count(_ disposition: Disposition) -> Int { items.filter { $0.disposition == disposition }.count }
    }

    /// The plan for a hand-over to the successor the invitations name, on `asOf` (YYYY-MM-DD).
    public func plan(to invitations: [SuccessorInvitation], asOf: String) throws -> Result {
        try Self.requireAdministrator(vault, doing: "planning a hand-over")
        try SuccessorInvitation.validate(invitations)
        guard RetentionPeriod.day(asOf) != nil else { throw VaultError.invalidArgument("--as-of must be a day written YYYY-MM-DD") }
        guard invitations[0].vaultID != vault.vaultID else {
            throw VaultError.invalidArgument("the invitation comes from this vault; the successor makes a vault of its own (`tamga init`)")
        }
        let index = try VaultIndex.load(vault)
        let context = try RedactionContext.load(vault, loading: .none)
        let relevance = ProjectionRelevance(context: context)
        let consented = try TransferConsent.load(vault).granted
        let due = Dictionary(try RetentionReview(vault: vault).review(asOf: asOf, within: 0).items
            .filter { $0.status == "due" }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let catalog = DocumentCatalog(vault: vault)
        var items: [Item] = []
        for entry in try catalog.list() {
            let history = try catalog.history(entry.id, level: .internal)
            let attachments = try AttachmentCatalog(vault: vault).list(entry.id)
            let attachmentCount = attachments.items.count + attachments.hidden.count + attachments.restrictedFromYou.count
                + attachments.damaged.count
            let left = try attachments.items.filter { try AttachmentRestriction.isRestricted($0, in: vault) || $0.metadata.evidence?.restricted == true }
                .count + attachmentCount - attachments.items.count
            if let item = due[entry.id] {
                items.append(Item(id: entry.id, kind: entry.kind, date: entry.date, disposition: .due, revisions: history.count,
                                  attachments: attachmentCount, attachmentsLeft: left, persons: [], withoutConsent: [],
                                  rule: "\(item.rule) (policy line \(item.ruleLine)), due \(item.due)"))
                continue
            }
            var concerned: Set<String> = []
            for revision in history {
                let source = String(decoding: revision.content.withUnsafeBytes { Array($0) }, as: UTF8.self)
                let label = "\(entry.id) (stored revision \(revision.metadata.revision))"
                let document = try revision.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }
                    .validated(against: context.policy.policy)
                concerned.formUnion(relevance.persons(of: document, source: source))
                concerned.formUnion(document.persons.map(\.id))
            }
            let registry = context.registry
            let lacking = concerned.filter { id in
                guard !consented.contains(id) else { return false }
                // An unknown person (not in the registry): no role to go by, so consent is needed.
                guard let person = registry.persons[id] else { return true }
                return !context.policy.policy.transfersWithoutConsent(role: person.role)
            }.sorted()
            items.append(Item(id: entry.id, kind: entry.kind, date: entry.date, disposition: lacking.isEmpty ? .transferred : .withheld,
                              revisions: history.count, attachments: attachmentCount, attachmentsLeft: left, persons: concerned.sorted(),
                              withoutConsent: lacking, rule: nil))
        }
        let destroyed = try AuditTrail(vault: vault).list().lines.filter { $0.action?.action == "destroy" }.count
        return Result(asOf: asOf, successorVault: invitations[0].vaultID,
                      successorExportKeyID: try invitations[0].exportPublicKey.keyIDText,
                      recipients: invitations.map(\.member.fingerprint), items: items.sorted { $0.id < $1.id },
                      destroyedBefore: destroyed, unreadable: index.damaged.count)
    }

    static func requireAdministrator(_ vault: UnlockedVault, doing what: String) throws {
        guard vault.member.clearance == .internal, vault.member.administrator, vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "\(what) (an administrator cleared internal)")
        }
    }
}
