import Foundation
import TamgaCore

/// Recording that a person gave or withdrew consent to be named to an
/// audience, the one way `tamga person consent` does it (and, later, the web
/// front end's consent form: issue 20, one use case per action).
///
/// The rules, in order: under the vault's write lock, the person must be in
/// the vault-wide registry; the event is a signed, dated log entry (consent
/// is data, never a flag typed twice); then every stored State and public
/// part the change makes stale is re-projected from a registry that includes
/// it, so the next `show` by a State member already reflects it.
public struct ConsentRecording: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// One grant or withdrawal.
    public struct Request: Sendable {
        public var personID: String
        /// State or public: the NPM always knows whom it met, so internal is no audience of consent.
        public var audience: Audience
        /// True for a grant, false for a withdrawal.
        public var granted: Bool
        /// When it was given or withdrawn (YYYY-MM-DD).
        public var date: String
        /// Who obtained it (a monitor's name).
        public var obtainedBy: String
        /// A short note; it is logged, so it holds no confidential text.
        public var note: String?
        /// For an event a hand-over's accept carries over: the manifest's
        /// SHA-256 (`LogAction.handover`), so that a resumed accept tells its
        /// own events from the successor's record (review 37 H-2).
        public var handover: String?

        public init(personID: String, audience: Audience, granted: Bool, date: String, obtainedBy: String, note: String? = nil,
                    handover: String? = nil) {
            self.handover = handover
            self.personID = personID
            self.audience = audience
            self.granted = granted
            self.date = date
            self.obtainedBy = obtainedBy
            self.note = note
        }
    }

    /// What recording it did.
    public struct Result: Sendable {
        /// Stored State and public parts re-projected because of it.
        public let reprojected: Int
    }

    /// Records `request`; `progress` hears the re-projection's documents
    /// checked of all. With `refresh: false` nothing is re-projected: the
    /// caller re-projects once after a batch of events (a hand-over's carry,
    /// review 37 M-4), and until then the stored lower parts may be stale.
    public func record(_ request: Request, refresh: Bool = true, progress: ((Int, Int) -> Void)? = nil) throws -> Result {
        guard request.audience != .internal else { throw VaultError.invalidArgument("consent is given to state or public, not internal") }
        guard CalendarDate(iso: request.date) != nil else { throw VaultError.invalidArgument("the date must be a date like 2014-11-02") }
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        let context = try RedactionContext.load(vault, loading: .none)
        guard context.registry.persons[request.personID] != nil else {
            throw VaultError.unknownPerson(id: request.personID)
        }
        var action = LogAction(action: request.granted ? "consent-grant" : "consent-withdraw", audience: request.audience.rawValue,
                               persons: [request.personID], note: request.note, date: request.date, obtainedBy: request.obtainedBy)
        action.handover = request.handover
        try vault.log(action)
        guard refresh else { return Result(reprojected: 0) }
        // A registry that includes the event just logged.
        let rewritten = try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none)).refresh(progress: progress)
        return Result(reprojected: rewritten)
    }
}
