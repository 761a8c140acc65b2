import Foundation

/// The signed, unencrypted part of an audit-log entry (docs/VAULT-FORMAT.md,
/// Audit log): its place in the hash chain, who acted and when, the opaque
/// revision ids it commits, and the action itself sealed to the internal level.
public struct LogEntryBody: Codable, Sendable, Equatable {
    public static let formatName = "tamga-log/2"

    public var format: String = LogEntryBody.formatName
    public var vault: String
    /// SHA-256 names of the entries that were heads when this one was written.
    public var previous: [String]
    public var sequence: Int
    /// SHA-256 name of the keyring file in force when the entry was written:
    /// readers judge the entry against that keyring (was the actor an active
    /// member, with which clearance), see `EntryAuthorization`.
    public var keyring: String
    public var time: String
    /// Fingerprint of the member who acted (signs the entry).
    public var actor: String
    /// Revision ids (hex) this entry commits; a revision exists once an entry names it.
    public var revisions: [String]
    /// A type-3 object at the internal level holding the `LogAction` JSON (hex).
    public var sealed: String
    /// The object files this entry wrote (paths relative to the vault). An
    /// object is part of the vault only while a signed entry lists it, so a
    /// planted file is ignored and a deleted one is detected.
    public var objects: [String]?
    /// Object files this entry superseded (rekey, refresh); they are deleted
    /// after the entry is written, and ignored if a crash left them.
    public var removed: [String]?
    /// Document folders (blind ids) a `destroy` entry destroys (issue 18):
    /// from then on no object under them is live, whatever any entry lists,
    /// so a revision added on another copy before the copies merged does
    /// not bring the document back. In the clear, so that every reader,
    /// State members included, honours it.
    public var destroyed: [String]?
    /// Document folders (blind ids) an `erase` entry rewrote (issue 18,
    /// `tamga person erase`): from then on an object under them is live
    /// only if this entry or one of its descendants committed it, so the
    /// revisions that named the person, and any made apart on a copy that
    /// had not seen the erasure, never come back. In the clear, like
    /// `destroyed`, so that every reader honours it.
    public var erased: [String]?
    /// Set on an entry that changes what redaction depends on (a document's
    /// persons or `sensitive` strings, consent, a retirement, the policy):
    /// stored State and public parts made before it may be stale. In the
    /// clear, so that a State reader, who cannot open the action, can tell
    /// (issue 16; `ProjectionFreshness`).
    public var changesRedaction: Bool?
    /// Set on a refresh entry: every stored State and public part committed
    /// by this entry or one it descends from was checked (and re-projected
    /// where needed) against the redaction inputs this entry's writer saw.
    public var vouchesProjections: Bool?
    /// Document folders a `destroy-request` entry asks to destroy, under a
    /// policy that asks for a second administrator's approval (issue 18).
    /// In the clear, like `destroyed`, so every reader can judge the
    /// destruction that carries it out (`EntryAuthorization+Approval`).
    public var requests: [String]?
    /// Set on an `erase-request` entry: `requests` names the folders an
    /// erasure of a person would rewrite, not destroy. In the clear, so that
    /// every reader tells a request for an erasure from one for a
    /// destruction and counts neither as the other.
    public var requestsErasure: Bool?
    /// On a `destroy` or `erase` entry: the request it carries out.
    public var approves: String?
    /// Set on a `policy-set` entry whose policy asks for a second
    /// administrator's approval of every destruction. In the clear, so that a
    /// State reader, who honours tombstones too, knows the rule applies.
    public var destructionApproval: Bool?
    /// On a `destroy-cancel` or `erase-cancel` entry: the request it withdraws. A
    /// withdrawn request is carried out by nobody, for every reader.
    public var withdraws: String?

    /// Actions whose entries change redaction inputs.
    /// The clear fields of the two-administrator rule for destruction.
    public struct Approval: Sendable, Equatable {
        public var requests: [String]
        /// The request is for an erasure (`LogEntryBody.requestsErasure`).
        public var erasure: Bool
        public var approves: String?
        public var policyAsks: Bool
        public var withdraws: String?

