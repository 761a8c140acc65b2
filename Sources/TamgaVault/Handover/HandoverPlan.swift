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
/// - withheld too: it names a person, or a spelling of a person, that no
///   transferred document declares (`HandoverRegistryCheck`): the
///   successor's registry, made from the documents it receives, would not
///   know the name (review H2).
/// - withheld too: a destruction of it, or an erasure of a person it
///   concerns, is asked for and waits for a second administrator (attacker
///   session 37 M6): carried now, the successor would keep what this body
///   is about to destroy. Withdraw the request (or carry it out) first.
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
        /// For `withheld`: persons it names whom no transferred document
        /// declares (or by a spelling none declares: `HandoverRegistryCheck`).
        public var undeclared: [String] = []
        /// The attachments (object names) a hand-over leaves here: restricted,
        /// or unread and declaring nobody depicted (`HandoverAttachmentReview`).
        public var attachmentsLeftObjects: [String] = []
        /// For `withheld`: the requests waiting for a second administrator
        /// that concern it ("destruction asked by …", "erasure of D-… asked by …").
        public var asked: [String] = []
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
    /// `carryUndeclared`: the administrator confirms that the unread
    /// attachments that declare nobody depicted (photographs, office files)
    /// show and name nobody without consent, so they go.
    public func plan(to invitations: [SuccessorInvitation], asOf: String, carryUndeclared: Bool = false) throws -> Result {
        try Self.requireAdministrator(vault, doing: "planning a hand-over")
        try SuccessorInvitation.validate(invitations)
        guard RetentionPeriod.day(asOf) != nil else { throw VaultError.invalidArgument("--as-of must be a day written YYYY-MM-DD") }
        guard invitations[0].vaultID != vault.vaultID else {
            throw VaultError.invalidArgument("the invitation comes from this vault; the successor makes a vault of its own (`tamga init`)")
        }
        let index = try VaultIndex.load(vault)
        // Retired persons still need transfer consent (attacker session 39, F9: `HandoverRegistry`).
        let context = try HandoverRegistry.context(try RedactionContext.load(vault, loading: .none), index: index)
        let relevance = ProjectionRelevance(context: context)
        let consented = try TransferConsent.load(vault).granted
        let due = Dictionary(try RetentionReview(vault: vault).review(asOf: asOf, within: 0).items
            .filter { $0.status == "due" }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let catalog = DocumentCatalog(vault: vault)
        let review = HandoverAttachmentReview(vault: vault, relevance: relevance)
        let waiting = try Self.waitingRequests(vault)
        var items: [Item] = [], material: [String: HandoverRegistryCheck.Material] = [:], concerns: [String: Set<String>] = [:]
        for entry in try catalog.list() {
            let history = try catalog.history(entry.id, level: .internal)
            let attachments = try AttachmentCatalog(vault: vault).list(entry.id)
            let attachmentCount = attachments.items.count + attachments.hidden.count + attachments.restrictedFromYou.count
                + attachments.damaged.count
            let unopened = attachmentCount - attachments.items.count
            var leftObjects = try attachments.items.filter { try AttachmentRestriction.isRestricted($0, in: vault) || $0.metadata.evidence?.restricted == true }
                .map(\.object)
            if let item = due[entry.id] {
                items.append(Item(id: entry.id, kind: entry.kind, date: entry.date, disposition: .due, revisions: history.count,
                                  attachments: attachmentCount, attachmentsLeft: leftObjects.count + unopened, persons: [], withoutConsent: [],
                                  rule: "\(item.rule) (policy line \(item.ruleLine)), due \(item.due)"))
                continue
            }
            var concerned: Set<String> = [], brought = HandoverRegistryCheck.Material()
            var newest: Document?
            let newestID = DocumentCatalog.newest(history)?.revisionID
            for revision in history {
                let source = String(decoding: revision.content.withUnsafeBytes { Array($0) }, as: UTF8.self)
                let label = "\(entry.id) (stored revision \(revision.metadata.revision))"
                // Older revisions may predate a policy change (review 37 M-3); the newest must validate.
                let parsed = try revision.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }
                let document = revision.revisionID == newestID
                    ? try parsed.validated(against: context.policy.policy) : parsed.validatedAsStored(against: context.policy.policy)
                concerned.formUnion(relevance.persons(of: document, source: source))
                concerned.formUnion(document.persons.map(\.id))
                for person in document.persons { brought.declared[person.id, default: []].formUnion(person.spellings) }
                brought.texts.append(source)
                newest = document
            }
            // Its attachments go with it: what they depict, say and are called counts too (review H1).
            if let newest {
                for item in attachments.items where !leftObjects.contains(item.object) {
                    let finding = try review.review(item, document: newest)
                    concerned.formUnion(finding.persons)
                    brought.texts.append(finding.text)
                    if finding.undeclared, !carryUndeclared { leftObjects.append(item.object) }
                }
            }
            material[entry.id] = brought
            concerns[entry.id] = concerned
            let registry = context.registry
            let lacking = concerned.filter { id in
                guard !consented.contains(id) else { return false }
                // An unknown person (not in the registry): no role to go by, so consent is needed.
                guard let person = registry.persons[id] else { return true }
                return !context.policy.policy.transfersWithoutConsent(role: person.role)
            }.sorted()
            let asked = waiting.documents[entry.id, default: []] + concerned.sorted().flatMap { waiting.persons[$0, default: []] }
            var item = Item(id: entry.id, kind: entry.kind, date: entry.date, disposition: lacking.isEmpty && asked.isEmpty ? .transferred : .withheld,
                            revisions: history.count, attachments: attachmentCount, attachmentsLeft: leftObjects.count + unopened,
                            persons: concerned.sorted(), withoutConsent: lacking, rule: nil)
            item.attachmentsLeftObjects = leftObjects
            item.asked = asked
            items.append(item)
        }
        // Names the successor's registry would not know (review H2).
        let undeclared = HandoverRegistryCheck.undeclared(transferred: Set(items.filter { $0.disposition == .transferred }.map(\.id)),
                                                         material: material, concerns: concerns, registry: context.registry)
        items = items.map { item in
            guard let names = undeclared[item.id] else { return item }
            var withheld = Item(id: item.id, kind: item.kind, date: item.date, disposition: .withheld, revisions: item.revisions,
                                attachments: item.attachments, attachmentsLeft: item.attachmentsLeft, persons: item.persons,
                                withoutConsent: item.withoutConsent, rule: nil)
            withheld.undeclared = names
            withheld.attachmentsLeftObjects = item.attachmentsLeftObjects
            withheld.asked = item.asked
            return withheld
        }
        let destroyed = try AuditTrail(vault: vault).list().lines.filter { $0.action?.action == "destroy" }.count
        return Result(asOf: asOf, successorVault: invitations[0].vaultID,
                      successorExportKeyID: try invitations[0].exportPublicKey.keyIDText,
                      recipients: invitations.map(\.member.fingerprint), items: items.sorted { $0.id < $1.id },
                      destroyedBefore: destroyed, unreadable: index.damaged.count)
    }

    /// The requests for a destruction (pending or outdated: someone asked)
    /// by document id, and for an erasure by person id, each as a line.
    static func waitingRequests(_ vault: UnlockedVault) throws -> (documents: [String: [String]], persons: [String: [String]]) {
        var documents: [String: [String]] = [:], persons: [String: [String]] = [:]
        let destructions = try DocumentDestruction(vault: vault).requests()
        for request in destructions.pending + destructions.outdated {
            documents[request.id, default: []].append("destruction asked by \(request.requestedBy) on \(request.time.prefix(10))")
        }
        let erasure = PersonErasure(vault: vault)
        for request in try erasure.pending() + erasure.outdated() {
            persons[request.id, default: []].append("erasure of \(request.id) asked by \(request.requestedBy) on \(request.time.prefix(10))")
        }
        return (documents, persons)
    }

    static func requireAdministrator(_ vault: UnlockedVault, doing what: String) throws {
        guard vault.member.clearance == .internal, vault.member.administrator, vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "\(what) (an administrator cleared internal)")
        }
    }
}
