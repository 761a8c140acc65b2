/// The rules an export follows (policy/README.md documents every key).
/// Loaded from YAML by `Policy.load(yaml:file:)`, which refuses unknown
/// keys and unknown names: a typo in a policy must never weaken it.
public struct Policy: Sendable, Hashable {
    public let version: Int
    public let audiences: [Audience: AudienceRule]
    public let kinds: [String: KindRule]
    public let roles: [String: RoleRule]
    public let markers: Markers
    public let detectors: [DetectorKind: DetectorRule]
    public let statistics: StatisticsRule
    /// Institutional numbers published on purpose (`public-numbers`: the
    /// NPM's hotline, a ministry's fax), which the detectors leave alone.
    public var publicNumbers = PublicNumbers([])
    /// How long each kind of record is kept (`retention`; issue 18): read by
    /// `tamga retention`, never by exports. Empty unless the policy says.
    public var retention = RetentionSchedule.none
    /// Whether destroying a document needs a second administrator's approval
    /// (`destruction`; issue 18). Read by `tamga destroy` and, from the
    /// signed log, by every reader (`EntryAuthorization`), never by exports.
    public var destructionApproval = DestructionApproval.none

    /// Whether content at `level` is shown to `audience`. Fails closed: an
    /// audience the policy does not describe sees nothing.
    public func audience(_ audience: Audience, sees level: Level) -> Bool {
        audiences[audience]?.sees.contains(level) ?? false
    }

    /// Whether a person's name may appear in an export for `audience`:
    /// always for internal; otherwise when they consented to that audience,
    /// or their role is disclosed to it. An unknown role discloses nothing.
    public func disclosesName(role: String, consent: Set<Audience>, to audience: Audience) -> Bool {
        if audience == .internal { return true }
        if consent.contains(audience) { return true }
        return roles[role]?.namedTo.contains(audience) ?? false
    }

    /// How many audiences `role` names a person to by role alone (none for a
    /// role the policy does not define): the registry keeps the least open
    /// of two roles declared for one person (`PersonRegistry`).
    public func openness(of role: String) -> Int { roles[role]?.namedTo.count ?? 0 }

    /// Whether records concerning a person of `role` go to a successor body
    /// without their consent to transfer; an unknown role never does.
    public func transfersWithoutConsent(role: String) -> Bool {
        roles[role]?.transferWithoutConsent ?? false
    }

    /// The detectors that run on exports for `audience`, in a fixed order.
    public func detectors(for audience: Audience) -> [DetectorKind] {
        DetectorKind.allCases.filter { detectors[$0]?.audiences.contains(audience) ?? false }
    }
}

/// One audience: what it is called, the banner on its pages, what it sees.
public struct AudienceRule: Sendable, Hashable {
    /// How people see the audience named ("State authorities").
    public let label: String
    /// The classification line on every page of an HTML export.
    public let banner: String
    /// Levels this audience is shown; never wider than its clearance.
    public let sees: Set<Level>
    /// Leave a withheld section out without a trace, instead of a marker line.
    public let omitWithheldSections: Bool
    /// age recipients (`age1…`) every export for this audience is sealed to
    /// when the command names none (`--recipient`); optional, never for public.
    public var recipients: [String] = []
}

/// Per document kind: the level of unmarked content and the most open level
/// any of its content may carry.
public struct KindRule: Sendable, Hashable {
    public let defaultLevel: Level
    public let ceiling: Level
}

/// Per role: to which audiences the name is given without consent, and the
/// pseudonym used otherwise.
public struct RoleRule: Sendable, Hashable {
    public let namedTo: Set<Audience>
    public let pseudonym: PseudonymPattern
    /// Whether a record concerning a person of this role may be handed over
    /// to a successor body without their consent to transfer (issue 18,
    /// `tamga handover`): for people who appear in their official capacity.
    /// Off unless the policy says so, whatever `namedTo` says: being named
    /// in a report and having one's account handed to another body are
    /// different things.
    public let transferWithoutConsent: Bool

    public init(namedTo: Set<Audience>, pseudonym: PseudonymPattern, transferWithoutConsent: Bool = false) {
        self.namedTo = namedTo
        self.pseudonym = pseudonym
        self.transferWithoutConsent = transferWithoutConsent
    }
}

/// The texts that stand in for withheld content.
public struct Markers: Sendable, Hashable {
    /// For a withheld span and a replaced `sensitive` string: `[withheld]`.
    public let span: String
    /// A line for a withheld block or paragraph.
    public let block: String
    /// A line for a withheld section.
    public let section: String
}

/// Which audiences a detector protects, and what its matches become.
public struct DetectorRule: Sendable, Hashable {
    public let audiences: Set<Audience>
    public let marker: String
}

/// Settings for published statistics (used by the statistics module).
public struct StatisticsRule: Sendable, Hashable {
    /// Counts below this are suppressed in public statistics.
    public let threshold: Int
}