        public init(requests: [String] = [], erasure: Bool = false, approves: String? = nil, policyAsks: Bool = false,
                    withdraws: String? = nil) {
            self.withdraws = withdraws
            self.requests = requests
            self.erasure = erasure
            self.approves = approves
            self.policyAsks = policyAsks
        }

        public static let none = Approval()
    }

    public static let redactionActions: Set<String> = ["add", "consent-grant", "consent-withdraw", "person-retire", "policy-set", "erase"]
}

/// What happened: readable by members cleared `internal` only. Ids, hashes and
/// member names, never document text.
public struct LogAction: Codable, Sendable, Equatable {
    public var action: String
    public var document: String?
    public var revision: Int?
    public var level: String?
    public var audience: String?
    public var format: String?
    /// SHA-256 of what left the vault (an export), or of an attachment.
    public var hash: String?
    /// Person ids named in an export: the disclosure ledger.
    public var persons: [String]?
    /// Member names for member changes.
    public var member: String?
    public var clearance: String?
    public var note: String?
    /// For consent records: the date consent was given or withdrawn, and by whom it was obtained.
    public var date: String?
    public var obtainedBy: String?
    /// For an attachment (issue 17): SHA-256 of the original file as
    /// attached, so the signed log holds the chain of custody; never its name.
    public var original: String?
    /// For `attachment-rekey`: the object the re-encrypted one (`hash`)
    /// replaces, so that redactions and restrictions recorded against the old
    /// name still apply (`EvidenceLog.names`).
    public var replaces: String?
    /// For a restricted attachment (an intimate image): the restriction key's
    /// secret, sealed to each named viewer's member key, by fingerprint
    /// (`RestrictedViewing`). Only they can open the image; the action is
    /// sealed to internal, and each grant to one member besides.
    public var viewers: [String: String]?
    /// BLAKE2b-128 (hex) of the restriction public key the object's header names.
    public var restrictionKey: String?
    /// For `erase` (issue 18): the document ids rewritten, and each
    /// re-encrypted attachment's new object name to the old one, so that
    /// black-outs and the chain of custody recorded under the old name
    /// still apply (`EvidenceLog`).
    public var documents: [String]?
    public var rewritten: [String: String]?
    /// For a `handover` (issue 18): each transferred document's id and the
    /// persons it concerns, so the disclosure ledger lists the hand-over
    /// under each of them. Older readers ignore the key.
    public var transferred: [String: [String]]?
    /// For a consent event a hand-over's accept carried over from the former
    /// body: the manifest's SHA-256, so that a resumed accept tells its own
    /// events from the successor's record (review 37 H-2). Older readers
    /// ignore the key.
    public var handover: String?
    /// For an `add`: consent the revision's front matter took away from the
    /// revisions it follows, person id → audiences (`FrontMatterWithdrawal`).
    /// The consent ledger counts each as a withdrawal logged by this entry,
    /// which outlives the document. Older readers ignore the key.
    public var withdrawn: [String: [String]]?
    /// For an `export`: person ids the exported document declares that the export neither named nor
    /// pseudonymized (the disclosure ledger's `withheld`), recorded when it left, so a later retirement or
    /// destruction does not lose it (session 43 attacker, B). Older readers ignore the key.
    public var withheld: [String]?

    public init(action: String, document: String? = nil, revision: Int? = nil, level: String? = nil,
                audience: String? = nil, format: String? = nil, hash: String? = nil,
                persons: [String]? = nil, member: String? = nil, clearance: String? = nil, note: String? = nil,
                date: String? = nil, obtainedBy: String? = nil, original: String? = nil, replaces: String? = nil,
                viewers: [String: String]? = nil, restrictionKey: String? = nil) {
        self.viewers = viewers
        self.restrictionKey = restrictionKey
        self.action = action
        self.document = document
        self.revision = revision
        self.level = level
        self.audience = audience
        self.format = format
        self.hash = hash
        self.persons = persons
        self.member = member
        self.clearance = clearance
        self.note = note
        self.date = date
        self.obtainedBy = obtainedBy
        self.original = original
        self.replaces = replaces
    }
}
